package dev.workers4j.runtime.js.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.teavm.jso.JSBody;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * The WebAssembly GC bodies of the JSON engine's JS-only methods ({@code WasmGcCounterpart}):
 * the JS target builds these values through generators that write TeaVM's JS fields directly
 * (to spare BigInt arithmetic); on Wasm GC {@code long} is a native i64 and the class library's
 * own constructors cost nothing extra.
 */
final class WasmGcJson {
  private WasmGcJson() {}

  static BigDecimal smallDecimal(int unscaled, int scale) {
    return BigDecimal.valueOf(unscaled, scale);
  }

  static double smallUnscaled(BigDecimal value) {
    BigInteger unscaled = value.unscaledValue();
    return unscaled.bitLength() <= 53 ? unscaled.doubleValue() : Double.NaN;
  }

  static Instant instant(double seconds, int nanos) {
    return Instant.ofEpochSecond((long) seconds, nanos);
  }

  static LocalDate localDate(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  static LocalDateTime localDateTime(int year, int month, int day, int hour, int minute, int second, int nano) {
    return LocalDateTime.of(year, month, day, hour, minute, second, nano);
  }

  static OffsetDateTime offsetDateTime(int year, int month, int day, int hour, int minute, int second, int nano,
      ZoneOffset offset) {
    return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
  }

  /** JsJsonEngine.decodeUtf8: no view of a Java array on Wasm GC (@JSByRef), so a copy of the range. */
  static String decodeUtf8(JsJsonEngine engine, byte[] bytes, int offset, int length) {
    return decode(Int8Array.copyFromJavaArray(Arrays.copyOfRange(bytes, offset, offset + length)), length);
  }

  /** JsJsonEngine.utf8 (Utf8's decoder in workerd): the same copy of the range. */
  static String utf8(byte[] bytes, int offset, int length) {
    return decode(Int8Array.copyFromJavaArray(Arrays.copyOfRange(bytes, offset, offset + length)), length);
  }

  @JSBody(params = {"a", "len"}, script = "return new TextDecoder('utf-8', { ignoreBOM: true })"
      + ".decode(new Uint8Array(a.buffer, a.byteOffset, len));")
  private static native String decode(Int8Array a, int len);
}
