package dev.workers4j.json;

import java.io.InputStream;
import java.io.OutputStream;

/** JSON Lines entry points: stream values in and out, one per line, never the whole file. */
public final class JsonLines {
  private JsonLines() {}

  public static <T> JsonLinesReader<T> reader(InputStream in, JsonCodec<T> codec) {
    return new JsonLinesReader<>(in, codec);
  }

  public static <T> JsonLinesWriter<T> writer(OutputStream out, JsonCodec<T> codec) {
    return new JsonLinesWriter<>(out, codec);
  }

  /** One value as a line of text, without the trailing newline. */
  public static <T> String line(JsonCodec<T> codec, T value) {
    return Json.toJson(codec, value);
  }
}
