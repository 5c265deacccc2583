package dev.workers4j.json;

import java.math.BigDecimal;

/**
 * A document a runtime has already parsed (workerd: JSON.parse), read by generated codecs
 * without a token-by-token reader: {@link JsonCodec#readTree(JsonTree)} looks each of its
 * properties up by name and converts the value in place. There is no cursor, stack or token
 * state; the tree holds one <em>current value</em>, set by {@link #field}, {@link #element} or
 * {@link #root()}, which the value methods convert.
 *
 * <p>Like the parsed-tree reader, it answers only what the tree tells exactly: anything else
 * (a wrong type, a missing required property, a number whose text matters) throws a
 * {@link JsonException}, and {@link Json#fromJson(JsonCodec, String)} reads the text again with
 * the exact reader, whose value or error is the reference.
 *
 * <p>Objects and arrays are named by int handles ({@link #enterObject()}, {@link
 * #enterArray()}), so codecs never hold the runtime's values in Java variables.
 */
public abstract class JsonTree {
  /** {@link #field}: the object has no such own property. */
  public static final int ABSENT = -1;

  protected JsonTree() {}

  /** Makes the whole document the current value. */
  public abstract void root();

  /**
   * Makes property {@code fields.name(index)} of object {@code object} the current value;
   * false (and no current value) when the object has no such property.
   */
  public abstract boolean field(int object, JsonFields fields, int index);

  /** Makes element {@code index} of array {@code array} the current value. */
  public abstract void element(int array, int index);

  public abstract boolean isNull();

  /** The current value, an object, as a handle for {@link #field}. */
  public abstract int enterObject();

  /** The current value, an array, as a handle for {@link #element} and {@link #length}. */
  public abstract int enterArray();

  public abstract int length(int array);

  /**
   * The current value, an object read as a map, as a handle for {@link #keyCount}, {@link #key}
   * and {@link #member}: its own keys in document order. Undecided when the runtime cannot give
   * that order (JS lists integer-like keys first).
   */
  public abstract int enterMap();

  public abstract int keyCount(int map);

  /** Key {@code index} of map {@code map}, in document order. */
  public abstract String key(int map, int index);

  /** Makes the value of key {@code index} of map {@code map} the current value. */
  public abstract void member(int map, int index);

  public abstract String stringValue();

  public abstract boolean booleanValue();

  public abstract int intValue();

  public abstract long longValue();

  public abstract double doubleValue();

  public abstract float floatValue();

  /** A decimal from a string ("12.50", as Shopify sends money); a JSON number is undecided. */
  public abstract BigDecimal decimalValue();

  /**
   * True when the tree holds what JSON.parse made (workerd): generated codecs then read objects
   * through their companion ({@code Codec.Js}), which looks properties up by constant name and
   * converts them without a call into the tree per value. False on the JVM's trees.
   */
  public boolean isParsedJs() {
    return false;
  }

  /** The current value as the JS value it is (only when {@link #isParsedJs()}). */
  public org.teavm.jso.JSObject currentJs() {
    throw new UnsupportedOperationException("not a JSON.parse tree");
  }

  /** Makes a JS value (a property a companion looked up) the current value. */
  public void currentJs(org.teavm.jso.JSObject value) {
    throw new UnsupportedOperationException("not a JSON.parse tree");
  }

  /** A decimal from a JS value (a money string), as {@link #decimalValue()} converts it. */
  public BigDecimal decimalJs(org.teavm.jso.JSObject value) {
    throw new UnsupportedOperationException("not a JSON.parse tree");
  }

  /** The current value as a reader, for codecs that read through {@link JsonReader} only. */
  public abstract JsonReader reader();

  /** The exception that sends {@code Json.fromJson} back to the text: {@code what} was not decided. */
  public abstract JsonException undecided(String what);
}
