package dev.workers4j.runtime.js.json;

import dev.workers4j.json.Decimals;
import dev.workers4j.json.ParsedJsValues;
import dev.workers4j.runtime.js.WasmGcCounterpart;
import dev.workers4j.runtime.js.compile.SmallDecimalGenerator;
import dev.workers4j.runtime.js.compile.TimeValuesGenerator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.teavm.backend.javascript.spi.GeneratedBy;
import org.teavm.dependency.PluggableDependency;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * What the parsed-tree reader and the tree share: JS helpers over values JSON.parse made, and
 * the conversions of those values that are exact. Stateless on purpose: TeaVM 0.15 may skip the
 * static initialiser of a class whose static {@code @JSBody} method another class calls.
 */
final class ParsedJs {
  // What a value is (kindOf). Values first; the reader adds its structural tokens after these.
  static final int K_NULL = 0;
  static final int K_STRING = 1;
  static final int K_NUMBER = 2;
  static final int K_TRUE = 3;
  static final int K_FALSE = 4;
  static final int K_ARRAY = 5;
  static final int K_OBJECT = 6;
  static final int K_OTHER = 11;

  private ParsedJs() {}

  /**
   * A decimal from a JS string: money (up to 9 digits) packed by the engine, anything else
   * through Decimals.parse; null when the text is not a number (the text reader says why).
   */
  static BigDecimal decimalOrNull(JSObject text) {
    double money = moneyDigits(text);
    if (money == money) {
      // unscaled * 16 + scale, signed: TeaVM's char loops cost more than this.
      double magnitude = Math.abs(money);
      int unscaled = (int) Math.floor(magnitude / 16);
      if (money < 0) unscaled = -unscaled;
      int scale = (int) (magnitude % 16);
      if (unscaled == 0 || scale == 0) return BigDecimal.valueOf(unscaled, scale); // its cached values
      return smallDecimal(unscaled, scale);
    }
    try {
      return Decimals.parse(ParsedJsValues.asString(text));
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  /**
   * {@code BigDecimal.valueOf(unscaled, scale)} for a non-zero unscaled value and a scale of 1 or
   * more, with one BigInt instead of five BigInt operations (see SmallDecimalGenerator).
   */
  @GeneratedBy(SmallDecimalGenerator.class)
  @PluggableDependency(SmallDecimalGenerator.class)
  @WasmGcCounterpart(WasmGcJson.class)
  static native BigDecimal smallDecimal(int unscaled, int scale);

  /**
   * The unscaled value of {@code value} as a double when it has at most 53 bits, else NaN:
   * without {@code unscaledValue()}'s BigInteger and BigInt arithmetic (see SmallDecimalGenerator).
   */
  @GeneratedBy(SmallDecimalGenerator.class)
  @PluggableDependency(SmallDecimalGenerator.class)
  @WasmGcCounterpart(WasmGcJson.class)
  static native double smallUnscaled(BigDecimal value);

  /** Instant.ofEpochSecond((long) seconds, nanos) for checked fields, with one BigInt (see TimeValuesGenerator). */
  @GeneratedBy(TimeValuesGenerator.class)
  @PluggableDependency(TimeValuesGenerator.class)
  @WasmGcCounterpart(WasmGcJson.class)
  static native Instant instant(double seconds, int nanos);

  /** LocalDate.of for a checked calendar day (see TimeValuesGenerator). */
  @GeneratedBy(TimeValuesGenerator.class)
  @PluggableDependency(TimeValuesGenerator.class)
  @WasmGcCounterpart(WasmGcJson.class)
  static native LocalDate localDate(int year, int month, int day);

  /** LocalDateTime.of for checked fields (see TimeValuesGenerator). */
  @GeneratedBy(TimeValuesGenerator.class)
  @PluggableDependency(TimeValuesGenerator.class)
  @WasmGcCounterpart(WasmGcJson.class)
  static native LocalDateTime localDateTime(int year, int month, int day, int hour, int minute, int second,
      int nano);

  /** OffsetDateTime.of for checked fields (see TimeValuesGenerator). */
  @GeneratedBy(TimeValuesGenerator.class)
  @PluggableDependency(TimeValuesGenerator.class)
  @WasmGcCounterpart(WasmGcJson.class)
  static native OffsetDateTime offsetDateTime(int year, int month, int day, int hour, int minute, int second,
      int nano, ZoneOffset offset);

  /**
   * What JSON.parse can produce, or K_OTHER for anything else (undefined, a Date or Map in a
   * message body that did not come from JSON): those make the reader defer to the text.
   */
  @JSBody(params = "v", script = "return v === null ? 0 : typeof v === 'string' ? 1 : typeof v === 'number' ? 2"
      + " : v === true ? 3 : v === false ? 4 : Array.isArray(v) ? 5"
      + " : typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype ? 6 : 11;")
  static native int kindOf(JSObject v);

  /**
   * kindOf for what JSON.parse itself returned, where every object is plain (and ownValue has
   * dropped what a name could inherit): no prototype check.
   */
  @JSBody(params = "v", script = "return v === null ? 0 : typeof v === 'string' ? 1 : typeof v === 'number' ? 2"
      + " : v === true ? 3 : v === false ? 4 : Array.isArray(v) ? 5 : 6;")
  static native int kindOfParsedJson(JSObject v);

  @JSBody(params = "a", script = "return a.length;")
  static native int arrayLength(JSObject a);

  @JSBody(script = "return [];")
  static native JSObject newArray();

  @JSBody(params = {"a", "i", "v"}, script = "a[i] = v;")
  static native void setElement(JSObject a, int i, JSObject v);

  @JSBody(params = {"a", "i"}, script = "return a[i];")
  static native JSObject arrayElement(JSObject a, int i);

  /**
   * o[names[i]] when it is the object's own: what JSON.parse never makes (a function, or the prototype
   * behind "__proto__") is inherited, so the property is absent.
   */
  @JSBody(params = {"o", "names", "i"}, script = "var ownOrInherited = o[names[i]];"
      + " return typeof ownOrInherited === 'function' || ownOrInherited === Object.prototype ? undefined : ownOrInherited;")
  static native JSObject ownValue(JSObject o, JSObject names, int i);

  @JSBody(params = {"a", "i", "v"}, script = "a[i] = v;")
  static native void setString(JSObject a, int i, String v);

  /**
   * Money as Decimals.parse's fast path reads it (optional '-', 1 to 9 digits, an optional point
   * with digits after it) packed as (unscaled * 16 + scale) with the sign, or NaN for any other
   * text, which goes to Decimals.parse. Locals have long names: TeaVM renames parameters to
   * single letters, which a short local could shadow.
   */
  @JSBody(params = "text", script = "var textLength = text.length, at = 0, negative = false;"
      + " if (textLength > 0 && text.charCodeAt(0) === 45) { negative = true; at = 1; }"
      + " var unscaled = 0, digitCount = 0, scaleDigits = 0, pointSeen = false;"
      + " for (; at < textLength; at++) { var charCode = text.charCodeAt(at);"
      + "   if (charCode >= 48 && charCode <= 57) { if (++digitCount > 9) return NaN;"
      + "     unscaled = unscaled * 10 + (charCode - 48); if (pointSeen) scaleDigits++; }"
      + "   else if (charCode === 46 && !pointSeen && digitCount > 0) pointSeen = true;"
      + "   else return NaN; }"
      + " if (digitCount === 0 || (pointSeen && scaleDigits === 0)) return NaN;"
      + " var packed = unscaled * 16 + scaleDigits; return negative ? -packed : packed;")
  static native double moneyDigits(JSObject text);

  /**
   * The object's own keys, which JS lists in insertion (document) order except that integer-like
   * keys ("array indexes", 0 to 2^32 - 2) come first, ascending: null when it has any, as only
   * the text then tells their order.
   */
  @JSBody(params = "o", script = "var ownKeys = Object.keys(o);"
      + " for (var keyIndex = 0; keyIndex < ownKeys.length; keyIndex++) { var ownKey = ownKeys[keyIndex];"
      + "   if (/^(0|[1-9][0-9]*)$/.test(ownKey) && Number(ownKey) < 4294967295) return null; }"
      + " return ownKeys;")
  static native JSObject keysInDocumentOrder(JSObject o);

  /** o[keys[i]] for a key Object.keys gave (an own property). */
  @JSBody(params = {"o", "keys", "i"}, script = "return o[keys[i]];")
  static native JSObject keyedValue(JSObject o, JSObject keys, int i);
}
