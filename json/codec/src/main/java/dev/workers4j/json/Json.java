package dev.workers4j.json;

/** Entry points: one value to or from a String or UTF-8 bytes. */
public final class Json {
  private Json() {}

  public static <T> String toJson(JsonCodec<T> codec, T value) {
    JsonWriter writer = new JsonWriter();
    codec.write(writer, value);
    return writer.toString();
  }

  public static <T> byte[] toJsonBytes(JsonCodec<T> codec, T value) {
    JsonWriter writer = new JsonWriter();
    codec.write(writer, value);
    return writer.toUtf8Bytes();
  }

  /** Reads exactly one value; anything but whitespace after it is an error. */
  public static <T> T fromJson(JsonCodec<T> codec, String json) {
    JsonReader reader = new JsonReader(json);
    T value = codec.read(reader);
    reader.endDocument();
    return value;
  }

  /** UTF-8 bytes; error positions count decoded characters, not bytes. */
  public static <T> T fromJson(JsonCodec<T> codec, byte[] utf8) {
    JsonReader reader = new JsonReader(utf8);
    T value = codec.read(reader);
    reader.endDocument();
    return value;
  }
}
