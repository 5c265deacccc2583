package dev.workers4j.queueparity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.testing.WorkerClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The queue producer's scenarios, played on the JVM against the fake queues
 * ({@link QueueParityOnJvmTest}) and in workerd against miniflare's local queues
 * ({@link QueueParityInWorkerdTest}) with the same assertions. What the Worker's own queue
 * handler received is read back through {@code GET /received}; delivery is asynchronous in
 * workerd, so {@link #awaitReceived} polls, moving time on between reads ({@link #tick()}).
 */
abstract class QueueParityScenarios {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The Worker under test, on one runtime or the other. */
    abstract WorkerClient worker();

    /** Lets time pass between two reads of what was received: a virtual second, or a real moment. */
    abstract void tick();

    /** How many ticks {@link #awaitReceived} may wait. */
    abstract int maxTicks();

    // ---- send ----

    @Test
    void jsonArrivesAsItsParsedValue() {
        assertEquals(200, post("/send?type=json", "{ \"tag\": \"json-1\", \"n\": 1.5, \"list\": [1, 2],\n \"s\": \"café\" }").status());
        assertEquals(200, post("/send?type=json", "\"json-string-1\"").status());
        assertEquals(List.of("{\"tag\":\"json-1\",\"n\":1.5,\"list\":[1,2],\"s\":\"café\"}"),
                bodies(awaitReceived(b -> b.contains("json-1"), 1)));
        List<JsonNode> strings = awaitReceived(b -> b.equals("json-string-1"), 1);
        assertEquals(1, strings.get(0).get("attempts").asInt());
    }

    @Test
    void malformedJsonIsRefusedBeforeSending() {
        Response response = post("/send?type=json", "{\"tag\": \"broken-1\"");
        assertEquals(400, response.status());
        assertEquals("malformed_json", json(response).at("/error/code").asText());
    }

    @Test
    void textArrivesAsText() {
        Response response = post("/send?type=text", "text-1 café ☕");
        assertEquals(200, response.status());
        assertEquals("sent 16 bytes", response.text(), "sizes count UTF-8 bytes");
        assertEquals(List.of("text-1 café ☕"), bodies(awaitReceived(b -> b.startsWith("text-1"), 1)));
    }

    @Test
    void bytesAreAccepted() {
        int before = received().size();
        Response response = worker().fetch(Request.builder("POST", "/send?type=bytes")
                .body(new byte[] {0, 1, 2, (byte) 0xff}).build());
        assertEquals(200, response.status());
        assertEquals("sent 4 bytes", response.text());
        awaitReceived(b -> true, before + 1);
        // workerd hands the consumer an ArrayBuffer; Message.bodyText() gives JSON.stringify of it.
        awaitReceived(b -> b.equals("{}"), 1);
    }

    @Test
    void sendBatchDeliversEveryMessage() {
        assertEquals(200, worker().fetch(Request.builder("POST", "/send-batch?count=5&size=20&tag=batch-1").build()).status());
        List<String> bodies = bodies(awaitReceived(b -> b.startsWith("batch-1:"), 5));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expected.add(("batch-1:" + i + ":" + ".".repeat(20)).substring(0, 20));
        }
        assertEquals(expected, bodies.stream().sorted().toList());
    }

    @Test
    void aDelayIsAcceptedAndTheMessageComesLater() {
        assertEquals(200, post("/send?type=text&delay=2", "delayed-1").status());
        assertEquals(200, worker().fetch(Request.builder("POST", "/send-batch?count=2&size=12&tag=delayed-b&delay=1").build()).status());
        assertTrue(bodies(received()).stream().noneMatch(b -> b.startsWith("delayed-")), "not delivered at once");
        awaitReceived(b -> b.equals("delayed-1"), 1);
        awaitReceived(b -> b.startsWith("delayed-b:"), 2);
    }

    // ---- limits ----

    @Test
    void aMessageAtTheSizeLimitIsSentAndOneByteMoreIsRefused() {
        assertEquals(200, worker().fetch(Request.builder("POST", "/send-sized?size=128000&tag=max-1").build()).status());
        Response refused = worker().fetch(Request.builder("POST", "/send-sized?size=128001&tag=big-1").build());
        assertLimit(refused, "MESSAGE_SIZE", 128_001, 128_000);
        awaitReceived(b -> b.startsWith("max-1"), 1);
        assertTrue(bodies(received()).stream().noneMatch(b -> b.startsWith("big-1")));
    }

    @Test
    void aBatchOverOneHundredMessagesIsRefused() {
        assertLimit(worker().fetch(Request.builder("POST", "/send-batch?count=101&size=10&tag=many-1").build()),
                "BATCH_COUNT", 101, 100);
    }

    @Test
    void aBatchOverTheByteLimitIsRefusedAndOneAtTheLimitIsSent() {
        assertLimit(worker().fetch(Request.builder("POST", "/send-batch?count=3&size=100000&tag=heavy-1").build()),
                "BATCH_SIZE", 300_000, 256_000);
        assertLimit(worker().fetch(Request.builder("POST", "/send-batch?count=2&size=128001&tag=heavy-2").build()),
                "MESSAGE_SIZE", 128_001, 128_000);
        assertEquals(200, worker().fetch(Request.builder("POST", "/send-batch?count=100&size=2560&tag=full-1").build()).status());
        assertEquals(100, awaitReceived(b -> b.startsWith("full-1:"), 100).size());
        assertTrue(bodies(received()).stream().noneMatch(b -> b.startsWith("heavy-")), "nothing of a refused batch was sent");
    }

    @Test
    void aDelayOverTwelveHoursIsRefused() {
        assertLimit(post("/send?type=text&delay=43201", "too-late-1"), "DELAY", 43_201, 43_200);
        assertLimit(worker().fetch(Request.builder("POST", "/send-batch?count=1&size=5&tag=late&delay=-1").build()),
                "DELAY", -1, 43_200);
    }

    // ---- helpers ----

    private Response post(String url, String body) {
        return worker().fetch(Request.builder("POST", url).body(body.getBytes(StandardCharsets.UTF_8)).build());
    }

    private static void assertLimit(Response response, String limit, long actual, long max) {
        assertEquals(400, response.status(), response.text());
        JsonNode body = json(response);
        assertEquals("queue_limit", body.get("error").asText());
        assertEquals(limit, body.get("limit").asText());
        assertEquals(actual, body.get("actual").asLong());
        assertEquals(max, body.get("max").asLong());
    }

    private List<JsonNode> received() {
        Response response = worker().fetch(Request.get("/received"));
        assertEquals(200, response.status());
        List<JsonNode> list = new ArrayList<>();
        json(response).forEach(list::add);
        return list;
    }

    /** Waits until at least {@code count} received messages have a body matching {@code which}; returns them. */
    List<JsonNode> awaitReceived(Predicate<String> which, int count) {
        List<JsonNode> matching = List.of();
        for (int i = 0; i <= maxTicks(); i++) {
            matching = received().stream().filter(m -> which.test(m.get("body").asText())).toList();
            if (matching.size() >= count) {
                return matching;
            }
            tick();
        }
        fail("received " + matching.size() + " of " + count + " messages after " + maxTicks() + " ticks: " + received());
        return matching;
    }

    private static List<String> bodies(List<JsonNode> received) {
        return received.stream().map(m -> m.get("body").asText()).toList();
    }

    private static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.text());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.text(), e);
        }
    }
}
