package dev.workers4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Validation collects every field's problem and throws them as one 400 invalid_request. */
class ValidationTest {
    @Test
    void collectsEveryProblemThenThrowsOnce() {
        Validation v = new Validation();
        assertNull(v.date("date_from", "2024-02-30", null));
        assertNull(v.integer("limit", "201", 1, 200, 50));
        assertNull(v.oneOf("granularity", "year", "day", "day", "week", "month"));
        v.require("to", null);
        InvalidRequestException e = assertThrows(InvalidRequestException.class, v::throwIfInvalid);
        assertEquals(400, e.status());
        assertEquals("invalid_request", e.code());
        assertEquals(4, e.fields().size());
        assertEquals(new FieldProblem("date_from", "must be a date written YYYY-MM-DD"), e.fields().get(0));
        assertEquals("to", e.fields().get(3).field());
    }

    @Test
    void absentValuesTakeTheirDefaults() {
        Validation v = new Validation();
        assertEquals(50, v.integer("limit", null, 1, 200, 50));
        assertEquals("day", v.oneOf("granularity", "", "day", "day", "week"));
        assertEquals(LocalDate.of(2024, 2, 29), v.date("from", "2024-02-29", null));
        assertEquals(7L, v.id("id", "7", null));
        v.throwIfInvalid();
    }

    @Test
    void parsersRefuseWhatIsNotExactlyTheirFormat() {
        assertNull(Validation.parseDate("2024-2-01"));
        assertNull(Validation.parseDate("2023-02-29"));
        assertNull(Validation.parseLong("12a"));
        assertNull(Validation.parseLong("1234567890123456789"));
        org.junit.jupiter.api.Assertions.assertTrue(Validation.isDecimal("-12.50"));
        org.junit.jupiter.api.Assertions.assertFalse(Validation.isDecimal("1e5"));
        org.junit.jupiter.api.Assertions.assertFalse(Validation.isDecimal("1."));
        Validation v = new Validation();
        assertNull(v.code("product_line", "iph", 2, 12));
        assertNull(v.httpUrl("source_url", "ftp://x", 100));
        assertNull(v.nonNegative("target", new BigDecimal("-1"), new BigDecimal("1000"), 2));
        assertNull(v.nonNegative("target", new BigDecimal("1.001"), new BigDecimal("1000"), 2));
        assertEquals(4, v.problems().size());
    }

    @Test
    void theErrorBodyListsTheFields() {
        Response r = ErrorResponses.invalidRequest(InvalidRequestException.of("date_from", "is required"), "r1");
        assertEquals(400, r.status());
        assertEquals("{\"error\":{\"code\":\"invalid_request\",\"message\":\"the request is invalid: date_from: is required\","
                + "\"request_id\":\"r1\",\"fields\":[{\"field\":\"date_from\",\"problem\":\"is required\"}]}}", r.text());
    }
}
