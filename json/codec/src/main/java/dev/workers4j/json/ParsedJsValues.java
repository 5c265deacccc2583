package dev.workers4j.json;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Type tests and exact conversions of the values JSON.parse made, each a JS expression TeaVM
 * writes in place: what generated codecs' workerd companions ({@code Codec.Js}) use, and the one
 * copy of these rules the workerd tree and parsed-tree reader use too.
 * Anything they cannot decide exactly is the tree's undecided exception, after which {@code
 * Json.fromJson} reads the text, as on every tree path. Loaded only in workerd.
 */
public final class ParsedJsValues {
  private ParsedJsValues() {}

  @JSBody(params = "value", script = "return value === undefined;")
  public static native boolean isAbsent(JSObject value);

  @JSBody(params = "value", script = "return value === null;")
  public static native boolean isNull(JSObject value);

  @JSBody(params = "value", script = "return typeof value === 'object' && value !== null && !Array.isArray(value);")
  public static native boolean isObject(JSObject value);

  /** The value as an array, or the tree's undecided exception. */
  public static JSObject array(JSObject value, JsonTree t) {
    if (!isArray(value)) throw t.undecided("an array");
    return value;
  }

  @JSBody(params = "array", script = "return array.length;")
  public static native int length(JSObject array);

  @JSBody(params = {"array", "index"}, script = "return array[index];")
  public static native JSObject element(JSObject array, int index);

  public static String string(JSObject value, JsonTree t) {
    if (!isString(value)) throw t.undecided("a string");
    return asString(value);
  }

  public static boolean bool(JSObject value, JsonTree t) {
    if (!isBoolean(value)) throw t.undecided("a boolean");
    return asBoolean(value);
  }

  public static int intValue(JSObject value, JsonTree t) {
    if (!isNumber(value)) throw t.undecided("a number");
    double d = asNumber(value);
    if (!isInt(d)) throw t.undecided("an int");
    return (int) d;
  }

  /** Whole and within int: what an int property accepts from a JS number. */
  public static boolean isInt(double d) {
    return d == Math.floor(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE;
  }

  public static long longValue(JSObject value, JsonTree t) {
    if (!isNumber(value)) throw t.undecided("a number");
    double d = asNumber(value);
    if (!JsonReader.isExactInteger(d)) throw t.undecided("an integer beyond 2^53");
    return toLong(d);
  }

  public static double doubleValue(JSObject value, JsonTree t) {
    if (!isNumber(value)) throw t.undecided("a number");
    double d = asNumber(value);
    if (Double.isInfinite(d)) throw t.undecided("a number beyond double's range");
    return d;
  }

  public static float floatValue(JSObject value, JsonTree t) {
    if (!isNumber(value)) throw t.undecided("a number");
    float f = Floats.fromNearestDouble(asNumber(value));
    if (Float.isNaN(f)) throw t.undecided("a float on a rounding tie");
    return f;
  }

  @JSBody(params = "value", script = "return Array.isArray(value);")
  private static native boolean isArray(JSObject value);

  @JSBody(params = "value", script = "return typeof value === 'string';")
  public static native boolean isString(JSObject value);

  @JSBody(params = "value", script = "return typeof value === 'number';")
  private static native boolean isNumber(JSObject value);

  @JSBody(params = "value", script = "return typeof value === 'boolean';")
  private static native boolean isBoolean(JSObject value);

  @JSBody(params = "value", script = "return value;")
  public static native String asString(JSObject value);

  @JSBody(params = "value", script = "return value;")
  public static native double asNumber(JSObject value);

  @JSBody(params = "value", script = "return value;")
  private static native boolean asBoolean(JSObject value);

  /** A whole double within 2^53 as a long (TeaVM: a BigInt). */
  @JSBody(params = "value", script = "return BigInt(value);")
  private static native long toLong(double value);
}
