package dev.workers4j.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads JSON Lines (one value per line, UTF-8) from a stream, one value at a time: only the
 * current line is in memory, so a multi-gigabyte archive costs one buffer. Blank lines are
 * skipped; a {@code \r\n} ending is fine. A bad line raises {@link JsonException} whose message
 * starts with "line N:".
 */
public final class JsonLinesReader<T> implements Iterator<T>, AutoCloseable {
  private final InputStream in;
  private final JsonCodec<T> codec;
  private byte[] buf = new byte[64 * 1024];
  private int start; // first unconsumed byte
  private int limit; // end of valid bytes
  private boolean eof;
  private long lineNumber;
  private T next;
  private boolean hasNextValue;

  public JsonLinesReader(InputStream in, JsonCodec<T> codec) {
    this.in = in;
    this.codec = codec;
  }

  /** 1-based number of the line the last value came from. */
  public long lineNumber() {
    return lineNumber;
  }

  @Override
  public boolean hasNext() {
    if (hasNextValue) return true;
    while (true) {
      int end = findLineEnd();
      if (end < 0) return false;
      int lineStart = start;
      int lineEnd = end;
      start = end < limit ? end + 1 : end; // past the '\n'
      lineNumber++;
      if (lineEnd > lineStart && buf[lineEnd - 1] == '\r') lineEnd--;
      if (isBlank(lineStart, lineEnd)) continue;
      next = parse(lineStart, lineEnd);
      hasNextValue = true;
      return true;
    }
  }

  @Override
  public T next() {
    if (!hasNext()) throw new NoSuchElementException();
    hasNextValue = false;
    T value = next;
    next = null;
    return value;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private T parse(int from, int to) {
    try {
      return Json.fromJson(codec, JsonEngine.current().decodeUtf8(buf, from, to - from));
    } catch (JsonException e) {
      throw new JsonException("line " + lineNumber + ": " + e.reason(), e.path(), e.position());
    }
  }

  /** Index of the next '\n' (or of the end of input for a last line without one); -1 at the end. */
  private int findLineEnd() {
    int scanFrom = start;
    while (true) {
      for (int i = scanFrom; i < limit; i++) {
        if (buf[i] == '\n') return i;
      }
      if (eof) return start < limit ? limit : -1;
      scanFrom = limit - start;
      fill();
      scanFrom += start;
    }
  }

  /** Moves the partial line to the front (growing the buffer for long lines) and reads more. */
  private void fill() {
    int pending = limit - start;
    if (start > 0) {
      System.arraycopy(buf, start, buf, 0, pending);
      start = 0;
      limit = pending;
    }
    if (limit == buf.length) {
      byte[] bigger = new byte[buf.length * 2];
      System.arraycopy(buf, 0, bigger, 0, limit);
      buf = bigger;
    }
    try {
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) eof = true;
      else limit += n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean isBlank(int from, int to) {
    for (int i = from; i < to; i++) {
      byte b = buf[i];
      if (b != ' ' && b != '\t' && b != '\r') return false;
    }
    return true;
  }
}
