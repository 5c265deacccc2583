package dev.workers4j.json.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.workers4j.json.Decimals;
import dev.workers4j.json.Floats;
import dev.workers4j.json.JsonException;
import dev.workers4j.json.JsonReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The reading rules every runtime's reader shares (see JsonReader), checked on the exact reader. */
class NumberReadingTest {
  @Test
  void integersWrittenWithAFractionOrExponentAreReadThroughTheDouble() {
    assertEquals(1L, JsonReader.of("1.0").nextLong());
    assertEquals(2000L, JsonReader.of("2e3").nextLong());
    assertEquals(0L, JsonReader.of("-0.0").nextLong());
    assertEquals(BigInteger.valueOf(12), JsonReader.of("1.2e1").nextBigInteger());
    assertEquals(9007199254740993L, JsonReader.of("9007199254740993").nextLong(), "plain integers stay exact");
    JsonException fraction = assertThrows(JsonException.class, () -> JsonReader.of("1.5").nextLong());
    assertEquals("expected an integer but found 1.5", fraction.reason());
    assertThrows(JsonException.class, () -> JsonReader.of("9.007199254740993e15").nextLong(), "beyond 2^53 via a double");
    assertThrows(JsonException.class, () -> JsonReader.of("3e9").nextInt());
  }

  @Test
  void aFloatOnARoundingTieIsDecidedByTheDecimal() {
    double halfway = 1.0 + Math.pow(2, -24); // exactly between 1.0f and the next float
    String justAbove = new BigDecimal(halfway).add(new BigDecimal(Math.pow(2, -60))).toPlainString();
    assertEquals(halfway, Double.parseDouble(justAbove), "the double rounds to the halfway point");
    assertEquals(Math.nextUp(1.0f), JsonReader.of(justAbove).nextFloat());
    assertEquals(Float.parseFloat(justAbove), JsonReader.of(justAbove).nextFloat());
    assertEquals(1.0f, JsonReader.of(new BigDecimal(halfway).toPlainString()).nextFloat(), "a true tie goes to even");
    assertEquals(true, Floats.isRoundingTie(halfway, 1.0f));
    assertEquals(false, Floats.isRoundingTie(0.1, 0.1f));
  }

  @Provide
  Arbitrary<String> decimalTexts() {
    Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(12);
    return Arbitraries.oneOf(
        digits,
        digits.map(d -> "-" + d),
        digits.flatMap(a -> digits.map(b -> a + "." + b)),
        digits.flatMap(a -> digits.map(b -> "-" + a + "." + b)),
        Arbitraries.of("1.", ".5", "1e5", "-1E-3", "+1", "0.000", "abc", "", "-", "1.2.3"));
  }

  @Property(tries = 2000)
  void decimalsParseAsBigDecimalDoes(@ForAll("decimalTexts") String text) {
    BigDecimal expected;
    try {
      expected = new BigDecimal(text);
    } catch (NumberFormatException e) {
      assertThrows(NumberFormatException.class, () -> Decimals.parse(text));
      return;
    }
    BigDecimal actual = Decimals.parse(text);
    assertEquals(expected, actual, text); // equals compares scale too
    assertEquals(expected.toString(), actual.toString(), text);
  }

  @Property(tries = 2000)
  void floatsParseAsFloatParseFloatDoes(@ForAll("decimalTexts") String text) {
    float expected;
    try {
      new BigDecimal(text);
      if (!text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?")) return; // JSON numbers only
      expected = Float.parseFloat(text);
    } catch (NumberFormatException e) {
      return;
    }
    assertEquals(expected, JsonReader.of(text).nextFloat(), text);
  }
}
