package dev.workers4j.runtime.js.json;

import static dev.workers4j.json.ParsedJsValues.asString;
import static dev.workers4j.json.ParsedJsValues.isAbsent;
import static dev.workers4j.json.ParsedJsValues.isString;
import static dev.workers4j.runtime.js.json.ParsedJs.K_ARRAY;
import static dev.workers4j.runtime.js.json.ParsedJs.K_NULL;
import static dev.workers4j.runtime.js.json.ParsedJs.K_OBJECT;
import static dev.workers4j.runtime.js.json.ParsedJs.arrayElement;
import static dev.workers4j.runtime.js.json.ParsedJs.arrayLength;
import static dev.workers4j.runtime.js.json.ParsedJs.decimalOrNull;
import static dev.workers4j.runtime.js.json.ParsedJs.keyedValue;
import static dev.workers4j.runtime.js.json.ParsedJs.keysInDocumentOrder;
import static dev.workers4j.runtime.js.json.ParsedJs.kindOf;
import static dev.workers4j.runtime.js.json.ParsedJs.kindOfParsedJson;
import static dev.workers4j.runtime.js.json.ParsedJs.newArray;
import static dev.workers4j.runtime.js.json.ParsedJs.ownValue;

import dev.workers4j.json.JsonException;
import dev.workers4j.json.JsonFields;
import dev.workers4j.json.JsonReader;
import dev.workers4j.json.JsonTree;
import dev.workers4j.json.ParsedJsValues;
import java.math.BigDecimal;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * A document JSON.parse has built (or a json queue message's body), read by generated codecs
 * property by property. Its errors carry no path or position: each one sends {@code
 * Json.fromJson} back to the exact text reader, whose error is the one reported.
 */
final class JsJsonTree extends JsonTree {
  private final JSObject root;
  /** JSON.parse's result (only plain values), not a queue message body (which may hold a Date). */
  private final boolean parsedJson;
  /** The objects and arrays entered, by handle: JS values stay in a JS array, never in Java ones. */
  private final JSObject entered = newArray();
  private int enteredCount;
  private JSObject current;
  private int currentKind;
  private int lastObject = -1;
  private JSObject lastObjectValue;
  private JsonFields lastFields;
  private JSObject lastNames;

  JsJsonTree(JSObject root, boolean parsedJson) {
    this.root = root;
    this.parsedJson = parsedJson;
  }

  @Override
  public void root() {
    current = root;
    currentKind = kindOf(root);
  }

  @Override
  public boolean field(int object, JsonFields fields, int index) {
    // A codec asks for its fields one after another: keep the object and its name table at hand.
    if (object != lastObject) {
      lastObject = object;
      lastObjectValue = arrayElement(entered, object);
    }
    if (fields != lastFields) {
      lastFields = fields;
      lastNames = NameTables.of(fields);
    }
    JSObject value = ownValue(lastObjectValue, lastNames, index);
    if (isAbsent(value)) return false;
    currentJs(value);
    return true;
  }

  @Override
  public void element(int array, int index) {
    currentJs(arrayElement(arrayElement(entered, array), index));
  }

  private int kind(JSObject value) {
    return parsedJson ? kindOfParsedJson(value) : kindOf(value);
  }

  @Override
  public boolean isNull() {
    return currentKind == K_NULL;
  }

  @Override
  public int enterObject() {
    return enter(K_OBJECT);
  }

  @Override
  public int enterArray() {
    return enter(K_ARRAY);
  }

  private int enter(int kind) {
    require(kind);
    push(entered, current);
    return enteredCount++;
  }

  @Override
  public int length(int array) {
    return arrayLength(arrayElement(entered, array));
  }

  @Override
  public int enterMap() {
    require(K_OBJECT);
    JSObject keys = keysInDocumentOrder(current);
    if (keys == null) throw undecided("a map with integer-like keys, which JS lists first");
    push(entered, current);
    push(entered, keys); // at handle + 1
    int handle = enteredCount;
    enteredCount += 2;
    return handle;
  }

  @Override
  public int keyCount(int map) {
    return arrayLength(arrayElement(entered, map + 1));
  }

  @Override
  public String key(int map, int index) {
    return asString(arrayElement(arrayElement(entered, map + 1), index));
  }

  @Override
  public void member(int map, int index) {
    currentJs(keyedValue(arrayElement(entered, map), arrayElement(entered, map + 1), index));
  }

  // Scalars: the rules companions use (ParsedJsValues), on the current value.
  @Override
  public String stringValue() {
    return ParsedJsValues.string(current, this);
  }

  @Override
  public boolean booleanValue() {
    return ParsedJsValues.bool(current, this);
  }

  @Override
  public int intValue() {
    return ParsedJsValues.intValue(current, this);
  }

  @Override
  public long longValue() {
    return ParsedJsValues.longValue(current, this);
  }

  @Override
  public double doubleValue() {
    return ParsedJsValues.doubleValue(current, this);
  }

  @Override
  public float floatValue() {
    return ParsedJsValues.floatValue(current, this);
  }

  @Override
  public BigDecimal decimalValue() {
    return decimalJs(current);
  }

  @Override
  public boolean isParsedJs() {
    return parsedJson;
  }

  @Override
  public JSObject currentJs() {
    return current;
  }

  @Override
  public void currentJs(JSObject value) {
    // The one place the current value changes: its kind goes with it.
    current = value;
    currentKind = kind(value);
  }

  @Override
  public BigDecimal decimalJs(JSObject value) {
    if (!isString(value)) throw undecided("a decimal number: its scale is in the text only");
    BigDecimal decimal = decimalOrNull(value);
    if (decimal == null) throw undecided("a decimal string that does not parse");
    return decimal;
  }

  @Override
  public JsonReader reader() {
    return new JsParsedJsonReader(current);
  }

  @Override
  public JsonException undecided(String what) {
    return new JsonException("the parsed tree cannot decide " + what, "$", -1);
  }

  private void require(int kind) {
    if (currentKind != kind) throw undecided("a value of another type");
  }


  @JSBody(params = {"a", "v"}, script = "a.push(v);")
  private static native void push(JSObject a, JSObject v);
}
