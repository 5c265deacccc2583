package dev.workers4j.runtime.js.json;

import dev.workers4j.json.JsonName;
import dev.workers4j.json.JsonWriter;
import java.math.BigDecimal;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * Writes by concatenating native JS strings (V8 keeps them as ropes and flattens once), with
 * strings quoted by JSON.stringify: its escaping is exactly the JVM writer's (see JsonWriter), so
 * the text is byte-identical, without a char[] per document.
 */
final class JsStringJsonWriter extends JsonWriter {
  /** Integers up to 2^53 print the same as JS numbers as they do as Java longs. */
  private static final double MAX_SAFE_INTEGER = 9007199254740991d;

  private static final JSObject NEEDS_ESCAPING = needsEscapingPattern();

  /** The text so far: a JS string. */
  private JSObject out = emptyString();
  /** True when the next value or name must be preceded by a comma. */
  private boolean needComma;

  @Override
  public JsonWriter reset() {
    out = emptyString();
    needComma = false;
    return this;
  }

  @Override
  public JsonWriter beginObject() {
    out = append(out, needComma ? ",{" : "{");
    needComma = false;
    return this;
  }

  @Override
  public JsonWriter endObject() {
    out = append(out, "}");
    needComma = true;
    return this;
  }

  @Override
  public JsonWriter beginArray() {
    out = append(out, needComma ? ",[" : "[");
    needComma = false;
    return this;
  }

  @Override
  public JsonWriter endArray() {
    out = append(out, "]");
    needComma = true;
    return this;
  }

  @Override
  public JsonWriter name(String name) {
    out = appendName(out, needComma, name);
    needComma = false;
    return this;
  }

  @Override
  public JsonWriter name(JsonName name) {
    out = append(out, needComma ? name.commaQuoted() : name.quoted()); // one rope, not two
    needComma = false;
    return this;
  }

  @Override
  public JsonWriter value(String value) {
    if (value == null) return nullValue();
    out = appendQuoted(out, needComma, value, NEEDS_ESCAPING);
    needComma = true;
    return this;
  }

  @Override
  public JsonWriter value(long value) {
    // Compared as a double: TeaVM builds long constants (BigInts) anew at each use. Beyond 2^53
    // the conversion rounds away from the range, so the test stays exact.
    double asDouble = value;
    if (asDouble >= -MAX_SAFE_INTEGER && asDouble <= MAX_SAFE_INTEGER) {
      out = appendNumber(out, needComma, asDouble);
      needComma = true;
      return this;
    }
    return rawValue(Long.toString(value));
  }

  @Override
  public JsonWriter value(int value) {
    out = appendNumber(out, needComma, value);
    needComma = true;
    return this;
  }

  /**
   * Fractions between 10^-3 and 10^7 print the same as JS numbers as in Java's layout (shortest
   * digits, no exponent), so the engine's own conversion does; other doubles take DoubleFormat.
   */
  @Override
  public JsonWriter value(double value) {
    double a = Math.abs(value);
    if (a >= 1e-3 && a < 1e7) {
      boolean whole = value == Math.floor(value); // not rint: TeaVM's goes through a long (BigInt)
      if (!whole || a >= 1) {
        out = appendDouble(out, needComma, value, whole);
        needComma = true;
        return this;
      }
    }
    return super.value(value);
  }

  @Override
  public JsonWriter value(BigDecimal value) {
    return decimal(value, false);
  }

  @Override
  public JsonWriter valueAsString(BigDecimal value) {
    return decimal(value, true);
  }

  /**
   * BigDecimal.toString of small decimals (money) built from the unscaled value by the engine:
   * TeaVM's toString goes through char arrays. Anything toString would write with an exponent,
   * or an unscaled value beyond 2^53, takes toString.
   */
  private JsonWriter decimal(BigDecimal value, boolean quoted) {
    if (value == null) return nullValue();
    int scale = value.scale();
    if (scale >= 0 && scale <= 15) {
      double digits = ParsedJs.smallUnscaled(value);
      if (digits == digits) {
        JSObject appended = appendPlainDecimal(out, needComma, digits, scale, quoted);
        if (!isNull(appended)) {
          out = appended;
          needComma = true;
          return this;
        }
      }
    }
    return quoted ? value(value.toString()) : rawValue(value.toString());
  }

  /** IsoTime's layout, built from JS strings rather than TeaVM's char-array StringBuilder. */
  @Override
  public JsonWriter isoDateTime(int year, int month, int day, int hour, int minute, int second, int nano,
      int offsetSeconds) {
    out = appendIsoDateTime(out, needComma, year, month, day, hour, minute, second, nano, offsetSeconds);
    needComma = true;
    return this;
  }

  @Override
  public JsonWriter rawValue(String json) {
    out = appendRaw(out, needComma, json);
    needComma = true;
    return this;
  }

  @Override
  public int length() {
    return stringLength(out);
  }

  @Override
  public String toString() {
    return asString(out);
  }

  @Override
  public byte[] toUtf8Bytes() {
    return utf8(out).copyToJavaArray();
  }

  @JSBody(script = "return '';")
  private static native JSObject emptyString();

  @JSBody(params = {"s", "t"}, script = "return s + t;")
  private static native JSObject append(JSObject s, String t);

  @JSBody(params = {"s", "c", "n"}, script = "return s + (c ? ',' : '') + JSON.stringify(n) + ':';")
  private static native JSObject appendName(JSObject s, boolean c, String n);

  /**
   * v quoted: as is between quotes when it holds nothing JSON.stringify escapes, which is most
   * text and about twice as fast as calling it; JSON.stringify otherwise.
   */
  @JSBody(params = {"s", "c", "v", "needsEscaping"}, script = "return s + (c ? ',' : '')"
      + " + (needsEscaping.test(v) ? JSON.stringify(v) : '\"' + v + '\"');")
  private static native JSObject appendQuoted(JSObject s, boolean c, String v, JSObject needsEscaping);

  /**
   * What JSON.stringify escapes: control characters, the quote, the backslash, and (lone)
   * surrogates, which it writes as \\u escapes; any surrogate sends the string to JSON.stringify.
   */
  @JSBody(script = "return /[\\u0000-\\u001f\"\\\\\\ud800-\\udfff]/;")
  private static native JSObject needsEscapingPattern();

  @JSBody(params = {"s", "c", "v"}, script = "return s + (c ? ',' : '') + v;")
  private static native JSObject appendNumber(JSObject s, boolean c, double v);

  @JSBody(params = {"s", "c", "v"}, script = "return s + (c ? ',' : '') + v;")
  private static native JSObject appendRaw(JSObject s, boolean c, String v);

  @JSBody(params = {"s", "c", "v", "w"}, script = "return s + (c ? ',' : '') + v + (w ? '.0' : '');")
  private static native JSObject appendDouble(JSObject s, boolean c, double v, boolean w);

  /**
   * s, a comma if c, then BigDecimal.toString of unscaled u and scale 0..15, in quotes if q; null
   * when toString would use an exponent. Locals have long names: TeaVM renames the parameters to
   * single letters, which a short local could shadow.
   */
  @JSBody(params = {"s", "c", "u", "scale", "q"}, script = "var plainDigits = String(u < 0 ? -u : u);"
      + " if (plainDigits.length - scale - 1 < -6) return null;"
      + " if (scale > 0) { while (plainDigits.length <= scale) plainDigits = '0' + plainDigits;"
      + " plainDigits = plainDigits.slice(0, plainDigits.length - scale) + '.' + plainDigits.slice(plainDigits.length - scale); }"
      + " if (u < 0) plainDigits = '-' + plainDigits;"
      + " return s + (c ? ',' : '') + (q ? '\"' + plainDigits + '\"' : plainDigits);")
  private static native JSObject appendPlainDecimal(JSObject s, boolean c, double u, int scale, boolean q);

  /**
   * The text of IsoTime.format in quotes. Year: four digits at least, '+' above 9999; fraction:
   * 3, 6 or 9 digits, as few as hold the nanos; offset: Z for 0, seconds only when not 0.
   * NO_TIME (-1) and NO_OFFSET (-2^31) as in JsonWriter. Long local names, as above.
   */
  @JSBody(params = {"s", "c", "year", "month", "day", "hour", "minute", "second", "nano", "offset"}, script =
      "function twoDigits(value) { return value < 10 ? '0' + value : '' + value; }"
      + " var isoText = (year > 9999 ? '+' : year < 0 ? '-' : '') + String(Math.abs(year)).padStart(4, '0')"
      + "   + '-' + twoDigits(month) + '-' + twoDigits(day);"
      + " if (hour !== -1) {"
      + "   isoText += 'T' + twoDigits(hour) + ':' + twoDigits(minute) + ':' + twoDigits(second);"
      + "   if (nano !== 0) isoText += '.' + (nano % 1000000 === 0 ? String(nano / 1000000).padStart(3, '0')"
      + "     : nano % 1000 === 0 ? String(nano / 1000).padStart(6, '0') : String(nano).padStart(9, '0'));"
      + "   if (offset === 0) isoText += 'Z';"
      + "   else if (offset !== -2147483648) { var offsetAbs = Math.abs(offset);"
      + "     isoText += (offset < 0 ? '-' : '+') + twoDigits(Math.floor(offsetAbs / 3600)) + ':'"
      + "       + twoDigits(Math.floor(offsetAbs / 60) % 60) + (offsetAbs % 60 !== 0 ? ':' + twoDigits(offsetAbs % 60) : ''); } }"
      + " return s + (c ? ',' : '') + '\"' + isoText + '\"';")
  private static native JSObject appendIsoDateTime(JSObject s, boolean c, int year, int month, int day, int hour,
      int minute, int second, int nano, int offset);

  @JSBody(params = "v", script = "return v === null;")
  private static native boolean isNull(JSObject v);

  @JSBody(params = "s", script = "return s.length;")
  private static native int stringLength(JSObject s);

  @JSBody(params = "s", script = "return s;")
  private static native String asString(JSObject s);

  @JSBody(params = "s", script = "var u = new TextEncoder().encode(s); return new Int8Array(u.buffer, u.byteOffset, u.length);")
  private static native Int8Array utf8(JSObject s);
}
