package dev.workers4j.json;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Pull parser that generated codecs read from. Strict RFC 8259: no comments, no single quotes,
 * no trailing commas, no NaN.
 *
 * <p>It tracks the path of the current value ({@code $.line_items[3].quantity}) so every error
 * names where it happened; {@link #error(String)} builds that exception for codecs. Positions are
 * 0-based character indexes into the text.
 *
 * <p>Numbers read as integers ({@code long}, {@code int}, {@link BigInteger}) are exact when
 * written as integers; written with a fraction or exponent ({@code 1.0}, {@code 2e3}) they are
 * read through the nearest double and accepted when that is a whole number within 2^53. Every
 * runtime's reader follows that rule, so they agree where a double-based parser (JSON.parse)
 * cannot see the original digits.
 */
public abstract class JsonReader {
  private static final double MAX_SAFE_INTEGER = 9007199254740991d; // 2^53 - 1

  protected JsonReader() {}

  /**
   * The integer rule above, for a number seen as a double: whole and within 2^53. Every reader
   * and {@link JsonTree} applies it.
   */
  public static boolean isExactInteger(double d) {
    return d == Math.floor(d) && Math.abs(d) <= MAX_SAFE_INTEGER; // floor: TeaVM's rint goes through a long (BigInt)
  }

  /** The exact text reader over a String. */
  public static JsonReader of(String json) {
    return new CharJsonReader(json);
  }

  /** The exact text reader over UTF-8 bytes; positions count decoded characters. */
  public static JsonReader of(byte[] utf8) {
    return new CharJsonReader(utf8);
  }

  public static JsonReader of(byte[] utf8, int offset, int length) {
    return new CharJsonReader(utf8, offset, length);
  }

  // ---------------------------------------------------------------- structure

  public abstract JsonToken peek();

  /** True when the next value is JSON null (without consuming it). */
  public abstract boolean peekNull();

  public abstract JsonReader beginObject();

  public abstract JsonReader endObject();

  public abstract JsonReader beginArray();

  public abstract JsonReader endArray();

  /**
   * {@link #beginArray()}, returning the number of elements when the reader knows it in advance
   * (a parsed tree does), or -1: codecs size their lists with it.
   */
  public int beginArrayKnownSize() {
    beginArray();
    return -1;
  }

  /** True while the current object or array has more members. */
  public abstract boolean hasNext();

  public abstract String nextName();

  /**
   * The next property of the current object, as its index in {@code fields}; {@link
   * JsonFields#UNKNOWN} for a name the table does not hold (the caller skips the value), {@link
   * JsonFields#END} when the object has no more properties (then call {@link #endObject()}).
   * Generated codecs read objects with this instead of {@link #hasNext()} and {@link #nextName()}.
   * A reader may visit properties in another order than the document's, unless the table
   * {@link JsonFields#isAliased() is aliased}.
   */
  public int nextField(JsonFields fields) {
    return hasNext() ? fields.indexOf(nextName()) : JsonFields.END;
  }

  /** Fails unless the whole input has been consumed (trailing whitespace is fine). */
  public abstract void endDocument();

  /** Skips the next value, however deeply nested. */
  public abstract void skipValue();

  /**
   * Looks ahead in the object that starts here for a string property (a polymorphic type id,
   * which need not come first) and returns its value, or null when absent. Nothing is consumed.
   */
  public abstract String peekStringProperty(String property);

  // ---------------------------------------------------------------- scalars

  public abstract String nextString();

  public abstract boolean nextBoolean();

  public abstract void nextNull();

  public abstract long nextLong();

  public abstract int nextInt();

  public abstract double nextDouble();

  /** Parsed straight to float (not via double, which could round twice). */
  public abstract float nextFloat();

  /**
   * Exact decimal. Also accepts a string holding a number ("12.50"), as Shopify sends money;
   * the text is kept exactly, scale included.
   */
  public abstract BigDecimal nextBigDecimal();

  public abstract BigInteger nextBigInteger();

  /**
   * Reads a string and returns its index in {@code names}; an unknown string is an error naming
   * {@code typeName}. Used by enum codecs.
   */
  public int nextEnumIndex(String[] names, String typeName) {
    String s = nextString();
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(s)) return i;
    }
    StringBuilder known = new StringBuilder();
    for (int i = 0; i < names.length; i++) known.append(i == 0 ? "" : ", ").append(names[i]);
    throw valueError("unknown " + typeName + " value '" + s + "' (one of: " + known + ")");
  }

  /** Consumes a JSON null and returns null, so codecs can write {@code return r.readNull();}. */
  public <T> T readNull() {
    nextNull();
    return null;
  }

  // ---------------------------------------------------------------- errors and path

  /** The JSONPath of the current value, e.g. {@code $.line_items[3].quantity}. */
  public abstract String path();

  /** An exception at the current path and the start of the current token, for codecs. */
  public abstract JsonException error(String reason);

  /**
   * An exception about the scalar just consumed (its text was read but is not acceptable: an
   * unknown enum constant, a bad date); path and position point at that value.
   */
  public abstract JsonException valueError(String reason);

  /** The 0-based position of the next token, for codecs building their own messages. */
  public abstract int position();

  /** A required property was absent from the object whose closing brace is next. */
  public abstract JsonException missingProperty(String name);

  /** A type id not listed by the base type; {@code known} is the list for the message. */
  public abstract JsonUnknownTypeException unknownType(String property, String typeId, String known);
}
