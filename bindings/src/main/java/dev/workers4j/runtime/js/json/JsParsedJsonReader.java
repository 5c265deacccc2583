package dev.workers4j.runtime.js.json;

import static dev.workers4j.json.ParsedJsValues.asNumber;
import static dev.workers4j.json.ParsedJsValues.asString;
import static dev.workers4j.json.ParsedJsValues.isAbsent;
import static dev.workers4j.json.ParsedJsValues.isInt;
import static dev.workers4j.runtime.js.json.ParsedJs.K_ARRAY;
import static dev.workers4j.runtime.js.json.ParsedJs.K_FALSE;
import static dev.workers4j.runtime.js.json.ParsedJs.K_NULL;
import static dev.workers4j.runtime.js.json.ParsedJs.K_NUMBER;
import static dev.workers4j.runtime.js.json.ParsedJs.K_OBJECT;
import static dev.workers4j.runtime.js.json.ParsedJs.K_OTHER;
import static dev.workers4j.runtime.js.json.ParsedJs.K_STRING;
import static dev.workers4j.runtime.js.json.ParsedJs.K_TRUE;
import static dev.workers4j.runtime.js.json.ParsedJs.arrayElement;
import static dev.workers4j.runtime.js.json.ParsedJs.arrayLength;
import static dev.workers4j.runtime.js.json.ParsedJs.decimalOrNull;
import static dev.workers4j.runtime.js.json.ParsedJs.kindOf;
import static dev.workers4j.runtime.js.json.ParsedJs.newArray;
import static dev.workers4j.runtime.js.json.ParsedJs.ownValue;
import static dev.workers4j.runtime.js.json.ParsedJs.setElement;

import dev.workers4j.json.Floats;
import dev.workers4j.json.JsonException;
import dev.workers4j.json.JsonFields;
import dev.workers4j.json.JsonReader;
import dev.workers4j.json.JsonToken;
import dev.workers4j.json.JsonUnknownTypeException;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Reads a document that workerd's native JSON.parse has already turned into JS values: the codec
 * walks that tree instead of TeaVM-compiled char loops, which run about ten times slower.
 *
 * <p>It only answers what the tree tells exactly. Anything else throws a {@link JsonException}
 * with position -1, and {@code Json.fromJson} reads the text again with the exact reader, whose
 * value or error (path, position, wording) is the reference on every runtime. That covers every
 * malformed or mistyped document, numbers whose text matters (a BigDecimal's scale, longs beyond
 * 2^53, a float on a rounding tie), and objects whose key order JS does not keep (integer-like
 * keys, which JS objects list first).
 */
final class JsParsedJsonReader extends JsonReader {
  // What the next token is: a value kind (ParsedJs.K_*) or one of these structural tokens.
  private static final int K_NAME = 7;
  private static final int K_END_ARRAY = 8;
  private static final int K_END_OBJECT = 9;
  private static final int K_END_DOCUMENT = 10;
  /** An object was opened; its keys are listed on first use, by name or in document order. */
  private static final int K_OBJECT_START = 12;

  private static final int DOCUMENT = 0;
  private static final int OBJECT = 1;
  private static final int ARRAY = 2;
  /** An object read by looking up a codec's names ({@link #nextField}); keys is that name table. */
  private static final int OBJECT_BY_NAME = 3;

  /** Names repeat across objects and documents: one Java String (hash cached) per name. */
  private static final int NAME_CACHE_SIZE = 256; // power of two
  private static final String[] NAME_CACHE = new String[NAME_CACHE_SIZE];

  // The open container, in fields rather than arrays: every token touches them, and strict mode
  // bounds-checks every array access. Enclosing containers wait in the saved* stacks.
  private int kind = DOCUMENT;
  private JSObject container;
  /** The object's own keys (Object.keys, in document order), or a codec's name table. */
  private JSObject keys;
  private int index;
  private int length;
  private String name;
  private int depth;

  /**
   * Saved frames. Containers and keys go in a JS array, not a JSObject[]: TeaVM wraps every JS
   * value stored in a Java array (a WeakRef registry entry per store), which cost more than parsing.
   */
  private JSObject savedObjects;
  // Allocated on the first container: a reader over one scalar (a codec without a tree path
  // reading a date) never needs them.
  private int[] savedKind;
  private int[] savedIndex;
  private int[] savedLength;
  private String[] savedName;

  /** The next value (valid while {@link #nextKind} is a value kind) and what the next token is. */
  private JSObject next;
  private int nextKind;

  JsParsedJsonReader(JSObject root) {
    next = root;
    nextKind = kindOf(root);
  }

  // ---------------------------------------------------------------- structure

  @Override
  public JsonToken peek() {
    listKeysOnFirstUse();
    switch (nextKind) {
      case K_NULL: return JsonToken.NULL;
      case K_STRING: return JsonToken.STRING;
      case K_NUMBER: return JsonToken.NUMBER;
      case K_TRUE:
      case K_FALSE: return JsonToken.BOOLEAN;
      case K_ARRAY: return JsonToken.BEGIN_ARRAY;
      case K_OBJECT: return JsonToken.BEGIN_OBJECT;
      case K_NAME: return JsonToken.NAME;
      case K_END_ARRAY: return JsonToken.END_ARRAY;
      case K_END_OBJECT: return JsonToken.END_OBJECT;
      case K_END_DOCUMENT: return JsonToken.END_DOCUMENT;
      default: throw undecided("a value JSON cannot hold");
    }
  }

  @Override
  public boolean peekNull() {
    return nextKind == K_NULL;
  }

  @Override
  public JsonReader beginObject() {
    require(K_OBJECT);
    push(OBJECT, next, null, 0);
    nextKind = K_OBJECT_START;
    return this;
  }

  /** Object.keys for callers that walk an object's keys (maps, skipping): only then are they listed. */
  private void listKeysOnFirstUse() {
    if (nextKind != K_OBJECT_START) return;
    JSObject objectKeys = keysInDocumentOrder(container);
    if (isAbsent(objectKeys)) throw undecided("integer-like keys: JS does not keep their order");
    keys = objectKeys;
    length = arrayLength(objectKeys);
    nextKind = length > 0 ? K_NAME : K_END_OBJECT;
  }

  /**
   * Looks the table's names up in the object (no key list, no Strings built, no switch on them),
   * in table order. The order does not change the value: each property is read once, and any
   * error makes {@code Json.fromJson} read the text again. An aliased table needs document order
   * (the last of a name and its alias wins) and walks the keys instead.
   */
  @Override
  public int nextField(JsonFields fields) {
    if (nextKind == K_OBJECT_START && !fields.isAliased()) {
      kind = OBJECT_BY_NAME;
      keys = NameTables.of(fields);
      length = fields.size();
      nextKind = K_NAME;
    }
    if (kind != OBJECT_BY_NAME) return super.nextField(fields);
    if (nextKind == K_END_OBJECT) return JsonFields.END;
    require(K_NAME);
    for (; index < length; index++) {
      JSObject value = ownValue(container, keys, index);
      if (!isAbsent(value)) {
        next = value;
        nextKind = kindOf(value);
        return index; // the name, for path(), is keys[index]
      }
    }
    nextKind = K_END_OBJECT;
    return JsonFields.END;
  }

  @Override
  public JsonReader endObject() {
    listKeysOnFirstUse();
    require(K_END_OBJECT);
    pop();
    valueDone();
    return this;
  }

  @Override
  public JsonReader beginArray() {
    require(K_ARRAY);
    push(ARRAY, next, null, arrayLength(next));
    elementAtIndex();
    return this;
  }

  @Override
  public int beginArrayKnownSize() {
    beginArray();
    return length;
  }

  @Override
  public JsonReader endArray() {
    require(K_END_ARRAY);
    pop();
    valueDone();
    return this;
  }

  @Override
  public boolean hasNext() {
    listKeysOnFirstUse();
    return nextKind != K_END_OBJECT && nextKind != K_END_ARRAY && nextKind != K_END_DOCUMENT;
  }

  @Override
  public String nextName() {
    listKeysOnFirstUse();
    if (kind == OBJECT_BY_NAME) throw undecided("a key walk in an object read by name");
    require(K_NAME);
    JSObject key = arrayElement(keys, index);
    next = property(container, key);
    nextKind = kindOf(next);
    return name = javaName(key);
  }

  @Override
  public void endDocument() {
    if (depth != 0 || nextKind != K_END_DOCUMENT) throw undecided("content after the value");
  }

  @Override
  public void skipValue() {
    if (nextKind > K_OBJECT) throw undecided("skipping a structural token");
    valueDone(); // the whole subtree at once: JSON.parse has validated it already
  }

  @Override
  public String peekStringProperty(String property) {
    require(K_OBJECT);
    JSObject value = ownProperty(next, property);
    if (isAbsent(value)) return null;
    if (kindOf(value) != K_STRING) throw undecided("a type id that is not a string");
    return asString(value);
  }

  // ---------------------------------------------------------------- scalars

  @Override
  public String nextString() {
    require(K_STRING);
    String s = asString(next);
    valueDone();
    return s;
  }

  @Override
  public boolean nextBoolean() {
    if (nextKind != K_TRUE && nextKind != K_FALSE) throw undecided("a boolean");
    boolean value = nextKind == K_TRUE;
    valueDone();
    return value;
  }

  @Override
  public void nextNull() {
    require(K_NULL);
    valueDone();
  }

  @Override
  public long nextLong() {
    return (long) nextSafeInteger();
  }

  @Override
  public int nextInt() {
    require(K_NUMBER);
    double d = asNumber(next);
    if (!isInt(d)) throw undecided("an int");
    valueDone();
    return (int) d;
  }

  @Override
  public double nextDouble() {
    require(K_NUMBER);
    double d = asNumber(next);
    if (Double.isInfinite(d)) throw undecided("a number beyond double's range");
    valueDone();
    return d; // JSON.parse rounds correctly, as Double.parseDouble does
  }

  @Override
  public float nextFloat() {
    require(K_NUMBER);
    float f = Floats.fromNearestDouble(asNumber(next));
    if (Float.isNaN(f)) throw undecided("a float on a rounding tie");
    valueDone();
    return f;
  }

  @Override
  public BigDecimal nextBigDecimal() {
    if (nextKind != K_STRING) throw undecided("a decimal number: its scale is in the text only");
    BigDecimal value = decimalOrNull(next);
    if (value == null) throw undecided("a decimal string that does not parse");
    valueDone();
    return value;
  }

  @Override
  public BigInteger nextBigInteger() {
    return BigInteger.valueOf((long) nextSafeInteger());
  }

  private double nextSafeInteger() {
    require(K_NUMBER);
    double d = asNumber(next);
    if (!isExactInteger(d)) throw undecided("an integer beyond 2^53");
    valueDone();
    return d;
  }

  // ---------------------------------------------------------------- errors and path

  @Override
  public String path() {
    StringBuilder sb = new StringBuilder("$");
    for (int i = 1; i <= depth; i++) {
      boolean top = i == depth;
      int k = top ? kind : savedKind[i];
      int at = top ? index : savedIndex[i];
      if (k == ARRAY) {
        sb.append('[').append(at).append(']');
        continue;
      }
      String n = top ? name : savedName[i];
      if (k == OBJECT_BY_NAME) {
        JSObject table = top ? keys : arrayElement(savedObjects, 2 * i + 1);
        n = at < arrayLength(table) ? asString(arrayElement(table, at)) : null;
      }
      if (n != null) sb.append('.').append(n);
    }
    return sb.toString();
  }

  @Override
  public JsonException error(String reason) {
    return undecided(reason);
  }

  @Override
  public JsonException valueError(String reason) {
    return undecided(reason);
  }

  @Override
  public int position() {
    return -1; // the tree has no positions; any error is re-read from the text
  }

  @Override
  public JsonException missingProperty(String name) {
    return undecided("missing required property '" + name + "'");
  }

  @Override
  public JsonUnknownTypeException unknownType(String property, String typeId, String known) {
    return new JsonUnknownTypeException("unknown " + property, typeId, path(), -1);
  }

  /** Not an answer but a request to re-read the text exactly; position -1 marks it. */
  private JsonException undecided(String what) {
    return new JsonException("the parsed tree cannot decide " + what, path(), -1);
  }

  private void require(int kind) {
    if (nextKind != kind) throw undecided("a token of another type");
  }

  // ---------------------------------------------------------------- walking

  private void push(int newKind, JSObject newContainer, JSObject newKeys, int size) {
    int d = depth++;
    if (savedKind == null) {
      savedObjects = newArray();
      savedKind = new int[8];
      savedIndex = new int[8];
      savedLength = new int[8];
      savedName = new String[8];
    } else if (d == savedKind.length) {
      grow();
    }
    savedKind[d] = kind;
    savedIndex[d] = index;
    savedLength[d] = length;
    savedName[d] = name;
    setElement(savedObjects, 2 * d, container);
    setElement(savedObjects, 2 * d + 1, keys);
    kind = newKind;
    container = newContainer;
    keys = newKeys;
    index = 0;
    length = size;
    name = null;
  }

  private void pop() {
    int d = --depth;
    kind = savedKind[d];
    index = savedIndex[d];
    length = savedLength[d];
    name = savedName[d];
    container = arrayElement(savedObjects, 2 * d);
    keys = arrayElement(savedObjects, 2 * d + 1);
  }

  /** The value just read (a scalar or a closed container) is done: move to what follows it. */
  private void valueDone() {
    switch (kind) {
      case OBJECT:
      case OBJECT_BY_NAME:
        nextKind = ++index < length ? K_NAME : K_END_OBJECT;
        break;
      case ARRAY:
        index++;
        elementAtIndex();
        break;
      default:
        nextKind = K_END_DOCUMENT;
    }
  }

  private void elementAtIndex() {
    if (index < length) {
      next = arrayElement(container, index);
      nextKind = kindOf(next);
    } else {
      nextKind = K_END_ARRAY;
    }
  }

  private void grow() {
    int n = savedKind.length * 2;
    savedKind = java.util.Arrays.copyOf(savedKind, n);
    savedIndex = java.util.Arrays.copyOf(savedIndex, n);
    savedLength = java.util.Arrays.copyOf(savedLength, n);
    savedName = java.util.Arrays.copyOf(savedName, n);
  }

  private static String javaName(JSObject key) {
    int slot = nameSlot(key, NAME_CACHE_SIZE - 1);
    String cached = NAME_CACHE[slot];
    if (cached != null && sameString(cached, key)) return cached;
    String fresh = asString(key);
    NAME_CACHE[slot] = fresh;
    return fresh;
  }

  @JSBody(params = {"k", "mask"}, script = "var n = k.length; return n === 0 ? 0"
      + " : (n * 31 + k.charCodeAt(0) * 7 + k.charCodeAt(n - 1) * 3 + k.charCodeAt(n >> 1)) & mask;")
  private static native int nameSlot(JSObject k, int mask);

  @JSBody(params = {"a", "b"}, script = "return a === b;")
  private static native boolean sameString(String a, JSObject b);


  /**
   * Object.keys, or undefined when a key is integer-like: JS lists those first, in numeric order,
   * whatever the document's order was (a Map's entries would come out reordered).
   */
  @JSBody(params = "o", script = "var k = Object.keys(o); if (k.length > 1) { for (var i = 0; i < k.length; i++) {"
      + " var c = k[i].charCodeAt(0); if (c >= 48 && c <= 57) return undefined; } } return k;")
  private static native JSObject keysInDocumentOrder(JSObject o);





  @JSBody(params = {"o", "k"}, script = "return o[k];")
  private static native JSObject property(JSObject o, JSObject k);



  @JSBody(params = {"o", "k"}, script = "return Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined;")
  private static native JSObject ownProperty(JSObject o, String k);




}
