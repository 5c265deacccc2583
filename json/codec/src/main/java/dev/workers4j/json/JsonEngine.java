package dev.workers4j.json;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Where {@link Json} and {@link JsonWriter#create()} get their readers and writers. The JVM uses
 * the char-buffer implementations; the workerd runtime installs one built on the engine's native
 * JSON.parse and string building, which TeaVM-compiled char loops cannot match. Both produce the
 * same values, the same text and the same errors: a fast reader that meets anything unusual
 * throws, and {@link Json#fromJson(JsonCodec, String)} reads again with the exact text reader,
 * whose result (or error) is the reference.
 */
public abstract class JsonEngine {
  private static final JsonEngine TEXT = new JsonEngine() {};
  private static JsonEngine current = TEXT;

  protected JsonEngine() {}

  /** Installs the runtime's engine; called once at startup by a runtime, not by applications. */
  public static void install(JsonEngine engine) {
    current = engine == null ? TEXT : engine;
  }

  static JsonEngine current() {
    return current;
  }

  public JsonWriter newWriter() {
    return new CharJsonWriter();
  }

  /**
   * UTF-8 to text: malformed bytes become U+FFFD (one per maximal bad subsequence, as the JDK and
   * the WHATWG decoder both do), and a leading BOM is kept, so the reader rejects it.
   */
  public String decodeUtf8(byte[] bytes, int offset, int length) {
    return new String(bytes, offset, length, StandardCharsets.UTF_8);
  }

  /**
   * A correctly rounded double from JSON number text. The JVM's Double.parseDouble is; TeaVM's
   * keeps a limited number of digits, so the workerd engine answers with the engine's own.
   */
  public double parseDouble(String number) {
    return Double.parseDouble(number);
  }

  /**
   * The instant {@code seconds} (whole, within 2^53) plus {@code nanos} (0 to 999,999,999), from
   * fields IsoTime has checked. A runtime may build it without {@code Instant.ofEpochSecond}'s
   * long arithmetic (workerd: BigInt operations).
   */
  public Instant instant(double seconds, int nanos) {
    return Instant.ofEpochSecond((long) seconds, nanos);
  }

  /** A date IsoTime has checked (a real calendar day, year within LocalDate's range); see instant. */
  public LocalDate localDate(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /** A date and time IsoTime has checked, without an offset; see instant. */
  public LocalDateTime localDateTime(int year, int month, int day, int hour, int minute, int second, int nano) {
    return LocalDateTime.of(year, month, day, hour, minute, second, nano);
  }

  /** A date and time IsoTime has checked, at {@code offset}; see instant. */
  public OffsetDateTime offsetDateTime(int year, int month, int day, int hour, int minute, int second, int nano,
      ZoneOffset offset) {
    return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
  }

  /**
   * The document parsed by the runtime, for {@link JsonCodec#readTree(JsonTree)}, or null (no
   * such parser, or the text does not parse: the exact reader then says why). It may report any
   * problem, or anything it cannot decide exactly, as a {@link JsonException}: the caller then
   * reads the text again with the exact reader.
   */
  public JsonTree parseTree(String json) {
    return null;
  }
}
