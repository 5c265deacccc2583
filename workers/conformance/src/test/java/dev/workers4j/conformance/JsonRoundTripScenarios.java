package dev.workers4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.json.Json;
import dev.workers4j.json.JsonCodec;
import dev.workers4j.json.JsonException;
import dev.workers4j.json.JsonWriter;
import dev.workers4j.json.fixtures.Job;
import dev.workers4j.json.fixtures.LedgerEntry;
import dev.workers4j.json.fixtures.LedgerEntry_JsonCodec;
import dev.workers4j.json.fixtures.Job_JsonCodec;
import dev.workers4j.json.fixtures.Moments;
import dev.workers4j.json.fixtures.Moments_JsonCodec;
import dev.workers4j.json.fixtures.OddNames_JsonCodec;
import dev.workers4j.json.fixtures.Order;
import dev.workers4j.json.fixtures.Order_JsonCodec;
import dev.workers4j.json.fixtures.SampleOrders;
import dev.workers4j.json.fixtures.Stamped;
import dev.workers4j.json.fixtures.Stamped_JsonCodec;
import dev.workers4j.testing.WorkerClient;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Generated codecs in the Worker: what it decodes and re-encodes must come back byte-identical to
 * the JVM's encoding of the same value. Played on the JVM and (the point) in workerd.
 */
abstract class JsonRoundTripScenarios {
    static final int ORDERS = 60;

    abstract WorkerClient worker();

    @Test
    void ordersRoundTripByteIdentical() {
        for (int seed = 1; seed <= ORDERS; seed++) {
            Order order = SampleOrders.order(seed, seed % 25);
            String jvm = Json.toJson(Order_JsonCodec.INSTANCE, order);
            Response response = worker().fetch(Request.builder("POST", "/json/order").body(jvm).build());
            assertEquals(200, response.status(), response.text());
            assertEquals(jvm, response.text(), "seed " + seed);
        }
    }

    @Test
    void jobsRoundTripIntoTheirSubtypes() {
        for (Job job : SampleOrders.jobs()) {
            String jvm = Json.toJson(Job_JsonCodec.INSTANCE, job);
            Response response = worker().fetch(Request.builder("POST", "/json/job").body(jvm).build());
            assertEquals(jvm, response.text());
            assertEquals(job, Json.fromJson(Job_JsonCodec.INSTANCE, response.text()));
        }
    }

    /**
     * Strings with everything JSON escapes (control characters, quote, backslash, lone and
     * reversed surrogates) and what it must not (U+2028, DEL, a slash, pairs): the workerd
     * writer quotes plain strings itself and leaves the rest to JSON.stringify.
     */
    @Test
    void stringsNeedingEscapesRoundTripByteIdentical() {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) controls.append(c);
        List<String> texts = List.of(controls.toString(), "\"quoted\"", "back\\slash", "a/b", "\u007f", "\u2028\u2029",
                "\ud83d\ude00", "\ud83d", "\ude00", "\ude00\ud83d", "x\ud83d y", "é日€", "", "plain SKU-1");
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) attributes.put(texts.get(i), texts.get(texts.size() - 1 - i));
        Order sample = SampleOrders.order(5, 2);
        Order order = new Order(sample.id(), texts.get(0), sample.createdAt(), sample.processedAt(), sample.businessDate(),
                sample.financialStatus(), texts.get(7), sample.totalPrice(), sample.subtotalPrice(), sample.totalTax(),
                sample.lineItems(), sample.customer(), java.util.Optional.of(texts.get(9)), new java.util.LinkedHashSet<>(texts),
                attributes, sample.taxLines(), sample.test(), texts.get(1), sample.totalWeightKg(), sample.sourceScore());
        String jvm = Json.toJson(Order_JsonCodec.INSTANCE, order);
        Response response = worker().fetch(Request.builder("POST", "/json/order").body(jvm).build());
        assertEquals(200, response.status(), response.text());
        assertSameText(jvm, response.text());
    }

    /** Numbers whose text matters: a reader built on JSON.parse must fall back to the text for them. */
    @Test
    void exactNumbersRoundTripByteIdentical() {
        Random random = new Random(5);
        for (int i = 0; i < 100; i++) {
            Map<String, Long> counters = new LinkedHashMap<>();
            counters.put(i % 3 == 0 ? String.valueOf(10 - i % 10) : "c" + i, random.nextLong());
            counters.put(String.valueOf(i % 10), (long) i);
            counters.put("z", i % 4 == 0 ? null : (1L << 53) + i);
            float ratio;
            do {
                ratio = Float.intBitsToFloat(random.nextInt());
            } while (Float.isNaN(ratio) || Float.isInfinite(ratio));
            LedgerEntry entry = new LedgerEntry(random.nextLong(),
                    i % 9 == 0 ? null : BigDecimal.valueOf(random.nextLong() >> random.nextInt(60), random.nextInt(22) - 6),
                    i % 7 == 0 ? null : new BigInteger(1 + random.nextInt(100), random),
                    List.of(BigDecimal.valueOf(random.nextInt(100_000), 2), new BigDecimal("-0.00"), new BigDecimal("1E+3")),
                    counters, ratio);
            String jvm = Json.toJson(LedgerEntry_JsonCodec.INSTANCE, entry);
            Response response = worker().fetch(Request.builder("POST", "/json/ledger").body(jvm).build());
            assertEquals(jvm, response.text(), "entry " + i);
        }
    }

    /** Odd but valid, and invalid, documents: the value or the error is the JVM's, path and position included. */
    @Test
    void edgeCaseDocumentsDecodeAsOnTheJvm() {
        BigDecimal floatTie = new BigDecimal(1.0 + Math.pow(2, -24)).add(new BigDecimal(Math.pow(2, -60)));
        List<String> documents = List.of(
                "{\"id\":1.0,\"ratio\":0.5}",
                "{\"id\":1.5,\"ratio\":0.5}",
                "{\"id\":2e3,\"ratio\":0.5}",
                "{\"id\":1e-400,\"ratio\":0.5}",
                "{\"id\":9007199254740993,\"ratio\":0.5}",
                "{\"id\":9.007199254740993e15,\"ratio\":0.5}",
                "{\"id\":-0,\"ratio\":-0.0}",
                "{\"id\":\"1\",\"ratio\":0.5}",
                "{\"id\":1,\"ratio\":" + floatTie.toPlainString() + "}",
                "{\"id\":1,\"ratio\":1e400}",
                "{\"id\":1,\"ratio\":0.1,\"amount\":12.50}",
                "{\"id\":1,\"ratio\":0.1,\"amount\":\"12.50\"}",
                "{\"id\":1,\"ratio\":0.1,\"amount\":\"12,50\"}",
                "{\"id\":1,\"ratio\":0.1,\"units\":1.0}",
                "{\"id\":1,\"ratio\":0.1,\"units\":123456789012345678901234567890}",
                "{\"id\":1,\"ratio\":0.1,\"splits\":[1,2.50,-0.00,1E+3,0.000001]}",
                "{\"id\":1,\"ratio\":0.1,\"splits\":[1,]}",
                "{\"id\":1,\"ratio\":0.1,\"counters\":{\"10\":1,\"2\":2,\"a\":3}}",
                "{\"id\":1,\"ratio\":0.1,\"counters\":{\"a\":9223372036854775807,\"b\":null}}",
                "{\"id\":1,\"ratio\":0.1,\"counters\":{\"a\":true}}",
                // Maps read from the parsed tree: keys that are not array indexes keep document order.
                "{\"id\":1,\"ratio\":0.1,\"counters\":{\"b\":1,\"__proto__\":2,\"constructor\":3,\"\":4,\"01\":5,\"-1\":6,"
                        + "\"4294967295\":7,\"1.5\":8,\"toString\":9}}",
                "{\"id\":1,\"ratio\":0.1,\"counters\":{\"a\":1,\"b\":2,\"a\":3}}",
                "{\"id\":1,\"ratio\":0.1,\"counters\":{\"z\":1,\"4294967294\":2}}",
                "{\"id\":1,\"ratio\":0.1,\"counters\":{}}",
                "{\"id\":1,\"ratio\":0.1,\"counters\":{\"\u00e9\":1,\"\u65e5\u672c\":2,\"\ud83d\ude00\":3,\"a\":\"x\"}}",
                "{\"id\":1,\"id\":2,\"ratio\":0.1}",
                "{\"ratio\":0.1}",
                "{\"id\":1,\"ratio\":0.1} x",
                "{\"id\":1,\"ratio\":0.1,\"extra\":{\"deep\":[[[{\"x\":[1,2,{\"y\":null}]}]]]}}",
                "[]",
                "null");
        for (String document : documents) assertDecodesAsOnTheJvm(LedgerEntry_JsonCodec.INSTANCE, "/json/ledger", document);
    }

    /**
     * The workerd reader looks a codec's names up in the parsed object: names every JS object
     * inherits must read as absent, and of a name and its alias the later one in the document wins.
     */
    @Test
    void inheritedNamesAndAliasesDecodeAsOnTheJvm() {
        List<String> documents = List.of(
                "{\"constructor\":\"c\",\"__proto__\":7,\"toString\":\"t\",\"hasOwnProperty\":5,\"aliased\":{\"quantity\":3,\"note\":\"n\"}}",
                "{}",
                "{\"aliased\":{\"qty\":1,\"count\":2}}",
                "{\"aliased\":{\"count\":2,\"qty\":1,\"note\":null}}",
                "{\"aliased\":{\"quantity\":4,\"qty\":1}}",
                "{\"aliased\":{\"note\":\"no quantity\"}}",
                "{\"constructor\":null,\"__proto__\":null,\"toString\":null,\"hasOwnProperty\":null}",
                "{\"toString\":5}",
                "{\"__proto__\":{\"a\":1}}",
                "{\"__proto__\":\"7\"}",
                "{\"valueOf\":1,\"isPrototypeOf\":[1],\"constructor\":\"only\"}");
        for (String document : documents) assertDecodesAsOnTheJvm(OddNames_JsonCodec.INSTANCE, "/json/odd-names", document);
    }

    /**
     * The workerd writer formats dates and times in JS and reads instants through doubles where
     * they are exact: every width of year, fraction and offset must come out as on the JVM.
     */
    @Test
    void datesAndTimesAtTheEdgesOfTheirLayoutRoundTripByteIdentical() {
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.ofEpochSecond(-1), Instant.ofEpochSecond(0, 1),
                Instant.ofEpochSecond(0, 1_000), Instant.ofEpochSecond(0, 1_000_000), Instant.ofEpochSecond(-1, 999_999_999),
                Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("-0001-12-31T23:59:59.5Z"), Instant.parse("0000-02-29T12:00:00Z"),
                Instant.ofEpochSecond(99_999_999_999_999L), Instant.ofEpochSecond(100_000_000_000_000L),
                Instant.ofEpochSecond(-100_000_000_000_000L, 120_000_000), Instant.MIN, Instant.MAX));
        Random random = new Random(23);
        for (int i = 0; i < 200; i++) {
            instants.add(Instant.ofEpochSecond((random.nextLong() >> random.nextInt(40)) % 300_000_000_000_000L,
                    i % 3 == 0 ? 0 : random.nextInt(1_000_000_000)));
        }
        List<OffsetDateTime> offsetDateTimes = new ArrayList<>();
        int[] offsets = {0, 3600, -3600, 19_800, -34_200, 64_800, -64_800, 1, -61, 45_296};
        for (int i = 0; i < instants.size(); i++) {
            Instant instant = instants.get(i);
            if (instant.equals(Instant.MIN) || instant.equals(Instant.MAX)) continue; // no offset fits beyond them
            offsetDateTimes.add(OffsetDateTime.ofInstant(instant, ZoneOffset.ofTotalSeconds(offsets[i % offsets.length])));
        }
        List<LocalDate> dates = new ArrayList<>(List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(0, 1, 1),
                LocalDate.of(-1, 12, 31), LocalDate.of(10_000, 1, 1), LocalDate.of(2024, 2, 29)));
        for (int i = 0; i < 100; i++) dates.add(LocalDate.ofEpochDay(random.nextInt(4_000_000) - 2_000_000));
        String jvm = Json.toJson(Moments_JsonCodec.INSTANCE, new Moments(instants, offsetDateTimes, dates));
        Response response = worker().fetch(Request.builder("POST", "/json/moments").body(jvm).build());
        assertEquals(200, response.status(), response.text());
        assertSameText(jvm, response.text());
    }

    /**
     * UUIDs (TeaVM's UUID only wraps text: the codec checks and lower-cases it) and local
     * date-times at the edges of their layout, read in upper case too: the JVM's text comes back.
     */
    @Test
    void uuidsAndLocalDateTimesRoundTripAsOnTheJvm() {
        Random random = new Random(31);
        List<UUID> refs = new ArrayList<>(List.of(new UUID(0, 0), new UUID(-1, -1), UUID.fromString("00000000-0000-0001-0000-000000000001")));
        for (int i = 0; i < 100; i++) refs.add(new UUID(random.nextLong(), random.nextLong()));
        List<LocalDateTime> times = new ArrayList<>(List.of(LocalDateTime.MIN, LocalDateTime.MAX, LocalDateTime.of(0, 1, 1, 0, 0),
                LocalDateTime.of(-1, 12, 31, 23, 59, 59, 1), LocalDateTime.of(10_000, 1, 1, 0, 0, 0, 1_000),
                LocalDateTime.of(2024, 2, 29, 12, 30, 0, 120_000_000)));
        for (int i = 0; i < 100; i++) {
            times.add(LocalDateTime.ofEpochSecond(random.nextInt(2_000_000_000) * (i % 2 == 0 ? 1L : -40L),
                    i % 3 == 0 ? 0 : random.nextInt(1_000_000_000), ZoneOffset.UTC));
        }
        Stamped value = new Stamped(refs.get(3), times.get(5), refs, times, Optional.of(refs.get(4)));
        String jvm = Json.toJson(Stamped_JsonCodec.INSTANCE, value);
        String upperCase = jvm;
        for (UUID ref : refs) upperCase = upperCase.replace(ref.toString(), ref.toString().toUpperCase());
        for (String document : List.of(jvm, upperCase)) {
            Response response = worker().fetch(Request.builder("POST", "/json/stamped").body(document).build());
            assertEquals(200, response.status(), response.text());
            assertSameText(jvm, response.text());
        }
    }

    @Test
    void badUuidsAndLocalDateTimesFailAsOnTheJvm() {
        String id = "\"id\":\"123e4567-e89b-12d3-a456-426614174000\"";
        for (String document : List.of("{\"id\":\"1-2-3-4-5\"}", "{\"id\":\"123e4567e89b12d3a456426614174000\"}",
                "{\"id\":\"123e4567-e89b-12d3-a456-42661417400g\"}", "{\"id\":12}", "{\"id\":null}",
                "{" + id + ",\"refs\":[\"x\"]}", "{" + id + ",\"created_at\":\"2024-03-05T07:08:09Z\"}",
                "{" + id + ",\"created_at\":\"2024-02-30T07:08\"}", "{" + id + ",\"times\":[\"2024-03-05T07:08\"]}")) {
            assertDecodesAsOnTheJvm(Stamped_JsonCodec.INSTANCE, "/json/stamped", document);
        }
    }

    /** Well-formed JSON without a required property is an incomplete request, not malformed JSON. */
    @Test
    void aMissingRequiredFieldIs400InvalidRequestNamingTheField() {
        Response response = worker().fetch(Request.builder("POST", "/json/stamped").body("{\"refs\":[]}").build());
        assertEquals(400, response.status(), response.text());
        assertTrue(response.text().contains("\"code\":\"invalid_request\""), response.text());
        assertTrue(response.text().contains("\"message\":\"missing required property 'id' at $.id (position 10)\""),
                response.text());
    }

    /** The decoded value re-encoded, or the JVM's error message, path and position included. */
    private <T> void assertDecodesAsOnTheJvm(JsonCodec<T> codec, String path, String document) {
        int status;
        String expected;
        try {
            status = 200;
            expected = Json.toJson(codec, Json.fromJson(codec, document));
        } catch (JsonException e) {
            status = 400;
            String quoted = JsonWriter.create().value(e.getMessage()).toString();
            expected = quoted.substring(1, quoted.length() - 1);
        }
        Response response = worker().fetch(Request.builder("POST", path).body(document).build());
        assertEquals(status, response.status(), document + " -> " + response.text());
        if (status == 200) {
            assertEquals(expected, response.text(), document);
        } else {
            assertTrue(response.text().contains(expected), document + ": expected " + expected + " in " + response.text());
        }
    }

    /**
     * Long.numberOfLeadingZeros has a native JS body in the TeaVM build; BigDecimal arithmetic
     * picks its long or BigInteger path by it, so sums, products and precision show a wrong count.
     */
    @Test
    void leadingZerosAndTheDecimalsBuiltOnThemMatchTheJvm() {
        List<Long> values = new ArrayList<>(List.of(0L, 1L, -1L, 2L, 255L, (1L << 31) - 1, 1L << 31, (1L << 32) - 1, 1L << 32,
                (1L << 32) + 1, (1L << 53) - 1, 1L << 53, (1L << 53) + 1, -(1L << 53), Long.MAX_VALUE, Long.MIN_VALUE,
                Long.MIN_VALUE + 1, 3037000499L, 3037000500L, 999_999_999L, -999_999_999L));
        Random random = new Random(17);
        for (int i = 0; i < 300; i++) values.add(random.nextLong() >> random.nextInt(64));
        StringBuilder lines = new StringBuilder();
        for (long value : values) lines.append(lines.length() == 0 ? "" : "\n").append(value);
        Response response = worker().fetch(Request.builder("POST", "/json/leading-zeros").body(lines.toString()).build());
        assertEquals(200, response.status(), response.text());
        assertSameText(LongBits.describe(lines.toString()), response.text());
    }

    /**
     * Money strings up to nine digits are built into BigDecimals by the workerd tree itself (not by
     * the class library's valueOf), longer ones by Decimals.parse: their arithmetic, text,
     * precision and equality must be the JVM's.
     */
    @Test
    void decimalsDecodedFromMoneyStringsBehaveAsOnTheJvm() {
        List<String> prices = new ArrayList<>(List.of("0", "0.0", "0.00", "-0.00", "1", "-1", "12", "0.5", "-0.5", "12.30",
                "-12.30", "0.000000001", "-0.000000001", "999999999", "-999999999", "9999999.99", "-9999999.99",
                "99999.9999", "0.10", "1.000000000", "214748.3647", "214748.3648", "-214748.3648", "100.000", "7.5",
                // Beyond nine digits or in exponent form: Decimals.parse's general path.
                "0.0000000001", "-0.00000000012", "0.000123456789", "12345678901.23", "-98765432109876543210.5",
                "1E+3", "-2.5E-7", "0E-12"));
        Random random = new Random(23);
        for (int i = 0; i < 200; i++) {
            int digits = 1 + random.nextInt(9);
            StringBuilder price = new StringBuilder(random.nextBoolean() ? "-" : "");
            for (int d = 0; d < digits; d++) price.append(random.nextInt(10));
            int point = random.nextInt(digits + 1);
            if (point > 0 && point < digits) price.insert(price.length() - point, '.');
            prices.add(price.toString());
        }
        StringBuilder items = new StringBuilder();
        for (String price : prices) {
            items.append(items.length() == 0 ? "" : ",").append("{\"id\":1,\"quantity\":1,\"price\":\"").append(price)
                    .append("\",\"tax_lines\":[]}");
        }
        String document = "{\"id\":1,\"test\":false,\"total_weight_kg\":0,\"line_items\":[" + items + "]}";
        Response response = worker().fetch(Request.builder("POST", "/json/money").body(document).build());
        assertEquals(200, response.status(), response.text());
        assertSameText(MoneyFacts.describe(Json.fromJson(Order_JsonCodec.INSTANCE, document)), response.text());
    }

    /** The workerd writer prints doubles and decimals through the engine; the text must be the JVM's. */
    @Test
    void numbersWriteTheSameTextAsOnTheJvm() {
        Random random = new Random(11);
        List<Double> doubles = new ArrayList<>(List.of(0.0, -0.0, 1.0, -5.0, 0.001, 0.00099, 1e7, 9999999.5, 1e21, 5e-324,
                Double.MAX_VALUE, 0.1 + 0.2, 123456.789, 1.0 / 3));
        for (int i = 0; i < 3000; i++) {
            switch (i % 3) {
                case 0: doubles.add((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12) - 4)); break;
                case 1: doubles.add(Math.round(random.nextDouble() * 1e6) / Math.pow(10, random.nextInt(7))); break;
                default:
                    double d = Double.longBitsToDouble(random.nextLong());
                    if (!Double.isNaN(d) && !Double.isInfinite(d)) doubles.add(d);
            }
        }
        List<Float> floats = new ArrayList<>(List.of(0.1f, -0.0f, 1e7f, Float.MIN_VALUE, Float.MAX_VALUE));
        for (int i = 0; i < 500; i++) floats.add((float) ((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(10) - 3)));
        List<BigDecimal> decimals = new ArrayList<>(List.of(new BigDecimal("0.00"), new BigDecimal("-0.000001"),
                new BigDecimal("0.0000001"), new BigDecimal("1E+3"), new BigDecimal("123456789012345678901234567890.12")));
        for (int i = 0; i < 1000; i++) decimals.add(BigDecimal.valueOf(random.nextLong() >> random.nextInt(64), random.nextInt(20) - 2));
        JsonWriter request = JsonWriter.create().beginObject().name("doubles").beginArray();
        for (double d : doubles) request.value(d);
        request.endArray().name("floats").beginArray();
        for (float f : floats) request.value(f);
        request.endArray().name("decimals").beginArray();
        for (BigDecimal d : decimals) request.value(d.toString());
        request.endArray().endObject();
        Response response = worker().fetch(Request.builder("POST", "/json/numbers").body(request.toString()).build());
        assertEquals(200, response.status(), response.text());
        assertSameText(NumberEcho.write(doubles, floats, decimals), response.text());
    }

    /** Long texts: report the first difference, not both texts whole. */
    private static void assertSameText(String expected, String actual) {
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) i++;
        if (i == expected.length() && i == actual.length()) return;
        int from = Math.max(0, i - 60);
        assertEquals(expected.substring(from, Math.min(expected.length(), i + 40)),
                actual.substring(from, Math.min(actual.length(), i + 40)), "first difference at char " + i);
    }

    @Test
    void jsonLinesDecodeLineByLineAsOnTheJvm() {
        StringBuilder jsonl = new StringBuilder();
        for (int seed = 1; seed <= 30; seed++) {
            jsonl.append(Json.toJson(Order_JsonCodec.INSTANCE, SampleOrders.order(seed, seed % 7))).append(seed % 2 == 0 ? "\r\n" : "\n");
            if (seed % 10 == 0) jsonl.append("\n"); // blank lines are skipped
        }
        Response response = worker().fetch(Request.builder("POST", "/json/lines").body(jsonl.toString()).build());
        assertEquals(200, response.status(), response.text());
        assertEquals(jsonl.toString().replace("\r\n", "\n").replace("\n\n", "\n"), response.text());

        String bad = jsonl.substring(0, jsonl.indexOf("\n") + 1) + "{\"id\":\"x\"}\n";
        Response error = worker().fetch(Request.builder("POST", "/json/lines").body(bad).build());
        assertEquals(400, error.status(), error.text());
        assertTrue(error.text().contains("line 2: expected an integer but found a string"), error.text());
    }

    @Test
    void aWrongTypeIs400NamingTheFieldPath() {
        Order order = SampleOrders.order(7, 6);
        String json = Json.toJson(Order_JsonCodec.INSTANCE, order);
        int items = json.indexOf("\"line_items\"");
        int fourth = items;
        for (int i = 0; i < 4; i++) {
            fourth = json.indexOf("\"quantity\":", fourth + 1);
        }
        int valueStart = fourth + "\"quantity\":".length();
        int valueEnd = valueStart;
        while (Character.isDigit(json.charAt(valueEnd)) || json.charAt(valueEnd) == '-') {
            valueEnd++;
        }
        String broken = json.substring(0, valueStart) + "\"three\"" + json.substring(valueEnd);
        Response response = worker().fetch(Request.builder("POST", "/json/order").body(broken).build());
        assertEquals(400, response.status());
        assertTrue(response.text().contains("$.line_items[3].quantity"), response.text());
        assertTrue(response.text().contains("malformed_json"), response.text());
    }

    @Test
    void truncatedJsonIs400() {
        String json = Json.toJson(Order_JsonCodec.INSTANCE, SampleOrders.order(3, 2));
        Response response = worker().fetch(Request.builder("POST", "/json/order").body(json.substring(0, json.length() / 2)).build());
        assertEquals(400, response.status(), response.text());
    }

    @Test
    void benchRoutesAgreeWithTheNativeParser() {
        String json = Json.toJson(Order_JsonCodec.INSTANCE, SampleOrders.order(11, 20));
        String codec = worker().fetch(Request.builder("POST", "/json/bench/codec/decode?n=3").body(json).build()).text();
        String nativeJson = worker().fetch(Request.builder("POST", "/json/bench/native/decode?n=3").body(json).build()).text();
        assertEquals("60", codec);
        assertEquals(codec, nativeJson);
    }
}
