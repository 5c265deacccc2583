package dev.workers4j.r2parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.testing.WorkerClient;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where the R2 fake once told a different story from workerd (issue 15), and the surfaces added
 * with it, played on the JVM fake ({@link R2FidelityOnJvmTest}) and in workerd over miniflare's
 * local R2 ({@link R2FidelityInWorkerdTest}) with the same assertions.
 *
 * <p>A test named {@code ..._knownMiniflareDifference} is where miniflare departs from Cloudflare's
 * documentation: the fake follows the documentation, so the JVM run asserts the documented
 * behaviour and the workerd run asserts what miniflare does, both spelled out (README, "Where
 * miniflare and the documentation differ").
 */
abstract class R2FidelityScenarios {
    private static final ObjectMapper JSON = new ObjectMapper();

    abstract WorkerClient worker();

    /** Whether the bucket is miniflare's (workerd) rather than the JVM fake. */
    abstract boolean onMiniflare();

    /** The documented behaviour on the JVM fake, miniflare's own in workerd. */
    private void knownMiniflareDifference(Runnable documented, Runnable miniflare) {
        (onMiniflare() ? miniflare : documented).run();
    }

    @BeforeEach
    void emptyBucket() {
        call("/r2/reset");
    }

    @Test
    void anEtagIsComparedAsGivenSpacesIncluded() {
        JsonNode body = call("/fidelity/etag-as-given");
        assertEquals("nobody", body.get("matchesPadded").asText());
        assertEquals("body:spaced", body.get("matchesExact").asText());
        assertEquals("body:spaced", body.get("doesNotMatchPadded").asText());
        assertEquals("nobody", body.get("paddedWildcard").asText(), "only a bare * is the wildcard");
        assertTrue(body.get("putMatchesPadded").asBoolean());
    }

    @Test
    void aNegativeRangeIsRefusedBeforeAnyRequest() {
        JsonNode body = call("/fidelity/negative-range");
        assertRefused(body.get("negativeOffset"), "Invalid range. Starting offset (-1) must be greater than or equal to 0.");
        assertRefused(body.get("negativeOffsetWithLength"),
                "Invalid range. Starting offset (-3) must be greater than or equal to 0.");
        assertRefused(body.get("negativeLength"), "Invalid range. Length (-2) must be greater than or equal to 0.");
        assertRefused(body.get("negativeSuffix"), "Invalid suffix. Suffix (-2) must be greater than or equal to 0.");
        assertRefused(body.get("negativeOnMissingKey"),
                "Invalid range. Starting offset (-1) must be greater than or equal to 0.");
        assertFailure(body.get("zeroLength"), "r2", 10039);
    }

    @Test
    void aCursorR2DidNotMakeIsAnOpaqueToken() {
        JsonNode body = call("/fidelity/cursor");
        for (String name : new String[] {"garbage", "percentSigns", "base64OfA", "unpaddedBase64OfA"}) {
            assertEquals("none", body.get(name + "Failure").get("kind").asText(), body.get(name + "Failure").toString());
        }
        assertEquals("[]", body.get("garbage").toString(), "decodes to bytes after every key");
        assertEquals("[\"a\",\"b\",\"c\"]", body.get("percentSigns").toString(), "decodes to nothing: from the start");
        assertEquals("[\"b\",\"c\"]", body.get("base64OfA").toString());
        assertEquals("[\"b\",\"c\"]", body.get("unpaddedBase64OfA").toString());
    }

    @Test
    void customMetadataOverTheDocumentedLimitIsRefused() {
        JsonNode body = call("/fidelity/metadata-size");
        assertEquals("none", body.get("ascii2048").get("kind").asText(), body.get("ascii2048").toString());
        assertEquals("none", body.get("latin1Under2048Chars").get("kind").asText());
        assertTrue(body.get("latin1Stored").asBoolean());
        assertFailure(body.get("bytes8193"), "r2", 10012);
        assertEquals("put: Your metadata headers exceed the maximum allowed metadata size. (10012)",
                body.get("bytes8193").get("message").asText());
        assertFalse(body.get("stored8193").asBoolean());
    }

    @Test
    void customMetadataBetween2048And8192Bytes_knownMiniflareDifference() {
        JsonNode body = call("/fidelity/metadata-size");
        knownMiniflareDifference(() -> {
            assertEquals("none", body.get("bytes5000").get("kind").asText(), "production takes 8,192 bytes");
            assertEquals("none", body.get("bytes8192").get("kind").asText());
        }, () -> {
            assertFailure(body.get("bytes5000"), "r2", 10012);
            assertFailure(body.get("bytes8192"), "r2", 10012);
        });
    }

    @Test
    void malformedChecksumsAreRefusedAndEachAlgorithmIsChecked() throws Exception {
        JsonNode body = call("/fidelity/checksums");
        assertRefused(body.get("sha256Short"), "SHA-256 is 64 hex characters, not 4");
        assertRefused(body.get("sha256NotHex"), "Provided SHA-256 wasn't a valid hex string");
        assertRefused(body.get("md5Short"), "MD5 is 32 hex characters, not 4");
        assertRefused(body.get("sha512Long"), "SHA-512 is 128 hex characters, not 130");
        assertRefused(body.get("two"), "You cannot specify multiple hashing algorithms.");
        assertTrue(body.get("nothingStored").asBoolean());
        String md5 = "5d41402abc4b2a76b9719d911017c592";
        assertEquals("{\"md5\":\"" + md5 + "\"}", body.get("md5").get("checksums").toString());
        assertEquals("{\"md5\":\"" + md5 + "\"}", body.get("md5Upper").get("checksums").toString());
        assertEquals("{\"md5\":\"" + md5 + "\",\"sha1\":\"" + digest("SHA-1") + "\"}",
                body.get("sha1").get("checksums").toString());
        assertEquals("{\"md5\":\"" + md5 + "\",\"sha384\":\"" + digest("SHA-384") + "\"}",
                body.get("sha384").get("checksums").toString());
        assertEquals("{\"md5\":\"" + md5 + "\",\"sha512\":\"" + digest("SHA-512") + "\"}",
                body.get("sha512").get("checksums").toString());
        assertEquals(body.get("sha384").get("checksums"), body.get("sha384OnHead").get("checksums"));
        assertFailure(body.get("md5Mismatch"), "checksum_mismatch", 10037);
        assertEquals("put: The MD5 checksum you specified did not match what we received.\n"
                + "You provided a MD5 checksum with value: 5d41402abc4b2a76b9719d911017c593\n"
                + "Actual MD5 was: " + md5 + " (10037)", body.get("md5Mismatch").get("message").asText());
        assertFailure(body.get("sha1Mismatch"), "checksum_mismatch", 10037);
        assertTrue(body.get("sha1Mismatch").get("message").asText().startsWith(
                "put: The SHA-1 checksum you specified did not match"), body.get("sha1Mismatch").toString());
        assertFailure(body.get("sha512Mismatch"), "checksum_mismatch", 10037);
        assertTrue(body.get("mismatchNotStored").asBoolean());
    }

    @Test
    void partNumbersOutsideOneToTenThousandAreRefused() {
        JsonNode body = call("/fidelity/part-numbers");
        assertRefused(body.get("part0"), "Part number must be between 1 and 10000 (inclusive). Actual value was: 0");
        assertRefused(body.get("part10001"),
                "Part number must be between 1 and 10000 (inclusive). Actual value was: 10001");
        assertRefused(body.get("partNegative"),
                "Part number must be between 1 and 10000 (inclusive). Actual value was: -1");
        assertEquals(10_000, body.get("part10000").asInt());
        assertEquals(3, body.get("completedSize").asInt());
    }

    @Test
    void storageClass_knownMiniflareDifference() {
        JsonNode body = call("/fidelity/storage-class");
        knownMiniflareDifference(() -> {
            assertEquals("Standard", body.get("putDefault").asText(), "objects default to Standard");
            for (String name : new String[] {"putInfrequent", "headInfrequent", "getInfrequent", "listedInfrequent",
                "multipartInfrequent"}) {
                assertEquals("InfrequentAccess", body.get(name).asText(), name);
            }
        }, () -> {
            for (String name : new String[] {"putDefault", "putInfrequent", "headInfrequent", "getInfrequent",
                "listedInfrequent", "multipartInfrequent"}) {
                assertEquals("", body.get(name).asText(), "miniflare keeps no storage class: " + name);
            }
        });
    }

    @Test
    void ssecKeysAreCheckedAsWorkerdChecksThem() {
        JsonNode body = call("/fidelity/ssec");
        assertRefused(body.get("upperCaseKey"), "SSE-C Key has invalid format");
        assertRefused(body.get("shortKey"), "SSE-C Key must be 32 bytes in length");
        assertRefused(body.get("emptyKey"), "SSE-C Key has invalid format");
        assertRefused(body.get("multipartShortKey"), "SSE-C Key must be 32 bytes in length");
        assertRefused(body.get("partShortKey"), "SSE-C Key must be 32 bytes in length");
        assertEquals("secret", body.get("getWithKey").asText());
    }

    @Test
    void ssecEncryptedObjects_knownMiniflareDifference() throws Exception {
        JsonNode body = call("/fidelity/ssec");
        String keyMd5 = Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5")
                .digest(HexFormat.of().parseHex(R2FidelityRoutes.SSEC_KEY)));
        knownMiniflareDifference(() -> {
            assertEquals(keyMd5, body.get("putKeyMd5").asText());
            assertEquals(keyMd5, body.get("headKeyMd5").asText());
            assertEquals(keyMd5, body.get("multipartKeyMd5").asText());
            assertEquals("r2", body.get("getWithoutKey").get("kind").asText(), "the key is needed to read it");
        }, () -> {
            assertTrue(body.get("putKeyMd5").isNull(), "miniflare ignores the key");
            assertTrue(body.get("headKeyMd5").isNull());
            assertTrue(body.get("multipartKeyMd5").isNull());
            assertEquals("none", body.get("getWithoutKey").get("kind").asText());
            assertEquals("secret", body.get("getWithoutKeyText").asText());
        });
    }

    @Test
    void cacheExpiryTravelsAsADateAndComesBackAsExpires() {
        JsonNode body = call("/fidelity/cache-expiry");
        assertEquals(1_700_000_000_123L, body.get("head").get("httpMetadata").get("cacheExpiry").asLong());
        assertEquals("text/plain", body.get("head").get("httpMetadata").get("contentType").asText());
        assertEquals("Tue, 14 Nov 2023 22:13:20 GMT", body.get("expires").asText());
        assertEquals(1_700_000_000_123L, body.get("listed").get("httpMetadata").get("cacheExpiry").asLong());
        assertEquals("Thu, 01 Jan 1970 00:00:00 GMT", body.get("multipartExpires").asText());
    }

    @Test
    void onlyIfGivenAsRequestHeaders() {
        JsonNode body = call("/fidelity/conditional-headers");
        String ok = "body:header body";
        assertEquals(ok, body.get("ifMatch").asText());
        assertEquals(ok, body.get("ifMatchList").asText());
        assertEquals("nobody", body.get("ifMatchWeak").asText(), "If-Match compares strongly");
        assertEquals("nobody", body.get("ifMatchOther").asText());
        assertEquals(ok, body.get("ifMatchStar").asText());
        assertEquals("nobody", body.get("ifNoneMatch").asText());
        assertEquals("nobody", body.get("ifNoneMatchWeak").asText(), "If-None-Match compares weakly");
        assertEquals(ok, body.get("ifNoneMatchOther").asText());
        assertEquals("nobody", body.get("ifNoneMatchStar").asText());
        assertEquals("nobody", body.get("ifModifiedSinceLater").asText());
        assertEquals(ok, body.get("ifModifiedSinceEarlier").asText());
        assertEquals("nobody", body.get("ifModifiedSinceSameSecond").asText(), "to the second, strictly after");
        assertEquals("nobody", body.get("ifUnmodifiedSinceSameSecond").asText(), "to the second, strictly before");
        assertEquals(ok, body.get("ifUnmodifiedSinceLater").asText());
        assertEquals(ok, body.get("ifModifiedSinceNotADate").asText());
        assertEquals(ok, body.get("noHeaders").asText());
        assertEquals(ok, body.get("noneMatchOverridesModifiedSince").asText());
        assertRefused(body.get("unquotedFailure"), "Invalid ETag in if-match header");
        assertRefused(body.get("unclosedFailure"), "Unclosed double quote for Etag");
        assertRefused(body.get("noCommaFailure"), "Comma was expected to separate etags. Encountered a double quote"
                + " character '\"' instead. This would otherwise indicate the start of a new strong etag.");
        assertRefused(body.get("badWeakFailure"), "Weak etags must start with W/ and their value must be quoted");
        assertTrue(body.get("putIfMatchOther").asBoolean());
        assertTrue(body.get("putIfNoneMatchStarExisting").asBoolean());
        assertTrue(body.get("putIfNoneMatchStarNew").asBoolean());
        assertTrue(body.get("putIfMatchCurrent").asBoolean());
        assertEquals("v4", body.get("afterPuts").asText());
    }

    @Test
    void rangeGivenAsARequestHeader() {
        JsonNode body = call("/fidelity/range-headers");
        assertEquals("234@2+3", body.get("closed").asText());
        assertEquals("789@7+3", body.get("open").asText());
        assertEquals("789@7+3", body.get("suffix").asText());
        assertEquals("89@8+2", body.get("endPastSize").asText());
        assertEquals("12@1+2", body.get("spaces").asText());
        assertEquals("0@0+1", body.get("upperCaseUnit").asText());
        for (String whole : new String[] {"suffixWhole", "several", "otherUnit", "startPastEnd", "backwards", "empty",
            "malformed", "huge"}) {
            assertEquals("0123456789@0+10", body.get(whole).asText(), whole + " serves the whole object");
        }
        assertEquals("0123456789", body.get("noRangeHeader").asText());
    }

    @Test
    void aClientsConditionalAndRangeHeadersPassStraightThrough() {
        Response put = worker().fetch(Request.builder("PUT", "/r2/objects/pass/through.txt")
                .header("content-type", "text/plain").body("abcdefghij").build());
        assertEquals(201, put.status(), put.text());
        Response whole = worker().fetch(Request.get("/fidelity/serve/pass/through.txt"));
        assertEquals(200, whole.status());
        String etag = whole.header("etag");
        assertNotNull(etag);
        Response notModified = worker().fetch(Request.builder("GET", "/fidelity/serve/pass/through.txt")
                .header("if-none-match", etag).build());
        assertEquals(304, notModified.status());
        Response partial = worker().fetch(Request.builder("GET", "/fidelity/serve/pass/through.txt")
                .header("range", "bytes=2-4").build());
        assertEquals(206, partial.status());
        assertEquals("bytes 2-4/10", partial.header("content-range"));
        assertEquals("cde", partial.text());
        Response changed = worker().fetch(Request.builder("GET", "/fidelity/serve/pass/through.txt")
                .header("if-none-match", "\"stale\"").header("range", "bytes=-2").build());
        assertEquals(206, changed.status());
        assertEquals("ij", changed.text());
    }

    private static String digest(String algorithm) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest("hello".getBytes("UTF-8")));
    }

    private static void assertRefused(JsonNode failure, String message) {
        assertEquals("invalid_argument", failure.get("kind").asText(), failure.toString());
        assertEquals(0, failure.get("code").asInt(), failure.toString());
        assertEquals(message, failure.get("message").asText(), failure.toString());
    }

    private static void assertFailure(JsonNode failure, String kind, int code) {
        assertEquals(kind, failure.get("kind").asText(), failure.toString());
        assertEquals(code, failure.get("code").asInt(), failure.toString());
    }

    private JsonNode call(String path) {
        Response response = worker().fetch(Request.builder("POST", path).body("").build());
        assertEquals(200, response.status(), response.text());
        try {
            return JSON.readTree(response.text());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.text(), e);
        }
    }
}
