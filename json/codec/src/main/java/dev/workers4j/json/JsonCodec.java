package dev.workers4j.json;

/**
 * Reads and writes one Java type. Generated codecs ({@code Foo_JsonCodec.INSTANCE}) and the
 * built-in ones in {@link JsonCodecs} implement it; so can hand-written ones.
 */
public interface JsonCodec<T> {
  /** Reads one value (which may be JSON null, giving null) at the reader's position. */
  T read(JsonReader reader);

  /**
   * Reads the tree's current value (see {@link JsonTree}). Generated object codecs look their
   * properties up by name; this default reads through {@link JsonTree#reader()}.
   */
  default T readTree(JsonTree tree) {
    JsonReader reader = tree.reader();
    T value = read(reader);
    reader.endDocument();
    return value;
  }

  /** Writes one value; null writes JSON null. */
  void write(JsonWriter writer, T value);
}
