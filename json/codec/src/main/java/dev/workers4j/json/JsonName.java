package dev.workers4j.json;

/**
 * A property name quoted once, ahead of time: generated codecs keep one per property so writing
 * a name is a copy, not a scan for characters to escape (and, in workerd, not a JSON.stringify).
 */
public final class JsonName {
  private final String name;
  /** {@code "name":} exactly as the writers emit it. */
  private final String quoted;
  /** The same after a comma, for every property but an object's first. */
  private final String commaQuoted;
  private final char[] quotedChars;

  private JsonName(String name) {
    this.name = name;
    this.quoted = new CharJsonWriter(name.length() + 8).name(name).toString();
    this.commaQuoted = "," + quoted;
    this.quotedChars = quoted.toCharArray();
  }

  public static JsonName of(String name) {
    return new JsonName(name);
  }

  public String name() {
    return name;
  }

  /** The name in quotes followed by a colon, e.g. {@code "total_price":}. */
  public String quoted() {
    return quoted;
  }

  /** {@link #quoted()} after a comma: a writer that concatenates strings appends one piece, not two. */
  public String commaQuoted() {
    return commaQuoted;
  }

  char[] quotedChars() {
    return quotedChars;
  }

  @Override
  public String toString() {
    return name;
  }
}
