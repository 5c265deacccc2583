package dev.workers4j.json;

import java.util.UUID;

/**
 * UUID as its canonical text, {@code 123e4567-e89b-12d3-a456-426614174000}: 8-4-4-4-12 hex digits,
 * read in either case and written in lower case.
 *
 * <p>The check is the codec's own because the runtimes' {@code UUID.fromString} differ: the JVM's
 * accepts short groups ({@code 1-2-3-4-5}), and TeaVM's UUID only wraps the text it is given
 * (no validation; equals compares the text). Decoding to lower case first makes equal UUIDs
 * equal on both.
 */
public final class UuidCodec implements JsonCodec<UUID> {
  public static final UuidCodec INSTANCE = new UuidCodec();

  private static final int LENGTH = 36;

  private UuidCodec() {}

  @Override
  public UUID read(JsonReader reader) {
    if (reader.peekNull()) return reader.readNull();
    String text = reader.nextString();
    String canonical = canonical(text);
    if (canonical == null) {
      throw reader.valueError("expected a UUID (8-4-4-4-12 hex digits) but found '" + text + "'");
    }
    return UUID.fromString(canonical);
  }

  @Override
  public UUID readTree(JsonTree tree) {
    if (tree.isNull()) return null;
    String canonical = canonical(tree.stringValue());
    if (canonical == null) throw tree.undecided("a UUID");
    return UUID.fromString(canonical);
  }

  @Override
  public void write(JsonWriter writer, UUID value) {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.value(value.toString().toLowerCase());
  }

  /** The text in lower case when it is 8-4-4-4-12 hex digits, else null. */
  static String canonical(String text) {
    if (text == null || text.length() != LENGTH) return null;
    char[] out = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      char c = text.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash) {
        if (c != '-') return null;
      } else if (c >= 'A' && c <= 'F') {
        c = (char) (c + ('a' - 'A'));
      } else if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
        return null;
      }
      out[i] = c;
    }
    return new String(out);
  }
}
