package dev.workers4j.r2parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.testing.WorkerClient;
import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The R2 scenarios, played on the JVM fake ({@link R2ParityOnJvmTest}) and in workerd over
 * miniflare's local R2 ({@link R2ParityInWorkerdTest}), with the same assertions.
 */
abstract class R2ParityScenarios {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEX32 = "[0-9a-f]{32}";

    abstract WorkerClient worker();

    @BeforeEach
    void emptyBucket() {
        call("/r2/reset");
    }

    @Test
    void missingKeyIsNull() {
        JsonNode body = call("GET", "/r2/missing");
        assertTrue(body.get("getIsNull").asBoolean());
        assertTrue(body.get("headIsNull").asBoolean());
        assertTrue(body.get("rangedGetIsNull").asBoolean());
        assertTrue(body.get("onlyIfGetIsNull").asBoolean());
        assertTrue(body.get("deleteMissingOk").asBoolean());
    }

    @Test
    void putAndGetRoundTripWithMetadata() {
        JsonNode body = call("/r2/roundtrip");
        long now = System.currentTimeMillis();
        for (String which : new String[] {"put", "get"}) {
            JsonNode o = body.get(which);
            assertEquals("docs/héllo.txt", o.get("key").asText());
            assertEquals(17, o.get("size").asLong(), "UTF-8 bytes of 'hello, wörld ✓'");
            assertEquals("af461b22cd14501112b5a39c6b0c734e", o.get("etag").asText(), "md5 of the bytes");
            assertEquals("\"af461b22cd14501112b5a39c6b0c734e\"", o.get("httpEtag").asText());
            assertTrue(o.get("version").asText().matches(HEX32), o.toString());
            assertTrue(Math.abs(now - o.get("uploaded").asLong()) < 120_000, o.toString());
            JsonNode http = o.get("httpMetadata");
            assertEquals("text/plain; charset=utf-8", http.get("contentType").asText());
            assertEquals("attachment; filename=\"hello.txt\"", http.get("contentDisposition").asText());
            assertEquals("identity", http.get("contentEncoding").asText());
            assertEquals("en-GB", http.get("contentLanguage").asText());
            assertEquals("max-age=60", http.get("cacheControl").asText());
            assertEquals("{\"owner\":\"ops\",\"ünïcode\":\"välue ✓\"}", o.get("customMetadata").toString());
            assertEquals("{\"md5\":\"af461b22cd14501112b5a39c6b0c734e\"}", o.get("checksums").toString());
        }
        assertFalse(body.get("put").get("hasBody").asBoolean());
        assertFalse(body.get("put").has("range"), "put reports no range");
        assertTrue(body.get("get").get("hasBody").asBoolean());
        assertEquals("{\"offset\":0,\"length\":17}", body.get("get").get("range").toString());
        assertEquals("hello, wörld ✓", body.get("text").asText());
        assertTrue(body.get("sameVersion").asBoolean());
        assertTrue(body.get("binarySame").asBoolean());
        assertEquals("e2c865db4162bed963bfaa9ef6ac18f0", body.get("binaryEtag").asText());
        assertEquals(256, body.get("binarySize").asLong());
        assertEquals("second", body.get("replacedText").asText());
        assertTrue(body.get("replacedVersionChanged").asBoolean());
        assertTrue(body.get("replacedMetadataCleared").asBoolean());
        assertEquals("d41d8cd98f00b204e9800998ecf8427e", body.get("emptyEtag").asText());
        assertEquals(0, body.get("emptySize").asLong());
        assertEquals(0, body.get("emptyBodyLength").asInt());
    }

    @Test
    void rangeReads() {
        JsonNode body = call("/r2/range");
        assertRange(body.get("offsetLength"), "234", 2, 3);
        assertRange(body.get("offsetOnly"), "789", 7, 3);
        assertRange(body.get("suffix"), "6789", 6, 4);
        assertRange(body.get("suffixPastStart"), "0123456789", 0, 10);
        assertRange(body.get("lengthPastEnd"), "89", 8, 2);
        assertRange(body.get("lengthOnly"), "0123", 0, 4);
        assertEquals("0123456789", body.get("whole").get("text").asText());
        assertEquals(0, body.get("whole").get("offset").asLong());
        assertEquals(10, body.get("whole").get("length").asLong());
        JsonNode past = body.get("offsetPastEnd");
        assertEquals("r2", past.get("kind").asText(), past.toString());
        assertEquals(10039, past.get("code").asInt());
    }

    private static void assertRange(JsonNode o, String text, long offset, long length) {
        assertEquals(text, o.get("text").asText(), o.toString());
        assertEquals(10, o.get("size").asLong(), "size is the whole object's");
        assertEquals(offset, o.get("offset").asLong(), o.toString());
        assertEquals(length, o.get("length").asLong(), o.toString());
    }

    @Test
    void failedPreconditionOnGetGivesObjectWithoutBody() {
        JsonNode body = call("/r2/onlyif/get");
        String ok = "body:conditional body";
        assertEquals("nobody", body.get("etagMatchesOther").asText());
        assertEquals(ok, body.get("etagMatchesSame").asText());
        assertEquals("r2", body.get("etagMatchesQuoted").get("kind").asText(), "workerd refuses quoted etags");
        assertTrue(body.get("etagMatchesQuoted").get("message").asText().startsWith(
                "onlyIf: Conditional ETag should not be wrapped in quotes"), body.get("etagMatchesQuoted").toString());
        assertEquals(ok, body.get("etagMatchesStar").asText());
        assertEquals("nobody", body.get("etagDoesNotMatchSame").asText());
        assertEquals(ok, body.get("etagDoesNotMatchOther").asText());
        assertEquals("nobody", body.get("uploadedBeforeUpload").asText());
        assertEquals(ok, body.get("uploadedBeforeLater").asText());
        assertEquals(ok, body.get("uploadedAfterEarlier").asText());
        assertEquals("nobody", body.get("uploadedAfterLater").asText());
        assertEquals("cond/get", body.get("failedKey").asText());
        assertEquals(16, body.get("failedSize").asLong());
        assertTrue(body.get("failedEtagIsPuts").asBoolean());
        assertTrue(body.get("failedBytesThrows").asBoolean());
    }

    @Test
    void failedPreconditionOnPutGivesNull() {
        JsonNode body = call("/r2/onlyif/put");
        assertTrue(body.get("etagMatchesOther").asBoolean());
        assertEquals("v1", body.get("afterEtagMatchesOther").asText());
        assertTrue(body.get("etagDoesNotMatchSame").asBoolean());
        assertEquals("v1", body.get("afterEtagDoesNotMatchSame").asText());
        assertEquals("7e1a4b3a8d1f4ef6ee8b1bb8b9b4f1d7".length(), body.get("etagMatchesSame").asText().length());
        assertEquals("v4", body.get("afterEtagMatchesSame").asText());
        assertTrue(body.get("createIfAbsent").asBoolean());
        assertTrue(body.get("createIfAbsentAgain").asBoolean());
        assertEquals("fresh", body.get("afterCreateIfAbsentAgain").asText());
        assertTrue(body.get("etagMatchesMissing").asBoolean());
        assertTrue(body.get("missingStillMissing").asBoolean());
        assertTrue(body.get("uploadedBeforeMissing").asBoolean(), "uploadedBefore holds for a missing key");
    }

    @Test
    void headGivesMetadataWithoutBody() {
        JsonNode body = call("/r2/head");
        JsonNode head = body.get("head");
        assertEquals("head/me", head.get("key").asText());
        assertEquals(12, head.get("size").asLong());
        assertFalse(head.get("hasBody").asBoolean());
        assertEquals("application/octet-stream", head.get("httpMetadata").get("contentType").asText());
        assertTrue(head.get("httpMetadata").get("cacheControl").isNull());
        assertEquals("{\"k\":\"v\"}", head.get("customMetadata").toString());
        assertEquals(head.get("etag").asText(), head.get("checksums").get("md5").asText());
        assertTrue(body.get("sameVersion").asBoolean());
        assertTrue(body.get("sameUploaded").asBoolean());
    }

    @Test
    void deleteOneAndMany() {
        JsonNode body = call("/r2/delete");
        assertTrue(body.get("aAfterDeleteOne").asBoolean());
        assertEquals("[\"del/d\",\"del/e\"]", body.get("keysLeft").toString());
        assertEquals("[\"del/e\"]", body.get("keysLeftAfterThousand").toString());
    }

    @Test
    void listWithPrefixAndStartAfter() {
        JsonNode body = call("/r2/list/prefix");
        assertPage(body.get("all"), "[\"a\",\"b/1\",\"b/2\",\"b/3/x\",\"b/3/y\",\"b/4\",\"ba\",\"c/d/e\",\"c/f\",\"c0\",\"z/last\",\"é\"]",
                "[]", false);
        assertPage(body.get("prefixB"), "[\"b/1\",\"b/2\",\"b/3/x\",\"b/3/y\",\"b/4\",\"ba\"]", "[]", false);
        assertPage(body.get("prefixBSlash"), "[\"b/1\",\"b/2\",\"b/3/x\",\"b/3/y\",\"b/4\"]", "[]", false);
        assertPage(body.get("prefixNone"), "[]", "[]", false);
        assertPage(body.get("startAfter"), "[\"b/3/y\",\"b/4\",\"ba\",\"c/d/e\",\"c/f\",\"c0\",\"z/last\",\"é\"]", "[]", false);
        assertPage(body.get("startAfterWithPrefix"), "[\"b/3/x\",\"b/3/y\",\"b/4\"]", "[]", false);
        JsonNode listed = body.get("listedObject");
        assertEquals("a", listed.get("key").asText());
        assertEquals(10, listed.get("size").asLong());
        assertFalse(listed.get("hasBody").asBoolean());
        assertTrue(listed.get("version").asText().matches(HEX32));
    }

    @Test
    void listWithDelimiterGivesDelimitedPrefixes() {
        JsonNode body = call("/r2/list/delimiter");
        assertPage(body.get("root"), "[\"a\",\"ba\",\"c0\",\"é\"]", "[\"b/\",\"c/\",\"z/\"]", false);
        assertPage(body.get("underB"), "[\"b/1\",\"b/2\",\"b/4\"]", "[\"b/3/\"]", false);
        assertPage(body.get("underC"), "[\"c0\"]", "[\"c/\"]", false);
        assertPage(body.get("rootLimit2"), "[\"a\"]", "[\"b/\"]", true);
        assertPage(body.get("rootLimit2Next"), "[\"ba\"]", "[\"c/\"]", true);
        // Rows stand at their last key (a, b/=b/4, ba, c/=c/f, c0, z/=z/last, é); each page prints its prefixes first.
        assertEquals("[\"prefix:b/\",\"key:a\",\"key:ba\",\"|\",\"prefix:c/\",\"prefix:z/\",\"key:c0\",\"|\",\"key:é\",\"|\"]",
                body.get("walk").toString());
    }

    @Test
    void listPaginatesThroughCursor() {
        JsonNode body = call("/r2/list/pages");
        String all = "[\"a\",\"b/1\",\"b/2\",\"b/3/x\",\"b/3/y\",\"b/4\",\"ba\",\"c/d/e\",\"c/f\",\"c0\",\"z/last\",\"é\"]";
        assertEquals(all, flatten(body.get("limit1")));
        assertEquals(12, body.get("limit1").size());
        assertEquals(all, flatten(body.get("limit2")));
        assertEquals(6, body.get("limit2").size());
        assertEquals(all, flatten(body.get("limit5")));
        assertEquals("[[\"a\",\"b/1\",\"b/2\",\"b/3/x\",\"b/3/y\"],[\"b/4\",\"ba\",\"c/d/e\",\"c/f\",\"c0\"],[\"z/last\",\"é\"]]",
                body.get("limit5").toString());
        assertFalse(body.get("exactLimitTruncated").asBoolean());
        assertTrue(body.get("exactLimitCursorNull").asBoolean());
        assertPage(body.get("prefixPage1"), "[\"b/1\",\"b/2\"]", "[]", true);
        assertPage(body.get("prefixPage2"), "[\"b/3/x\",\"b/3/y\"]", "[]", true);
        assertPage(body.get("cursorAndStartAfter"), "[\"c/d/e\",\"c/f\"]", "[]", true);
    }

    @Test
    void listOrdersKeysByUtf8Bytes() {
        JsonNode body = call("/r2/list/order");
        assertEquals("[\"Z\",\"a b\",\"a/b\",\"z\",\"é\",\"\uffff\",\"😀\"]", body.get("keys").toString());
        assertEquals("[\"\uffff\",\"😀\"]", body.get("afterFive").toString());
    }

    @Test
    void listIncludesMetadataOnlyWhenAsked() {
        JsonNode body = call("/r2/list/include");
        assertTrue(body.get("none").get("httpMetadata").get("contentType").isNull());
        assertEquals("{}", body.get("none").get("customMetadata").toString());
        assertEquals("text/plain", body.get("http").get("httpMetadata").get("contentType").asText());
        assertEquals("no-store", body.get("http").get("httpMetadata").get("cacheControl").asText());
        assertEquals("{}", body.get("http").get("customMetadata").toString());
        assertTrue(body.get("custom").get("httpMetadata").get("contentType").isNull());
        assertEquals("{\"n\":\"1\"}", body.get("custom").get("customMetadata").toString());
        assertEquals("text/plain", body.get("both").get("httpMetadata").get("contentType").asText());
        assertEquals("{\"n\":\"1\"}", body.get("both").get("customMetadata").toString());
    }

    @Test
    void invalidCallsFailTyped() {
        JsonNode body = call("/r2/errors");
        assertFailure(body.get("limit1001"), "invalid_limit", 10022);
        assertEquals("list: limit must be between 1 and 1000, got 1001", body.get("limit1001").get("message").asText());
        assertFailure(body.get("limit0"), "invalid_limit", 10022);
        assertFailure(body.get("emptyKeyGet"), "invalid_key", 10020);
        assertEquals("get: the object key must not be empty", body.get("emptyKeyGet").get("message").asText());
        assertFailure(body.get("emptyKeyPut"), "invalid_key", 10020);
        assertFailure(body.get("longKeyPut"), "invalid_key", 10020);
        assertEquals("put: the object key is 1025 bytes of UTF-8; R2 allows at most 1024",
                body.get("longKeyPut").get("message").asText());
        assertFailure(body.get("longKeyGet"), "invalid_key", 10020);
        assertFailure(body.get("longKeyHead"), "invalid_key", 10020);
        assertFailure(body.get("longKeyDelete"), "invalid_key", 10020);
        assertEquals("none", body.get("longestKeyPut").get("kind").asText(), body.get("longestKeyPut").toString());
        assertEquals("x", body.get("longestKeyRead").asText());
        assertFailure(body.get("multiByteTooLong"), "invalid_key", 10020);
        assertEquals("r2", body.get("delete1001").get("kind").asText());
        assertFailure(body.get("sha256Mismatch"), "checksum_mismatch", 10037);
        assertTrue(body.get("sha256Mismatch").get("message").asText().contains("SHA-256"),
                body.get("sha256Mismatch").toString());
        assertTrue(body.get("afterMismatchMissing").asBoolean(), "nothing stored on a mismatch");
        String sha = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";
        assertEquals(sha, body.get("sha256Match").get("checksums").get("sha256").asText());
        assertEquals("5d41402abc4b2a76b9719d911017c592", body.get("sha256Match").get("checksums").get("md5").asText());
        assertEquals(sha, body.get("sha256OnHead").get("checksums").get("sha256").asText());
        assertNotEquals(sha, body.get("sha256OnHead").get("etag").asText());
    }

    @Test
    void multipartUploadAssemblesParts() throws Exception {
        JsonNode body = call("/r2/multipart");
        assertEquals("mp/big.bin", body.get("key").asText());
        assertTrue(body.get("hasUploadId").asBoolean());
        assertEquals("[1,2]", body.get("partNumbers").toString());
        assertTrue(body.get("partEtagsDiffer").asBoolean());
        assertTrue(body.get("invisibleBeforeComplete").asBoolean());
        assertFailure(body.get("smallPartListedFirst"), "r2", 10011);
        java.security.MessageDigest md5 = java.security.MessageDigest.getInstance("MD5");
        byte[] m1 = java.security.MessageDigest.getInstance("MD5").digest(pattern(5 * 1024 * 1024, 0));
        byte[] m2 = java.security.MessageDigest.getInstance("MD5").digest(pattern(1000, 7));
        md5.update(m1);
        md5.update(m2);
        String etag = java.util.HexFormat.of().formatHex(md5.digest()) + "-2";
        JsonNode done = body.get("completed");
        assertEquals(etag, done.get("etag").asText(), "md5 of the parts' md5s, dash, part count");
        assertEquals(5 * 1024 * 1024 + 1000, done.get("size").asLong());
        assertEquals("application/x-test", done.get("httpMetadata").get("contentType").asText());
        assertEquals("{\"parts\":\"2\"}", done.get("customMetadata").toString());
        assertEquals("{}", done.get("checksums").toString(), "no md5 checksum for a multipart object");
        assertTrue(done.get("version").asText().matches(HEX32));
        assertTrue(body.get("bodySame").asBoolean());
        assertEquals(etag, body.get("getEtag").asText());
        byte[] first = pattern(5 * 1024 * 1024, 0);
        int n = first.length;
        assertEquals("[" + (first[n - 3] & 0xff) + "," + (first[n - 2] & 0xff) + "," + (first[n - 1] & 0xff)
                + ",7,8,9]", body.get("acrossParts").toString());
        assertTrue(body.get("single").get("etag").asText().endsWith("-1"));
        assertEquals(10, body.get("single").get("size").asLong());
        assertEquals(10, body.get("singleText").asInt());
    }

    @Test
    void multipartFailuresAreTyped() {
        JsonNode body = call("/r2/multipart/errors");
        assertFailure(body.get("wrongEtag"), "r2", 10025);
        assertFailure(body.get("missingPart"), "r2", 10025);
        assertFailure(body.get("smallParts"), "r2", 10011);
        assertEquals("none", body.get("abortAgain").get("kind").asText(), body.get("abortAgain").toString());
        assertFailure(body.get("uploadAfterAbort"), "r2", 10024);
        assertFailure(body.get("completeAfterAbort"), "r2", 10024);
        assertTrue(body.get("abortedNotStored").asBoolean());
        assertFailure(body.get("completeTwice"), "r2", 10024);
        assertFailure(body.get("invalidKey"), "invalid_key", 10020);
    }

    @Test
    void objectsServedOverHttpWithEtags() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, 10, 13};
        Response put = worker().fetch(Request.builder("PUT", "/r2/objects/img/dot.png")
                .header("content-type", "image/png").body(png).build());
        assertEquals(201, put.status(), put.text());
        Response got = worker().fetch(Request.get("/r2/objects/img/dot.png"));
        assertEquals(200, got.status());
        assertEquals("image/png", got.header("content-type"));
        String etag = got.header("etag");
        assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);
        assertEquals(java.util.Arrays.toString(png), java.util.Arrays.toString(got.bytes()));
        Response notModified = worker().fetch(Request.builder("GET", "/r2/objects/img/dot.png")
                .header("if-none-match", etag).build());
        assertEquals(304, notModified.status());
        assertEquals(etag, notModified.header("etag"));
        assertEquals(404, worker().fetch(Request.get("/r2/objects/img/none.png")).status());
    }

    private static byte[] pattern(int size, int seed) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) ((i + seed) % 251);
        }
        return bytes;
    }

    private static void assertFailure(JsonNode failure, String kind, int code) {
        assertEquals(kind, failure.get("kind").asText(), failure.toString());
        assertEquals(code, failure.get("code").asInt(), failure.toString());
    }

    private static void assertPage(JsonNode page, String keys, String prefixes, boolean truncated) {
        assertEquals(keys, page.get("keys").toString(), page.toString());
        assertEquals(prefixes, page.get("delimitedPrefixes").toString(), page.toString());
        assertEquals(truncated, page.get("truncated").asBoolean(), page.toString());
        assertEquals(truncated, page.get("hasCursor").asBoolean(), page.toString());
    }

    private static String flatten(JsonNode pages) {
        StringBuilder out = new StringBuilder("[");
        for (JsonNode page : pages) {
            for (JsonNode key : page) {
                out.append(out.length() > 1 ? "," : "").append(key.toString());
            }
        }
        return out.append("]").toString();
    }

    private JsonNode call(String path) {
        return call("POST", path);
    }

    private JsonNode call(String method, String path) {
        Request request = "GET".equals(method) ? Request.get(path) : Request.builder(method, path).body("").build();
        Response response = worker().fetch(request);
        assertEquals(200, response.status(), response.text());
        try {
            return JSON.readTree(response.text());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.text(), e);
        }
    }
}
