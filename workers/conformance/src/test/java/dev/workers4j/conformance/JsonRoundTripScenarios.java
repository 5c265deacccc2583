package dev.workers4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.json.Json;
import dev.workers4j.json.fixtures.Job;
import dev.workers4j.json.fixtures.Job_JsonCodec;
import dev.workers4j.json.fixtures.Order;
import dev.workers4j.json.fixtures.Order_JsonCodec;
import dev.workers4j.json.fixtures.SampleOrders;
import dev.workers4j.testing.WorkerClient;
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
