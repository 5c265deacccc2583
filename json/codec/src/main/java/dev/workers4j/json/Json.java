package dev.workers4j.json;

import java.util.function.Supplier;

/** Entry points: one value to or from a String or UTF-8 bytes. */
public final class Json {
  private Json() {}

  public static <T> String toJson(JsonCodec<T> codec, T value) {
    JsonWriter writer = JsonWriter.create();
    codec.write(writer, value);
    return writer.toString();
  }

  public static <T> byte[] toJsonBytes(JsonCodec<T> codec, T value) {
    JsonWriter writer = JsonWriter.create();
    codec.write(writer, value);
    return writer.toUtf8Bytes();
  }

  /** Reads exactly one value; anything but whitespace after it is an error. */
  public static <T> T fromJson(JsonCodec<T> codec, String json) {
    return fromJson(codec, JsonEngine.current().parseTree(json), () -> json);
  }

  /**
   * Reads {@code tree} (a document the runtime has parsed; may be null) and, if it reports
   * anything, reads {@code text} again with the exact reader: the tree does not decide errors or
   * edge cases, so the value or the error (path, position, wording) is the same everywhere.
   */
  @SuppressWarnings("unchecked")
  public static <T> T fromJson(JsonCodec<T> codec, JsonTree tree, Supplier<String> text) {
    Object value = tree == null ? UNDECIDED : readTree(codec, tree);
    return value != UNDECIDED ? (T) value : readDocument(codec, new CharJsonReader(text.get()));
  }

  /** What readTree answers when the tree reported anything: the exact reader decides. */
  private static final Object UNDECIDED = new Object();

  // Its own method, whose catch reads nothing but its exception: TeaVM 0.15 in strict mode
  // mis-compiles a catch path that reads a parameter (codec) first dereferenced in the try.
  private static Object readTree(JsonCodec<?> codec, JsonTree tree) {
    try {
      tree.root();
      return codec.readTree(tree);
    } catch (JsonException unusual) {
      return UNDECIDED;
    }
  }

  /** UTF-8 bytes; error positions count decoded characters, not bytes. */
  public static <T> T fromJson(JsonCodec<T> codec, byte[] utf8) {
    return fromJson(codec, JsonEngine.current().decodeUtf8(utf8, 0, utf8.length));
  }

  private static <T> T readDocument(JsonCodec<T> codec, JsonReader reader) {
    T value = codec.read(reader);
    reader.endDocument();
    return value;
  }
}
