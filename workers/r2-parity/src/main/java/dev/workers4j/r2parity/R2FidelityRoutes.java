package dev.workers4j.r2parity;

import static dev.workers4j.r2parity.R2Routes.failure;
import static dev.workers4j.r2parity.R2Routes.object;
import static dev.workers4j.r2parity.R2Routes.scenario;

import dev.workers4j.http.Context;
import dev.workers4j.http.HttpDate;
import dev.workers4j.http.MutableHeaders;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.json.JsonWriter;
import dev.workers4j.r2.R2Bucket;
import dev.workers4j.r2.R2Conditional;
import dev.workers4j.r2.R2GetOptions;
import dev.workers4j.r2.R2HttpMetadata;
import dev.workers4j.r2.R2ListOptions;
import dev.workers4j.r2.R2MultipartOptions;
import dev.workers4j.r2.R2MultipartUpload;
import dev.workers4j.r2.R2Object;
import dev.workers4j.r2.R2Objects;
import dev.workers4j.r2.R2PutOptions;
import dev.workers4j.r2.R2Range;
import dev.workers4j.r2.R2StorageClass;
import dev.workers4j.r2.R2UploadedPart;
import java.util.List;

/**
 * Scenarios where the fake once told a different story from workerd (issue 15), and the surfaces
 * added with it: conditional requests and ranges as headers, every checksum, storage classes,
 * SSE-C keys, cacheExpiry.
 */
final class R2FidelityRoutes {
    private R2FidelityRoutes() {
    }

    static final String SSEC_KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    static Router create() {
        return new Router()
                .get("/serve/*", R2FidelityRoutes::serve)
                .post("/etag-as-given", scenario(R2FidelityRoutes::etagAsGiven))
                .post("/negative-range", scenario(R2FidelityRoutes::negativeRange))
                .post("/cursor", scenario(R2FidelityRoutes::opaqueCursor))
                .post("/metadata-size", scenario(R2FidelityRoutes::metadataSize))
                .post("/checksums", scenario(R2FidelityRoutes::checksums))
                .post("/part-numbers", scenario(R2FidelityRoutes::partNumbers))
                .post("/storage-class", scenario(R2FidelityRoutes::storageClass))
                .post("/ssec", scenario(R2FidelityRoutes::ssec))
                .post("/cache-expiry", scenario(R2FidelityRoutes::cacheExpiry))
                .post("/conditional-headers", scenario(R2FidelityRoutes::conditionalHeaders))
                .post("/range-headers", scenario(R2FidelityRoutes::rangeHeaders));
    }

    /**
     * Serves an object with the client's own conditional and Range headers passed straight to R2:
     * 304 when a precondition fails, 206 for a range, 404 when missing.
     */
    private static Response serve(Context c) {
        String key = c.req().path().substring("/fidelity/serve/".length());
        R2Object object = R2Routes.bucket(c).get(key, R2GetOptions.create()
                .onlyIf(c.req().headers()).range(c.req().headers()));
        if (object == null) {
            return Response.json(404, "{\"error\":\"no such object\"}");
        }
        MutableHeaders headers = object.writeHttpMetadata(new MutableHeaders()).set("etag", object.httpEtag());
        if (!object.hasBody()) {
            return Response.of(304, headers, new byte[0]);
        }
        boolean partial = object.range().length() < object.size();
        if (partial) {
            headers.set("content-range", "bytes " + object.range().offset() + "-"
                    + (object.range().offset() + object.range().length() - 1) + "/" + object.size());
        }
        return Response.of(partial ? 206 : 200, headers, object.bytes());
    }

    /** Item 1: an etag is compared as given; spaces are part of it. */
    private static void etagAsGiven(R2Bucket bucket, JsonWriter out) {
        String etag = bucket.put("etag/spaces", "spaced").etag();
        conditional(bucket, out, "matchesPadded", R2Conditional.create().etagMatches(" " + etag + " "));
        conditional(bucket, out, "matchesExact", R2Conditional.create().etagMatches(etag));
        conditional(bucket, out, "doesNotMatchPadded", R2Conditional.create().etagDoesNotMatch(etag + " "));
        conditional(bucket, out, "paddedWildcard", R2Conditional.create().etagMatches(" * "));
        out.name("putMatchesPadded").value(bucket.put("etag/spaces", "again", R2PutOptions.create()
                .onlyIf(R2Conditional.create().etagMatches(etag + " "))) == null);
    }

    private static void conditional(R2Bucket bucket, JsonWriter out, String name, R2Conditional condition) {
        R2Object o = bucket.get("etag/spaces", R2GetOptions.create().onlyIf(condition));
        out.name(name).value(o.hasBody() ? "body:" + o.text() : "nobody");
    }

    /** Item 2: workerd refuses negative range parts before any request. */
    private static void negativeRange(R2Bucket bucket, JsonWriter out) {
        bucket.put("digits", "0123456789");
        failure(out, "negativeOffset", () -> bucket.get("digits", R2GetOptions.create().range(R2Range.from(-1))));
        failure(out, "negativeOffsetWithLength", () -> bucket.get("digits",
                R2GetOptions.create().range(R2Range.of(-3, 2))));
        failure(out, "negativeLength", () -> bucket.get("digits", R2GetOptions.create().range(R2Range.of(1, -2))));
        failure(out, "negativeSuffix", () -> bucket.get("digits", R2GetOptions.create().range(R2Range.suffix(-2))));
        failure(out, "zeroLength", () -> bucket.get("digits", R2GetOptions.create().range(R2Range.of(1, 0))));
        failure(out, "negativeOnMissingKey", () -> bucket.get("no/such/key",
                R2GetOptions.create().range(R2Range.from(-1))));
    }

    /** Item 3: a cursor R2 did not make is an opaque token: a page, never an error. */
    private static void opaqueCursor(R2Bucket bucket, JsonWriter out) {
        for (String key : new String[] {"a", "b", "c"}) {
            bucket.put(key, key);
        }
        cursorPage(bucket, out, "garbage", "not a cursor!!");
        cursorPage(bucket, out, "percentSigns", "%%%");
        cursorPage(bucket, out, "base64OfA", "YQ==");
        cursorPage(bucket, out, "unpaddedBase64OfA", "YQ");
    }

    private static void cursorPage(R2Bucket bucket, JsonWriter out, String name, String cursor) {
        R2Objects[] page = new R2Objects[1];
        failure(out, name + "Failure", () -> page[0] = bucket.list(R2ListOptions.create().cursor(cursor)));
        out.name(name).beginArray();
        if (page[0] != null) {
            for (R2Object o : page[0].objects()) {
                out.value(o.key());
            }
        }
        out.endArray();
    }

    /** Item 4: custom metadata limits (the documented 8,192 bytes; miniflare's 2,048). */
    private static void metadataSize(R2Bucket bucket, JsonWriter out) {
        failure(out, "ascii2048", () -> bucket.put("meta/2048", "x", R2PutOptions.create()
                .customMetadata("k", "v".repeat(2047))));
        failure(out, "latin1Under2048Chars", () -> bucket.put("meta/latin1", "x", R2PutOptions.create()
                .customMetadata("k", "\u00e9".repeat(2047))));
        failure(out, "bytes5000", () -> bucket.put("meta/5000", "x", R2PutOptions.create()
                .customMetadata("k", "v".repeat(4999))));
        failure(out, "bytes8192", () -> bucket.put("meta/8192", "x", R2PutOptions.create()
                .customMetadata("k", "v".repeat(8191))));
        failure(out, "bytes8193", () -> bucket.put("meta/8193", "x", R2PutOptions.create()
                .customMetadata("k", "v".repeat(8192))));
        out.name("stored8193").value(bucket.head("meta/8193") != null);
        R2Object latin1 = bucket.head("meta/latin1");
        out.name("latin1Stored").value(latin1 != null && latin1.customMetadata().get("k").length() == 2047);
    }

    /** Item 5, and the checksums beside sha256: each as hex, one per put, checked against the bytes. */
    private static void checksums(R2Bucket bucket, JsonWriter out) {
        failure(out, "sha256Short", () -> bucket.put("sum", "hello", R2PutOptions.create().sha256("abcd")));
        failure(out, "sha256NotHex", () -> bucket.put("sum", "hello", R2PutOptions.create().sha256("zz".repeat(32))));
        failure(out, "md5Short", () -> bucket.put("sum", "hello", R2PutOptions.create().md5("5d41")));
        failure(out, "sha512Long", () -> bucket.put("sum", "hello", R2PutOptions.create().sha512("ab".repeat(65))));
        failure(out, "two", () -> bucket.put("sum", "hello", R2PutOptions.create()
                .md5("5d41402abc4b2a76b9719d911017c592").sha1("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d")));
        out.name("nothingStored").value(bucket.head("sum") == null);
        putChecked(bucket, out, "md5", R2PutOptions.create().md5("5d41402abc4b2a76b9719d911017c592"));
        putChecked(bucket, out, "md5Upper", R2PutOptions.create().md5("5D41402ABC4B2A76B9719D911017C592"));
        putChecked(bucket, out, "sha1", R2PutOptions.create().sha1("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d"));
        putChecked(bucket, out, "sha384", R2PutOptions.create().sha384("59e1748777448c69de6b800d7a33bbfb9ff1b463e44354c3"
                + "553bcdb9c666fa90125a3c79f90397bdf5f6a13de828684f"));
        putChecked(bucket, out, "sha512", R2PutOptions.create().sha512("9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caada"
                + "e2dff72519673ca72323c3d99ba5c11d7c7acc6e14b8c5da0c4663475c2e5c3adef46f73bcdec043"));
        failure(out, "md5Mismatch", () -> bucket.put("sum/bad", "hello", R2PutOptions.create()
                .md5("5d41402abc4b2a76b9719d911017c593")));
        failure(out, "sha1Mismatch", () -> bucket.put("sum/bad", "hello", R2PutOptions.create()
                .sha1("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434e")));
        failure(out, "sha512Mismatch", () -> bucket.put("sum/bad", "hello", R2PutOptions.create()
                .sha512("00".repeat(64))));
        out.name("mismatchNotStored").value(bucket.head("sum/bad") == null);
        out.name("sha384OnHead");
        bucket.put("sum/kept", "hello", R2PutOptions.create().sha384("59e1748777448c69de6b800d7a33bbfb9ff1b463e44354c3"
                + "553bcdb9c666fa90125a3c79f90397bdf5f6a13de828684f"));
        object(out, bucket.head("sum/kept"));
    }

    private static void putChecked(R2Bucket bucket, JsonWriter out, String name, R2PutOptions options) {
        out.name(name);
        object(out, bucket.put("sum/" + name, "hello", options));
    }

    /** Item 6: part numbers are 1..10,000. */
    private static void partNumbers(R2Bucket bucket, JsonWriter out) {
        R2MultipartUpload upload = bucket.createMultipartUpload("mp/numbers");
        failure(out, "part0", () -> upload.uploadPart(0, new byte[] {1}));
        failure(out, "part10001", () -> upload.uploadPart(10_001, new byte[] {1}));
        failure(out, "partNegative", () -> upload.uploadPart(-1, new byte[] {1}));
        R2UploadedPart last = upload.uploadPart(10_000, new byte[] {1, 2, 3});
        out.name("part10000").value(last.partNumber());
        R2Object done = upload.complete(List.of(last));
        out.name("completedSize").value(done.size());
    }

    /** Storage classes on put and multipart, as the objects report them. */
    private static void storageClass(R2Bucket bucket, JsonWriter out) {
        out.name("putDefault").value(bucket.put("sc/default", "x").storageClass());
        out.name("putInfrequent").value(bucket.put("sc/ia", "x", R2PutOptions.create()
                .storageClass(R2StorageClass.INFREQUENT_ACCESS)).storageClass());
        out.name("headInfrequent").value(bucket.head("sc/ia").storageClass());
        out.name("getInfrequent").value(bucket.get("sc/ia").storageClass());
        out.name("listedInfrequent").value(bucket.list(R2ListOptions.create().prefix("sc/ia")).objects().get(0)
                .storageClass());
        R2MultipartUpload upload = bucket.createMultipartUpload("sc/mp", R2MultipartOptions.create()
                .storageClass(R2StorageClass.INFREQUENT_ACCESS));
        R2UploadedPart part = upload.uploadPart(1, new byte[] {1});
        out.name("multipartInfrequent").value(upload.complete(List.of(part)).storageClass());
    }

    /** SSE-C keys: checked as workerd checks them; the object needs its key to be read. */
    private static void ssec(R2Bucket bucket, JsonWriter out) {
        failure(out, "upperCaseKey", () -> bucket.put("enc/x", "x", R2PutOptions.create()
                .ssecKey(SSEC_KEY.toUpperCase())));
        failure(out, "shortKey", () -> bucket.put("enc/x", "x", R2PutOptions.create().ssecKey("abcd")));
        failure(out, "emptyKey", () -> bucket.get("enc/x", R2GetOptions.create().ssecKey("")));
        failure(out, "multipartShortKey", () -> bucket.createMultipartUpload("enc/mp",
                R2MultipartOptions.create().ssecKey("ab")));
        R2Object put = bucket.put("enc/secret", "secret", R2PutOptions.create().ssecKey(SSEC_KEY));
        out.name("putKeyMd5").value(put.ssecKeyMd5());
        out.name("getWithKey").value(bucket.get("enc/secret", R2GetOptions.create().ssecKey(SSEC_KEY)).text());
        out.name("headKeyMd5").value(bucket.head("enc/secret").ssecKeyMd5());
        R2Object[] without = new R2Object[1];
        failure(out, "getWithoutKey", () -> without[0] = bucket.get("enc/secret"));
        out.name("getWithoutKeyText").value(without[0] == null ? null : without[0].text());
        R2MultipartUpload upload = bucket.createMultipartUpload("enc/mp", R2MultipartOptions.create().ssecKey(SSEC_KEY));
        failure(out, "partShortKey", () -> upload.uploadPart(1, new byte[] {1}, "ab"));
        R2UploadedPart part = upload.uploadPart(1, new byte[] {1, 2}, SSEC_KEY);
        out.name("multipartKeyMd5").value(upload.complete(List.of(part)).ssecKeyMd5());
    }

    /** cacheExpiry travels as a date and comes back as Expires. */
    private static void cacheExpiry(R2Bucket bucket, JsonWriter out) {
        long expiry = 1_700_000_000_123L;
        bucket.put("cache/expiring", "x", R2PutOptions.create()
                .httpMetadata(R2HttpMetadata.contentType("text/plain").withCacheExpiry(expiry)));
        R2Object head = bucket.head("cache/expiring");
        out.name("head");
        object(out, head);
        out.name("expires").value(head.writeHttpMetadata(new MutableHeaders()).get("expires"));
        out.name("listed");
        object(out, bucket.list(R2ListOptions.create().prefix("cache/").includeHttpMetadata()).objects().get(0));
        R2MultipartUpload upload = bucket.createMultipartUpload("cache/mp", R2MultipartOptions.create()
                .httpMetadata(R2HttpMetadata.EMPTY.withCacheExpiry(0L)));
        R2UploadedPart part = upload.uploadPart(1, new byte[] {1});
        upload.complete(List.of(part));
        out.name("multipartExpires").value(bucket.head("cache/mp").writeHttpMetadata(new MutableHeaders())
                .get("expires"));
    }

    /** onlyIf given as a request's headers, as workerd parses them. */
    private static void conditionalHeaders(R2Bucket bucket, JsonWriter out) {
        R2Object put = bucket.put("h/obj", "header body");
        String etag = put.etag();
        String quoted = "\"" + etag + "\"";
        String uploadedSecond = HttpDate.format(put.uploaded());
        headerGet(bucket, out, "ifMatch", "if-match", quoted);
        headerGet(bucket, out, "ifMatchList", "if-match", "\"other\", , " + quoted);
        headerGet(bucket, out, "ifMatchWeak", "if-match", "W/" + quoted);
        headerGet(bucket, out, "ifMatchOther", "if-match", "\"other\"");
        headerGet(bucket, out, "ifMatchStar", "if-match", "*");
        headerGet(bucket, out, "ifNoneMatch", "if-none-match", quoted);
        headerGet(bucket, out, "ifNoneMatchWeak", "if-none-match", "W/" + quoted);
        headerGet(bucket, out, "ifNoneMatchOther", "if-none-match", "\"other\"");
        headerGet(bucket, out, "ifNoneMatchStar", "if-none-match", "*");
        headerGet(bucket, out, "ifModifiedSinceLater", "if-modified-since", HttpDate.format(put.uploaded() + 3_600_000));
        headerGet(bucket, out, "ifModifiedSinceEarlier", "if-modified-since", HttpDate.format(put.uploaded() - 3_600_000));
        headerGet(bucket, out, "ifModifiedSinceSameSecond", "if-modified-since", uploadedSecond);
        headerGet(bucket, out, "ifUnmodifiedSinceSameSecond", "if-unmodified-since", uploadedSecond);
        headerGet(bucket, out, "ifUnmodifiedSinceLater", "if-unmodified-since",
                HttpDate.format(put.uploaded() + 3_600_000));
        headerGet(bucket, out, "ifModifiedSinceNotADate", "if-modified-since", "yesterday");
        headerGet(bucket, out, "unquoted", "if-match", etag);
        headerGet(bucket, out, "unclosed", "if-match", "\"" + etag);
        headerGet(bucket, out, "noComma", "if-none-match", "\"a\" \"b\"");
        headerGet(bucket, out, "badWeak", "if-none-match", "W" + quoted);
        headerGet(bucket, out, "noHeaders", "x-other", "1");
        MutableHeaders both = new MutableHeaders().set("if-none-match", "\"other\"")
                .set("if-modified-since", HttpDate.format(put.uploaded() + 3_600_000));
        R2Object o = bucket.get("h/obj", R2GetOptions.create().onlyIf(both));
        out.name("noneMatchOverridesModifiedSince").value(o.hasBody() ? "body:" + o.text() : "nobody");
        out.name("putIfMatchOther").value(bucket.put("h/obj", "v2", R2PutOptions.create()
                .onlyIf(new MutableHeaders().set("if-match", "\"other\""))) == null);
        out.name("putIfNoneMatchStarExisting").value(bucket.put("h/obj", "v3", R2PutOptions.create()
                .onlyIf(new MutableHeaders().set("if-none-match", "*"))) == null);
        out.name("putIfNoneMatchStarNew").value(bucket.put("h/new", "v", R2PutOptions.create()
                .onlyIf(new MutableHeaders().set("if-none-match", "*"))) != null);
        out.name("putIfMatchCurrent").value(bucket.put("h/obj", "v4", R2PutOptions.create()
                .onlyIf(new MutableHeaders().set("if-match", quoted))) != null);
        out.name("afterPuts").value(bucket.get("h/obj").text());
    }

    private static void headerGet(R2Bucket bucket, JsonWriter out, String name, String header, String value) {
        R2Object[] got = new R2Object[1];
        failure(out, name + "Failure", () -> got[0] = bucket.get("h/obj", R2GetOptions.create()
                .onlyIf(new MutableHeaders().set(header, value))));
        out.name(name).value(got[0] == null ? "failed" : got[0].hasBody() ? "body:" + got[0].text() : "nobody");
    }

    /** A Range header, as R2 reads it: one range served, anything else the whole object. */
    private static void rangeHeaders(R2Bucket bucket, JsonWriter out) {
        bucket.put("digits", "0123456789");
        for (String[] c : new String[][] {
            {"closed", "bytes=2-4"}, {"open", "bytes=7-"}, {"suffix", "bytes=-3"}, {"endPastSize", "bytes=8-20"},
            {"spaces", " bytes = 1 - 2"}, {"upperCaseUnit", "BYTES=0-0"}, {"suffixWhole", "bytes=-10"},
            {"several", "bytes=0-1,3-4"}, {"otherUnit", "items=0-1"}, {"startPastEnd", "bytes=20-30"},
            {"backwards", "bytes=4-2"}, {"empty", "bytes="}, {"malformed", "bytes=a-b"},
            {"huge", "bytes=99999999999999999999-"}}) {
            R2Object o = bucket.get("digits", R2GetOptions.create().range(new MutableHeaders().set("range", c[1])));
            out.name(c[0]).value(o.text() + "@" + o.range().offset() + "+" + o.range().length());
        }
        R2Object none = bucket.get("digits", R2GetOptions.create().range(new MutableHeaders()));
        out.name("noRangeHeader").value(none.text());
    }
}
