package dev.workers4j.json;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Streaming JSON writer. Calls chain; the caller is trusted to nest correctly (generated code
 * is), so there is no state machine beyond the comma flag.
 *
 * <p>Every runtime writes the same text for the same calls: strings escaped per RFC 8259 ({@code "},
 * {@code \}, control characters, lone surrogates as {@code \}{@code uXXXX} in lowercase hex, which
 * is also what {@code JSON.stringify} does), numbers through {@link DoubleFormat}. {@link #create()}
 * answers the runtime's writer: a char buffer on the JVM, native string building in workerd.
 */
public abstract class JsonWriter {
  protected JsonWriter() {}

  /** A new writer of the runtime's kind (see {@link JsonEngine}). */
  public static JsonWriter create() {
    return JsonEngine.current().newWriter();
  }

  /** Empties the writer for reuse (JSONL writes one line after another into one writer). */
  public abstract JsonWriter reset();

  public abstract JsonWriter beginObject();

  public abstract JsonWriter endObject();

  public abstract JsonWriter beginArray();

  public abstract JsonWriter endArray();

  public abstract JsonWriter name(String name);

  /** A name quoted ahead of time (generated codecs use these). */
  public JsonWriter name(JsonName name) {
    return name(name.name());
  }

  /** A string value; null writes JSON null. */
  public abstract JsonWriter value(String value);

  public abstract JsonWriter value(long value);

  /** As {@link #value(long)}; a writer may skip the long (a BigInt under TeaVM) for ints. */
  public JsonWriter value(int value) {
    return value((long) value);
  }

  /** Appends already-encoded JSON as one value; the caller guarantees it is valid. */
  public abstract JsonWriter rawValue(String json);

  /** Number of chars (UTF-16 units) written so far. */
  public abstract int length();

  /** The text written so far. */
  @Override
  public abstract String toString();

  /** The text written so far as UTF-8. */
  public abstract byte[] toUtf8Bytes();

  /** {@link #isoDateTime}: write the date alone. */
  public static final int NO_TIME = -1;
  /** {@link #isoDateTime}: write no offset. */
  public static final int NO_OFFSET = Integer.MIN_VALUE;

  /**
   * An ISO-8601 date or date-time as a JSON string, in the layout of {@link IsoTime}:
   * {@code 2024-03-05}, {@code 2024-03-05T07:08:09.120Z}, {@code 2024-03-05T07:08:09-06:00}.
   * {@code hour} {@link #NO_TIME} writes the date alone; {@code offsetSeconds} 0 writes Z and
   * {@link #NO_OFFSET} nothing. The time codecs write through this, so a runtime may format
   * without building Strings char by char (TeaVM's StringBuilder is a char array).
   */
  public JsonWriter isoDateTime(int year, int month, int day, int hour, int minute, int second, int nano,
      int offsetSeconds) {
    return value(IsoTime.format(year, month, day, hour, minute, second, nano, offsetSeconds));
  }

  /** Doubles use {@link DoubleFormat}: shortest round-trip digits, same text on every runtime. */
  public JsonWriter value(double value) {
    StringBuilder sb = new StringBuilder(24);
    DoubleFormat.appendDouble(sb, value);
    return rawValue(sb.toString());
  }

  /** Floats get the shortest digits that read back as the same float ("0.1", not "0.100000001"). */
  public JsonWriter value(float value) {
    StringBuilder sb = new StringBuilder(16);
    DoubleFormat.appendFloat(sb, value);
    return rawValue(sb.toString());
  }

  public JsonWriter value(boolean value) {
    return rawValue(value ? "true" : "false");
  }

  /** Written with {@link BigDecimal#toString()}, so scale survives the round trip (12.50 stays 12.50). */
  public JsonWriter value(BigDecimal value) {
    if (value == null) return nullValue();
    return rawValue(value.toString());
  }

  /** A decimal as a JSON string, {@code "12.50"} ({@code @JsonFormat(shape = STRING)}, as Shopify sends money). */
  public JsonWriter valueAsString(BigDecimal value) {
    if (value == null) return nullValue();
    return value(value.toString());
  }

  public JsonWriter value(BigInteger value) {
    if (value == null) return nullValue();
    return rawValue(value.toString());
  }

  public JsonWriter nullValue() {
    return rawValue("null");
  }
}
