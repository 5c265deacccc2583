package dev.workers4j.outboundparity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workers4j.crypto.Encoding;
import dev.workers4j.http.Request;
import dev.workers4j.http.RequestBuilder;
import dev.workers4j.http.Response;
import dev.workers4j.testing.WorkerClient;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * One list of outbound HTTP scenarios, played on the JVM ({@link OutboundParityOnJvmTest},
 * OutboundRules answering with {@link Upstream}) and against the TeaVM bundle in real workerd
 * ({@link OutboundParityInWorkerdTest}, global fetch to {@link Upstream} served on loopback),
 * with the same assertions.
 */
abstract class OutboundParityScenarios {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The Worker under test, on one runtime or the other. */
    abstract WorkerClient worker();

    /** The upstream's base URL (no trailing slash). */
    abstract String upstream();

    /** A base URL whose connections are refused. */
    abstract String refusing();

    // ---- what goes out

    @Test
    void getSendsHeadersAndQuery() {
        JsonNode relayed = relay("GET", upstream() + "/echo?x=1&y=two%20words", null,
                "x-trace-id", "abc-123", "X-Upper", "Mixed Case Value");
        assertEquals(200, relayed.get("status").asInt());
        JsonNode echo = echo(relayed);
        assertEquals("GET", echo.get("method").asText());
        assertEquals("/echo", echo.get("path").asText());
        assertEquals("x=1&y=two%20words", echo.get("query").asText());
        assertEquals("abc-123", echo.get("headers").get("x-trace-id").asText());
        assertEquals("Mixed Case Value", echo.get("headers").get("x-upper").asText());
        assertEquals("", echo.get("text").asText());
    }

    @Test
    void postSendsMethodContentTypeAndBody() {
        String body = "{\"order\":42,\"note\":\"h\u00e9llo \u2713\"}";
        JsonNode echo = echo(relay("POST", upstream() + "/echo", body.getBytes(StandardCharsets.UTF_8),
                "content-type", "application/json"));
        assertEquals("POST", echo.get("method").asText());
        assertEquals("application/json", echo.get("headers").get("content-type").asText());
        assertEquals(body, echo.get("text").asText());
    }

    @Test
    void putSendsEveryByteValue() {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) (255 - i);
        }
        JsonNode echo = echo(relay("PUT", upstream() + "/echo", all, "content-type", "application/octet-stream"));
        assertEquals("PUT", echo.get("method").asText());
        assertEquals(Encoding.hex(all), echo.get("hex").asText());
    }

    @Test
    void patchAndDeleteGoOutAsTheyAre() {
        assertEquals("PATCH", echo(relay("PATCH", upstream() + "/echo", "p".getBytes(StandardCharsets.UTF_8)))
                .get("method").asText());
        JsonNode delete = echo(relay("DELETE", upstream() + "/echo", new byte[0]));
        assertEquals("DELETE", delete.get("method").asText());
        assertEquals("", delete.get("hex").asText());
    }

    // ---- what comes back

    @Test
    void responseHeadersAsTheFetchApiShowsThem() {
        JsonNode relayed = relay("GET", upstream() + "/headers", null);
        assertEquals("[[\"content-type\",\"text/plain; charset=UTF-8\"],[\"x-mixed-case\",\"Value\"],"
                + "[\"x-multi\",\"a, b\"],[\"x-single\",\"one\"]]", relayed.get("headers").toString());
        assertEquals("headers", relayed.get("text").asText());
    }

    @Test
    void binaryBodyReadBackByteForByte() {
        JsonNode relayed = relay("GET", upstream() + "/bytes", null);
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        assertEquals(Encoding.hex(all), relayed.get("hex").asText());
        assertEquals("[[\"content-type\",\"application/octet-stream\"]]", relayed.get("headers").toString());
    }

    @Test
    void jsonBodyDecodedByTheGeneratedCodec() {
        JsonNode quote = get("/quote?url=" + encode(upstream() + "/quote"));
        assertEquals(200, quote.get("status").asInt(), quote.toString());
        assertEquals("ACME", quote.get("symbol").asText());
        assertEquals(123456, quote.get("priceCents").asLong());
        assertTrue(quote.get("open").asBoolean());
        assertEquals("[\"tools\",\"anvils\"]", quote.get("tags").toString());
    }

    @Test
    void malformedJsonBodyIsAJsonException() {
        JsonNode error = get("/quote?url=" + encode(upstream() + "/quote/bad")).get("error");
        assertEquals("json", error.get("kind").asText(), error.toString());
    }

    // ---- statuses

    @Test
    void non2xxStatusesAreReturnedNotThrown() {
        for (int status : new int[] {400, 404, 409, 429, 500, 502, 503}) {
            JsonNode relayed = relay("GET", upstream() + "/status/" + status, null);
            assertEquals(status, relayed.get("status").asInt(), relayed.toString());
            assertEquals("upstream status " + status, relayed.get("text").asText());
            assertTrue(relayed.get("headers").toString().contains("[\"x-upstream-status\",\"" + status + "\"]"),
                    relayed.toString());
        }
    }

    @Test
    void noContentHasAnEmptyBody() {
        JsonNode relayed = relay("DELETE", upstream() + "/status/204", new byte[0]);
        assertEquals(204, relayed.get("status").asInt());
        assertEquals("", relayed.get("text").asText());
    }

    // ---- no response at all

    @Test
    void aRefusedConnectionIsAnOutboundException() {
        String url = refusing() + "/nothing-here";
        JsonNode error = relay("GET", url, null).get("error");
        assertEquals("outbound", error.get("kind").asText(), error.toString());
        assertEquals("GET", error.get("method").asText());
        assertEquals(url, error.get("url").asText());
        assertTrue(error.get("message").asText().startsWith("outbound GET " + url + " failed: "), error.toString());
        assertFalse(error.get("reason").asText().isEmpty());
    }

    @Test
    void aRefusedPostIsAnOutboundExceptionToo() {
        JsonNode error = relay("POST", refusing() + "/x", "body".getBytes(StandardCharsets.UTF_8)).get("error");
        assertEquals("outbound", error.get("kind").asText(), error.toString());
        assertEquals("POST", error.get("method").asText());
    }

    /** A name that never resolves (RFC 6761's .invalid); workerd says "internal error; reference = ...". */
    static final String UNRESOLVABLE = "http://nowhere.invalid";

    @Test
    void anUnresolvableHostIsAnOutboundException() {
        JsonNode error = relay("GET", UNRESOLVABLE + "/x", null).get("error");
        assertEquals("outbound", error.get("kind").asText(), error.toString());
        assertEquals(UNRESOLVABLE + "/x", error.get("url").asText());
    }

    // ---- timeouts

    @Test
    void aResponseSlowerThanTheTimeoutIsATimedOutOutboundException() {
        JsonNode error = relayWithTimeout(upstream() + "/slow", 300).get("error");
        assertEquals("outbound", error.get("kind").asText(), error.toString());
        assertTrue(error.get("timedOut").asBoolean(), error.toString());
        assertTrue(error.get("reason").asText().contains("timed out after 300 ms"), error.toString());
    }

    @Test
    void aBodySlowerThanTheTimeoutIsATimedOutOutboundException() {
        JsonNode error = relayWithTimeout(upstream() + "/slow-body", 300).get("error");
        assertEquals("outbound", error.get("kind").asText(), error.toString());
        assertTrue(error.get("timedOut").asBoolean(), error.toString());
    }

    @Test
    void aResponseWithinTheTimeoutIsReturned() {
        JsonNode relayed = relayWithTimeout(upstream() + "/slow", 10_000);
        assertEquals(200, relayed.get("status").asInt(), relayed.toString());
        assertEquals("slow", relayed.get("text").asText());
    }

    @Test
    void aRefusedConnectionWithATimeoutIsNotATimeout() {
        JsonNode error = relayWithTimeout(refusing() + "/x", 5_000).get("error");
        assertEquals("outbound", error.get("kind").asText(), error.toString());
        assertFalse(error.get("timedOut").asBoolean(), error.toString());
    }

    // ---- redirects: followed, as fetch does by default

    @Test
    void redirectChainsAreFollowed() {
        JsonNode relayed = relay("GET", upstream() + "/hops/3", null);
        assertEquals(200, relayed.get("status").asInt(), relayed.toString());
        assertEquals("landed", relayed.get("text").asText());
    }

    @Test
    void everyRedirectStatusIsFollowedForAGet() {
        for (int status : new int[] {301, 302, 303, 307, 308}) {
            JsonNode relayed = relay("GET", upstream() + "/redirect/" + status + "?to=" + encode("/echo?via=" + status),
                    null, "x-keep", "kept");
            assertEquals(200, relayed.get("status").asInt(), status + ": " + relayed);
            JsonNode echo = echo(relayed);
            assertEquals("GET", echo.get("method").asText());
            assertEquals("via=" + status, echo.get("query").asText());
            assertEquals("kept", echo.get("headers").get("x-keep").asText(), status + ": " + echo);
        }
    }

    @Test
    void aPostRedirectedBy301302Or303BecomesAGetWithoutBody() {
        for (int status : new int[] {301, 302, 303}) {
            JsonNode echo = echo(relay("POST", upstream() + "/redirect/" + status + "?to=%2Fecho",
                    "{\"a\":1}".getBytes(StandardCharsets.UTF_8), "content-type", "application/json"));
            assertEquals("GET", echo.get("method").asText(), status + ": " + echo);
            assertEquals("", echo.get("text").asText(), status + ": " + echo);
            // workerd's fetch keeps the request's headers, the body's Content-Type too.
            assertEquals("application/json", echo.get("headers").path("content-type").asText(), status + ": " + echo);
        }
    }

    @Test
    void aPostRedirectedBy307Or308KeepsMethodAndBody() {
        for (int status : new int[] {307, 308}) {
            JsonNode echo = echo(relay("POST", upstream() + "/redirect/" + status + "?to=%2Fecho",
                    "{\"a\":1}".getBytes(StandardCharsets.UTF_8), "content-type", "application/json"));
            assertEquals("POST", echo.get("method").asText(), status + ": " + echo);
            assertEquals("{\"a\":1}", echo.get("text").asText(), status + ": " + echo);
            assertEquals("application/json", echo.get("headers").get("content-type").asText());
        }
    }

    @Test
    void anAbsoluteLocationIsFollowed() {
        assertEquals("from=absolute", echo(relay("GET", upstream() + "/absolute", null)).get("query").asText());
    }

    @Test
    void aRedirectLoopEndsInAnOutboundException() {
        JsonNode error = relay("GET", upstream() + "/loop", null).get("error");
        assertEquals("outbound", error.get("kind").asText(), error.toString());
        assertEquals(upstream() + "/loop", error.get("url").asText());
    }

    // ---- helpers

    /** Has the Worker send {@code method url} with the given header pairs and body; its JSON account of the answer. */
    private JsonNode relay(String method, String url, byte[] body, String... headers) {
        RequestBuilder request = Request.builder(body == null ? "GET" : "POST", "/relay?url=" + encode(url))
                .header("x-out-method", method);
        for (int i = 0; i < headers.length; i += 2) {
            request.header("x-send-" + headers[i].toLowerCase(), headers[i + 1]);
        }
        if (body != null) {
            request.body(body);
        }
        return json(worker().fetch(request.build()));
    }

    private JsonNode relayWithTimeout(String url, long timeoutMillis) {
        return json(worker().fetch(Request.builder("GET", "/relay?url=" + encode(url))
                .header("x-out-timeout", Long.toString(timeoutMillis)).build()));
    }

    private JsonNode get(String path) {
        return json(worker().fetch(Request.get(path)));
    }

    private static JsonNode echo(JsonNode relayed) {
        assertEquals(200, relayed.path("status").asInt(), relayed.toString());
        try {
            return JSON.readTree(relayed.get("text").asText());
        } catch (IOException e) {
            throw new AssertionError("the upstream did not echo: " + relayed, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonNode json(Response response) {
        assertEquals(200, response.status(), response.text());
        try {
            return JSON.readTree(response.text());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.text(), e);
        }
    }
}
