package dev.workers4j.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Appends one JSON value per line ({@code \n}-terminated, UTF-8) to a stream. Nothing is
 * buffered here beyond the current line: wrap the stream in a BufferedOutputStream (or hand it
 * an R2 multipart part) as the destination needs.
 */
public final class JsonLinesWriter<T> implements AutoCloseable {
  private final OutputStream out;
  private final JsonCodec<T> codec;
  private final JsonWriter line = JsonWriter.create();
  private long count;

  public JsonLinesWriter(OutputStream out, JsonCodec<T> codec) {
    this.out = out;
    this.codec = codec;
  }

  public JsonLinesWriter<T> write(T value) {
    codec.write(line.reset(), value);
    try {
      out.write(line.toUtf8Bytes());
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    count++;
    return this;
  }

  /** Lines written so far. */
  public long count() {
    return count;
  }

  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
