package dev.workers4j.json.parity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workers4j.json.Decimals;
import dev.workers4j.json.Floats;
import dev.workers4j.json.JsonException;
import dev.workers4j.json.JsonFields;
import dev.workers4j.json.JsonReader;
import dev.workers4j.json.JsonTree;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A JsonTree over jackson-databind's tree, answering as the workerd tree does over JSON.parse
 * (numbers seen only as doubles, decimals only from strings), so the generated readTree code
 * runs on the JVM under the property tests. A test double: workerd runs the real one.
 */
final class JacksonTree extends JsonTree {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode root;
  private static final java.util.regex.Pattern ARRAY_INDEX = java.util.regex.Pattern.compile("0|[1-9][0-9]*");

  private final List<JsonNode> entered = new ArrayList<>();
  private final java.util.Map<Integer, List<String>> mapKeys = new java.util.HashMap<>();
  private JsonNode current;

  JacksonTree(String json) {
    try {
      this.root = JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void root() {
    current = root;
  }

  @Override
  public boolean field(int object, JsonFields fields, int index) {
    JsonNode value = entered.get(object).get(fields.name(index));
    if (value == null) return false;
    current = value;
    return true;
  }

  @Override
  public void element(int array, int index) {
    current = entered.get(array).get(index);
  }

  @Override
  public boolean isNull() {
    return current.isNull();
  }

  @Override
  public int enterObject() {
    if (!current.isObject()) throw undecided("an object");
    entered.add(current);
    return entered.size() - 1;
  }

  @Override
  public int enterArray() {
    if (!current.isArray()) throw undecided("an array");
    entered.add(current);
    return entered.size() - 1;
  }

  @Override
  public int length(int array) {
    return entered.get(array).size();
  }

  @Override
  public int enterMap() {
    if (!current.isObject()) throw undecided("an object");
    List<String> keys = new ArrayList<>();
    current.fieldNames().forEachRemaining(keys::add);
    // JSON.parse's object lists integer-like keys first: the workerd tree declines those maps.
    for (String key : keys) {
      if (ARRAY_INDEX.matcher(key).matches() && Double.parseDouble(key) < 4294967295.0) {
        throw undecided("a map with integer-like keys");
      }
    }
    entered.add(current);
    mapKeys.put(entered.size() - 1, keys);
    return entered.size() - 1;
  }

  @Override
  public int keyCount(int map) {
    return mapKeys.get(map).size();
  }

  @Override
  public String key(int map, int index) {
    return mapKeys.get(map).get(index);
  }

  @Override
  public void member(int map, int index) {
    current = entered.get(map).get(key(map, index));
  }

  @Override
  public String stringValue() {
    if (!current.isTextual()) throw undecided("a string");
    return current.textValue();
  }

  @Override
  public boolean booleanValue() {
    if (!current.isBoolean()) throw undecided("a boolean");
    return current.booleanValue();
  }

  @Override
  public int intValue() {
    double d = number();
    if (d != Math.floor(d) || d < Integer.MIN_VALUE || d > Integer.MAX_VALUE) throw undecided("an int");
    return (int) d;
  }

  @Override
  public long longValue() {
    double d = number();
    if (!JsonReader.isExactInteger(d)) throw undecided("an integer beyond 2^53");
    return (long) d;
  }

  @Override
  public double doubleValue() {
    double d = number();
    if (Double.isInfinite(d)) throw undecided("a number beyond double's range");
    return d;
  }

  @Override
  public float floatValue() {
    float f = Floats.fromNearestDouble(number());
    if (Float.isNaN(f)) throw undecided("a float on a rounding tie");
    return f;
  }

  @Override
  public BigDecimal decimalValue() {
    if (!current.isTextual()) throw undecided("a decimal number");
    try {
      return Decimals.parse(current.textValue());
    } catch (NumberFormatException e) {
      throw undecided("a decimal string that does not parse");
    }
  }

  @Override
  public JsonReader reader() {
    return JsonReader.of(current.toString());
  }

  @Override
  public JsonException undecided(String what) {
    return new JsonException("the parsed tree cannot decide " + what, "$", -1);
  }

  /** The number as JSON.parse has it: the nearest double. */
  private double number() {
    if (!current.isNumber()) throw undecided("a number");
    return Double.parseDouble(current.asText());
  }
}
