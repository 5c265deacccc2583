package dev.workers4j.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DigitsTest {
    @Test
    void wholeTextOfDigitsOnlyWithinTheBound() {
        assertEquals(1048576L, Digits.parse("1048576", 9));
        assertEquals(999999999999999999L, Digits.parse("999999999999999999", 30), "never past a long's 18 digits");
        assertNull(Digits.parse("9999999999999999999", 30));
        assertNull(Digits.parse("1234567890", 9));
        assertNull(Digits.parse("", 9));
        assertNull(Digits.parse(null, 9));
        assertNull(Digits.parse("-1", 9));
        assertNull(Digits.parse("1e6", 9));
        assertNull(Digits.parse(" 12", 9));
        assertEquals(42L, Digits.parse("gid://shopify/Order/42", 20, 22, 18));
    }

    @Test
    void leadingDigitsStopAtTheFirstOtherCharacter() {
        assertEquals(2L, Digits.leading("2.0", 0, 4));
        assertEquals(3600L, Digits.leading("max-age=3600, must-revalidate", 8, 9));
        assertNull(Digits.leading("soon", 0, 4));
        assertNull(Digits.leading("12345", 0, 4));
        assertNull(Digits.leading(null, 0, 4));
    }
}
