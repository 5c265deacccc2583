package dev.workers4j.testing.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * JsJson against V8: json-stringify-cases.jsonl holds [input, JSON.stringify(JSON.parse(input))]
 * pairs printed by Node 20 (V8), covering key order, number forms, string escapes and repeated keys.
 */
class JsJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void stringifiesAsV8Does() throws Exception {
        int cases = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("json-stringify-cases.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode pair = MAPPER.readTree(line);
                assertEquals(pair.get(1).asText(), JsJson.stringify(pair.get(0).asText()), pair.get(0).asText());
                cases++;
            }
        }
        assertTrue(cases >= 6, "the cases file was read");
    }

    @Test
    void numbersAsNumberToString() {
        assertEquals("5e-7", JsNumber.toString(5e-7));
        assertEquals("0.000005", JsNumber.toString(5e-6));
        assertEquals("100000000000000000000", JsNumber.toString(1e20));
        assertEquals("1e+21", JsNumber.toString(1e21));
        assertEquals("-1.5", JsNumber.toString(-1.5));
        assertEquals("0.30000000000000004", JsNumber.toString(0.1 + 0.2));
        assertEquals("2e-323", JsNumber.toString(2e-323));
    }
}
