package dev.workers4j.json.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workers4j.json.Json;
import dev.workers4j.json.JsonCodecs;
import dev.workers4j.json.JsonReader;
import dev.workers4j.json.JsonWriter;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Doubles are written by our own rule (shortest digits that read back, Java-style layout), so
 * the text is the same on the JVM and in TeaVM. These pin the rule down.
 */
class NumberFormatTest {
  private static String d(double v) {
    return JsonWriter.create().value(v).toString();
  }

  private static String f(float v) {
    return JsonWriter.create().value(v).toString();
  }

  @Test
  void layoutFollowsJavaDoubleToString() {
    assertEquals("0.0", d(0));
    assertEquals("-0.0", d(-0.0));
    assertEquals("1.0", d(1));
    assertEquals("0.1", d(0.1));
    assertEquals("0.30000000000000004", d(0.1 + 0.2));
    assertEquals("123456.789", d(123456.789));
    assertEquals("0.001", d(0.001));
    assertEquals("9.99E-4", d(0.000999));
    assertEquals("1.0E7", d(1e7));
    assertEquals("9999999.0", d(9999999));
    assertEquals("1.0E23", d(1e23)); // JDK 17 prints 1.0E23 too; 9.999999999999999E22 is not shortest
    assertEquals("2.0E-3".replace("2.0E-3", "0.002"), d(0.002));
    assertEquals("4.9E-324", d(Double.MIN_VALUE));
    assertEquals("1.7976931348623157E308", d(Double.MAX_VALUE));
    assertEquals("-1.5E-10", d(-1.5e-10));
    assertEquals("9.007199254740992E15", d(9007199254740992.0));
  }

  @Test
  void floatsUseFloatPrecision() {
    assertEquals("0.1", f(0.1f));
    assertEquals("3.4028235E38", f(Float.MAX_VALUE));
    assertEquals("1.4E-45", f(Float.MIN_VALUE));
    assertEquals("1.0E7", f(1e7f));
  }

  @Property(tries = 5000)
  void everyDoubleReadsBackExactly(@ForAll double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) return;
    String text = d(v);
    assertEquals(v, Double.parseDouble(text), text);
    assertEquals(v, JsonReader.of(text).nextDouble(), text);
  }

  @Property(tries = 5000)
  void rawBitDoublesReadBackAndAreNoLongerThanJdk(@ForAll long bits) {
    double v = Double.longBitsToDouble(bits);
    if (Double.isNaN(v) || Double.isInfinite(v)) return;
    String text = d(v);
    assertEquals(v, Double.parseDouble(text), text);
    // At least 2 digits, like JDK 19+ (9.9E-324 where JDK 17 prints 1.0E-323).
    assertEquals(true, digits(text) <= Math.max(2, digits(Double.toString(v))), text + " vs " + v);
  }

  @Property(tries = 3000)
  void everyFloatReadsBackExactly(@ForAll int bits) {
    float v = Float.intBitsToFloat(bits);
    if (Float.isNaN(v) || Float.isInfinite(v)) return;
    String text = f(v);
    assertEquals(v, Float.parseFloat(text), text);
  }

  @Test
  void bigDecimalKeepsScale() {
    BigDecimal price = new BigDecimal("12.50");
    assertEquals("12.50", Json.toJson(JsonCodecs.BIG_DECIMAL, price));
    assertEquals(price, Json.fromJson(JsonCodecs.BIG_DECIMAL, "12.50"));
    assertEquals(price, Json.fromJson(JsonCodecs.BIG_DECIMAL, "\"12.50\"")); // Shopify sends strings
    assertEquals(new BigDecimal("12345678901234567890.123456789"),
        Json.fromJson(JsonCodecs.BIG_DECIMAL, "12345678901234567890.123456789"));
  }

  private static int digits(String s) {
    int e = s.indexOf('E');
    String mantissa = e < 0 ? s : s.substring(0, e);
    String d = mantissa.replace("-", "").replace(".", "").replaceAll("^0+", "").replaceAll("0+$", "");
    return d.length();
  }
}
