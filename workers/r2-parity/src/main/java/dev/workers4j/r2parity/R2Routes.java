package dev.workers4j.r2parity;

import dev.workers4j.http.Context;
import dev.workers4j.http.Handler;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.json.JsonWriter;
import dev.workers4j.r2.R2Bucket;
import dev.workers4j.r2.R2ChecksumMismatchException;
import dev.workers4j.r2.R2Conditional;
import dev.workers4j.r2.R2Exception;
import dev.workers4j.r2.R2GetOptions;
import dev.workers4j.r2.R2HttpMetadata;
import dev.workers4j.r2.R2InvalidArgumentException;
import dev.workers4j.r2.R2InvalidKeyException;
import dev.workers4j.r2.R2InvalidLimitException;
import dev.workers4j.r2.R2ListOptions;
import dev.workers4j.r2.R2MultipartOptions;
import dev.workers4j.r2.R2MultipartUpload;
import dev.workers4j.r2.R2UploadedPart;
import dev.workers4j.r2.R2Object;
import dev.workers4j.r2.R2Objects;
import dev.workers4j.r2.R2PutOptions;
import dev.workers4j.r2.R2Range;
import dev.workers4j.worker.Attempt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The R2 scenarios, one route each, over the BUCKET binding. */
final class R2Routes {
    private R2Routes() {
    }

    interface Scenario {
        void run(R2Bucket bucket, JsonWriter out);
    }

    static Router create() {
        return new Router()
                .put("/objects/*", R2Routes::upload)
                .get("/objects/*", R2Routes::serve)
                .post("/reset", scenario(R2Routes::reset))
                .get("/missing", scenario(R2Routes::missing))
                .post("/roundtrip", scenario(R2Routes::roundTrip))
                .post("/range", scenario(R2Routes::range))
                .post("/onlyif/get", scenario(R2Routes::onlyIfGet))
                .post("/onlyif/put", scenario(R2Routes::onlyIfPut))
                .post("/head", scenario(R2Routes::head))
                .post("/delete", scenario(R2Routes::delete))
                .post("/list/prefix", scenario(R2Routes::listPrefix))
                .post("/list/delimiter", scenario(R2Routes::listDelimiter))
                .post("/list/pages", scenario(R2Routes::listPages))
                .post("/list/include", scenario(R2Routes::listInclude))
                .post("/list/order", scenario(R2Routes::listOrder))
                .post("/errors", scenario(R2Routes::errors))
                .post("/multipart", scenario(R2Routes::multipart))
                .post("/multipart/errors", scenario(R2Routes::multipartErrors));
    }

    private static String objectKey(Context c) {
        return c.req().path().substring("/r2/objects/".length());
    }

    /** Stores the request body under the path's key, with its Content-Type. */
    private static Response upload(Context c) {
        String contentType = c.req().header("content-type");
        R2Object put = bucket(c).put(objectKey(c), c.req().bytes(), R2PutOptions.create()
                .httpMetadata(contentType == null ? null : R2HttpMetadata.contentType(contentType)));
        return Response.json(201, "{\"etag\":\"" + put.etag() + "\",\"size\":" + put.size() + "}");
    }

    /** Serves an object as a JS Worker would: metadata headers, ETag, 304 on If-None-Match, 404 when missing. */
    private static Response serve(Context c) {
        String ifNoneMatch = c.req().header("if-none-match");
        R2GetOptions options = R2GetOptions.create();
        if (ifNoneMatch != null) {
            String etag = ifNoneMatch.startsWith("\"") && ifNoneMatch.endsWith("\"") && ifNoneMatch.length() >= 2
                    ? ifNoneMatch.substring(1, ifNoneMatch.length() - 1) : ifNoneMatch;
            options.onlyIf(R2Conditional.create().etagDoesNotMatch(etag));
        }
        R2Object object = bucket(c).get(objectKey(c), options);
        if (object == null) {
            return Response.json(404, "{\"error\":\"no such object\"}");
        }
        dev.workers4j.http.MutableHeaders headers = object.writeHttpMetadata(new dev.workers4j.http.MutableHeaders())
                .set("etag", object.httpEtag());
        return Response.of(object.hasBody() ? 200 : 304, headers, object.hasBody() ? object.bytes() : new byte[0]);
    }

    static Handler scenario(Scenario scenario) {
        return c -> {
            JsonWriter out = JsonWriter.create().beginObject();
            scenario.run(bucket(c), out);
            return Response.json(200, out.endObject().toString());
        };
    }

    static R2Bucket bucket(Context c) {
        return c.env().r2("BUCKET");
    }

    // ---- scenarios

    /** Empties the bucket (miniflare's bucket lives as long as the test class's workerd). */
    private static void reset(R2Bucket bucket, JsonWriter out) {
        int deleted = 0;
        String cursor = null;
        do {
            R2ListOptions options = R2ListOptions.create();
            if (cursor != null) {
                options.cursor(cursor);
            }
            R2Objects page = bucket.list(options);
            List<String> keys = new ArrayList<>();
            for (R2Object o : page.objects()) {
                keys.add(o.key());
            }
            bucket.delete(keys);
            deleted += keys.size();
            cursor = page.truncated() ? page.cursor() : null;
        } while (cursor != null);
        out.name("deleted").value(deleted);
    }

    private static void missing(R2Bucket bucket, JsonWriter out) {
        out.name("getIsNull").value(bucket.get("no/such/key") == null)
                .name("headIsNull").value(bucket.head("no/such/key") == null)
                .name("rangedGetIsNull").value(bucket.get("no/such/key",
                        R2GetOptions.create().range(R2Range.of(0, 1))) == null)
                .name("onlyIfGetIsNull").value(bucket.get("no/such/key",
                        R2GetOptions.create().onlyIf(R2Conditional.create().etagMatches("abc"))) == null);
        bucket.delete("no/such/key");
        out.name("deleteMissingOk").value(true);
    }

    private static void roundTrip(R2Bucket bucket, JsonWriter out) {
        R2HttpMetadata http = R2HttpMetadata.contentType("text/plain; charset=utf-8")
                .withContentDisposition("attachment; filename=\"hello.txt\"")
                .withContentEncoding("identity")
                .withContentLanguage("en-GB")
                .withCacheControl("max-age=60");
        R2Object put = bucket.put("docs/héllo.txt", "hello, wörld ✓", R2PutOptions.create()
                .httpMetadata(http).customMetadata("owner", "ops").customMetadata("ünïcode", "välue ✓"));
        out.name("put");
        object(out, put);
        R2Object got = bucket.get("docs/héllo.txt");
        out.name("get");
        object(out, got);
        out.name("text").value(got.text());
        out.name("sameVersion").value(put.version().equals(got.version()));

        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        R2Object putBinary = bucket.put("bin/all-bytes", binary);
        byte[] back = bucket.get("bin/all-bytes").bytes();
        boolean same = back.length == binary.length;
        for (int i = 0; same && i < back.length; i++) {
            same = back[i] == binary[i];
        }
        out.name("binarySame").value(same).name("binaryEtag").value(putBinary.etag())
                .name("binarySize").value(putBinary.size());

        R2Object replaced = bucket.put("docs/héllo.txt", "second");
        R2Object again = bucket.get("docs/héllo.txt");
        out.name("replacedText").value(again.text())
                .name("replacedVersionChanged").value(!replaced.version().equals(put.version()))
                .name("replacedMetadataCleared").value(again.customMetadata().isEmpty()
                        && again.httpMetadata().contentType() == null);
        R2Object empty = bucket.put("empty", new byte[0]);
        out.name("emptyEtag").value(empty.etag()).name("emptySize").value(empty.size())
                .name("emptyBodyLength").value(bucket.get("empty").bytes().length);
    }

    private static void range(R2Bucket bucket, JsonWriter out) {
        bucket.put("digits", "0123456789");
        ranged(bucket, out, "offsetLength", R2Range.of(2, 3));
        ranged(bucket, out, "offsetOnly", R2Range.from(7));
        ranged(bucket, out, "suffix", R2Range.suffix(4));
        ranged(bucket, out, "suffixPastStart", R2Range.suffix(20));
        ranged(bucket, out, "lengthPastEnd", R2Range.of(8, 10));
        ranged(bucket, out, "lengthOnly", R2Range.of(0, 4));
        R2Object whole = bucket.get("digits");
        out.name("whole").beginObject().name("text").value(whole.text())
                .name("offset").value(whole.range() == null ? -1 : whole.range().offset())
                .name("length").value(whole.range() == null ? -1 : whole.range().length()).endObject();
        failure(out, "offsetPastEnd", () -> bucket.get("digits", R2GetOptions.create().range(R2Range.of(11, 2))));
    }

    private static void ranged(R2Bucket bucket, JsonWriter out, String name, R2Range range) {
        R2Object o = bucket.get("digits", R2GetOptions.create().range(range));
        out.name(name).beginObject().name("text").value(o.text()).name("size").value(o.size())
                .name("offset").value(o.range().offset()).name("length").value(o.range().length()).endObject();
    }

    private static void onlyIfGet(R2Bucket bucket, JsonWriter out) {
        R2Object put = bucket.put("cond/get", "conditional body");
        String etag = put.etag();
        long uploaded = put.uploaded();
        conditionalGet(bucket, out, "etagMatchesOther", R2Conditional.create().etagMatches("0123456789abcdef0123456789abcdef"));
        conditionalGet(bucket, out, "etagMatchesSame", R2Conditional.create().etagMatches(etag));
        failure(out, "etagMatchesQuoted", () -> bucket.get("cond/get", R2GetOptions.create()
                .onlyIf(R2Conditional.create().etagMatches("\"" + etag + "\""))));
        conditionalGet(bucket, out, "etagMatchesStar", R2Conditional.create().etagMatches("*"));
        conditionalGet(bucket, out, "etagDoesNotMatchSame", R2Conditional.create().etagDoesNotMatch(etag));
        conditionalGet(bucket, out, "etagDoesNotMatchOther", R2Conditional.create().etagDoesNotMatch("0123456789abcdef0123456789abcdef"));
        conditionalGet(bucket, out, "uploadedBeforeUpload", R2Conditional.create().uploadedBefore(uploaded - 60000));
        conditionalGet(bucket, out, "uploadedBeforeLater", R2Conditional.create().uploadedBefore(uploaded + 60000));
        conditionalGet(bucket, out, "uploadedAfterEarlier", R2Conditional.create().uploadedAfter(uploaded - 60000));
        conditionalGet(bucket, out, "uploadedAfterLater", R2Conditional.create().uploadedAfter(uploaded + 60000));
        // A failed precondition still gives the object's metadata.
        R2Object failed = bucket.get("cond/get", R2GetOptions.create()
                .onlyIf(R2Conditional.create().etagDoesNotMatch(etag)));
        out.name("failedKey").value(failed.key()).name("failedEtag").value(failed.etag())
                .name("failedSize").value(failed.size()).name("failedEtagIsPuts").value(etag.equals(failed.etag()));
        boolean bytesThrew;
        try {
            failed.bytes();
            bytesThrew = false;
        } catch (IllegalStateException e) {
            bytesThrew = true;
        }
        out.name("failedBytesThrows").value(bytesThrew);
    }

    private static void conditionalGet(R2Bucket bucket, JsonWriter out, String name, R2Conditional condition) {
        R2Object o = bucket.get("cond/get", R2GetOptions.create().onlyIf(condition));
        out.name(name).value(o.hasBody() ? "body:" + o.text() : "nobody");
    }

    private static void onlyIfPut(R2Bucket bucket, JsonWriter out) {
        R2Object first = bucket.put("cond/put", "v1");
        String etag = first.etag();
        out.name("etagMatchesOther").value(bucket.put("cond/put", "v2", R2PutOptions.create()
                .onlyIf(R2Conditional.create().etagMatches("0123456789abcdef0123456789abcdef"))) == null);
        out.name("afterEtagMatchesOther").value(bucket.get("cond/put").text());
        out.name("etagDoesNotMatchSame").value(bucket.put("cond/put", "v3", R2PutOptions.create()
                .onlyIf(R2Conditional.create().etagDoesNotMatch(etag))) == null);
        out.name("afterEtagDoesNotMatchSame").value(bucket.get("cond/put").text());
        R2Object matched = bucket.put("cond/put", "v4", R2PutOptions.create()
                .onlyIf(R2Conditional.create().etagMatches(etag)));
        out.name("etagMatchesSame").value(matched == null ? "null" : matched.etag());
        out.name("afterEtagMatchesSame").value(bucket.get("cond/put").text());
        // Create-if-absent: etagDoesNotMatch "*".
        R2Object created = bucket.put("cond/new", "fresh", R2PutOptions.create()
                .onlyIf(R2Conditional.create().etagDoesNotMatch("*")));
        out.name("createIfAbsent").value(created != null);
        out.name("createIfAbsentAgain").value(bucket.put("cond/new", "again", R2PutOptions.create()
                .onlyIf(R2Conditional.create().etagDoesNotMatch("*"))) == null);
        out.name("afterCreateIfAbsentAgain").value(bucket.get("cond/new").text());
        // etagMatches on a missing key fails; the key stays missing.
        out.name("etagMatchesMissing").value(bucket.put("cond/missing", "x", R2PutOptions.create()
                .onlyIf(R2Conditional.create().etagMatches(etag))) == null);
        out.name("missingStillMissing").value(bucket.head("cond/missing") == null);
        out.name("uploadedBeforeMissing").value(bucket.put("cond/missing2", "x", R2PutOptions.create()
                .onlyIf(R2Conditional.create().uploadedBefore(first.uploaded()))) != null);
    }

    private static void head(R2Bucket bucket, JsonWriter out) {
        R2Object put = bucket.put("head/me", "twelve bytes", R2PutOptions.create()
                .httpMetadata(R2HttpMetadata.contentType("application/octet-stream"))
                .customMetadata("k", "v"));
        R2Object head = bucket.head("head/me");
        out.name("head");
        object(out, head);
        out.name("sameVersion").value(put.version().equals(head.version()))
                .name("sameUploaded").value(put.uploaded() == head.uploaded());
    }

    private static void delete(R2Bucket bucket, JsonWriter out) {
        for (String key : new String[] {"del/a", "del/b", "del/c", "del/d", "del/e"}) {
            bucket.put(key, key);
        }
        bucket.delete("del/a");
        out.name("aAfterDeleteOne").value(bucket.get("del/a") == null);
        bucket.delete(List.of("del/b", "del/c", "del/never-there"));
        bucket.delete(List.of());
        out.name("keysLeft");
        keys(out, bucket.list(R2ListOptions.create().prefix("del/")));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add("del/x" + i);
        }
        many.set(999, "del/d");
        bucket.delete(many);
        out.name("keysLeftAfterThousand");
        keys(out, bucket.list(R2ListOptions.create().prefix("del/")));
    }

    static final String[] LIST_KEYS = {
        "a", "b/1", "b/2", "b/3/x", "b/3/y", "b/4", "ba", "c/d/e", "c/f", "c0", "é", "z/last"
    };

    private static void putListKeys(R2Bucket bucket) {
        for (String key : LIST_KEYS) {
            bucket.put(key, "value of " + key);
        }
    }

    private static void listPrefix(R2Bucket bucket, JsonWriter out) {
        putListKeys(bucket);
        out.name("all");
        page(out, bucket.list());
        out.name("prefixB");
        page(out, bucket.list(R2ListOptions.create().prefix("b")));
        out.name("prefixBSlash");
        page(out, bucket.list(R2ListOptions.create().prefix("b/")));
        out.name("prefixNone");
        page(out, bucket.list(R2ListOptions.create().prefix("nothing/")));
        out.name("startAfter");
        page(out, bucket.list(R2ListOptions.create().startAfter("b/3/x")));
        out.name("startAfterWithPrefix");
        page(out, bucket.list(R2ListOptions.create().prefix("b/").startAfter("b/2")));
        R2Object first = bucket.list(R2ListOptions.create().limit(1)).objects().get(0);
        out.name("listedObject");
        object(out, first);
    }

    private static void listDelimiter(R2Bucket bucket, JsonWriter out) {
        putListKeys(bucket);
        out.name("root");
        page(out, bucket.list(R2ListOptions.create().delimiter("/")));
        out.name("underB");
        page(out, bucket.list(R2ListOptions.create().prefix("b/").delimiter("/")));
        out.name("underC");
        page(out, bucket.list(R2ListOptions.create().prefix("c").delimiter("/")));
        out.name("rootLimit2");
        R2Objects first = bucket.list(R2ListOptions.create().delimiter("/").limit(2));
        page(out, first);
        out.name("rootLimit2Next");
        page(out, bucket.list(R2ListOptions.create().delimiter("/").limit(2).cursor(first.cursor())));
        out.name("walk").beginArray();
        String cursor = null;
        do {
            R2ListOptions options = R2ListOptions.create().delimiter("/").limit(3);
            if (cursor != null) {
                options.cursor(cursor);
            }
            R2Objects page = bucket.list(options);
            for (String prefix : page.delimitedPrefixes()) {
                out.value("prefix:" + prefix);
            }
            for (R2Object o : page.objects()) {
                out.value("key:" + o.key());
            }
            out.value("|");
            cursor = page.truncated() ? page.cursor() : null;
        } while (cursor != null);
        out.endArray();
    }

    private static void listPages(R2Bucket bucket, JsonWriter out) {
        putListKeys(bucket);
        for (int limit : new int[] {1, 2, 5}) {
            out.name("limit" + limit).beginArray();
            String cursor = null;
            int pages = 0;
            do {
                R2ListOptions options = R2ListOptions.create().limit(limit);
                if (cursor != null) {
                    options.cursor(cursor);
                }
                R2Objects page = bucket.list(options);
                pages++;
                out.beginArray();
                for (R2Object o : page.objects()) {
                    out.value(o.key());
                }
                out.endArray();
                cursor = page.truncated() ? page.cursor() : null;
                if (page.truncated() && page.cursor() == null) {
                    out.value("truncated without cursor");
                    break;
                }
            } while (cursor != null && pages < 50);
            out.endArray();
        }
        R2Objects exact = bucket.list(R2ListOptions.create().limit(LIST_KEYS.length));
        out.name("exactLimitTruncated").value(exact.truncated())
                .name("exactLimitCursorNull").value(exact.cursor() == null);
        R2Objects prefixPage = bucket.list(R2ListOptions.create().prefix("b/").limit(2));
        out.name("prefixPage1");
        page(out, prefixPage);
        out.name("prefixPage2");
        page(out, bucket.list(R2ListOptions.create().prefix("b/").limit(2).cursor(prefixPage.cursor())));
        out.name("cursorAndStartAfter");
        page(out, bucket.list(R2ListOptions.create().limit(2).cursor(prefixPage.cursor()).startAfter("c")));
    }

    /** Keys sort by their UTF-8 bytes: U+1F600 (a surrogate pair in Java) comes after U+FFFF. */
    private static void listOrder(R2Bucket bucket, JsonWriter out) {
        for (String key : new String[] {"\ud83d\ude00", "\uffff", "z", "Z", "\u00e9", "a b", "a/b"}) {
            bucket.put(key, key);
        }
        out.name("keys");
        keys(out, bucket.list());
        R2Objects first = bucket.list(R2ListOptions.create().limit(5));
        out.name("afterFive");
        keys(out, bucket.list(R2ListOptions.create().cursor(first.cursor())));
    }

    private static void listInclude(R2Bucket bucket, JsonWriter out) {
        bucket.put("inc/1", "one", R2PutOptions.create()
                .httpMetadata(R2HttpMetadata.contentType("text/plain").withCacheControl("no-store"))
                .customMetadata("n", "1"));
        out.name("none");
        object(out, bucket.list(R2ListOptions.create().prefix("inc/")).objects().get(0));
        out.name("http");
        object(out, bucket.list(R2ListOptions.create().prefix("inc/").includeHttpMetadata()).objects().get(0));
        out.name("custom");
        object(out, bucket.list(R2ListOptions.create().prefix("inc/").includeCustomMetadata()).objects().get(0));
        out.name("both");
        object(out, bucket.list(R2ListOptions.create().prefix("inc/").includeHttpMetadata()
                .includeCustomMetadata()).objects().get(0));
    }

    private static void errors(R2Bucket bucket, JsonWriter out) {
        failure(out, "limit1001", () -> bucket.list(R2ListOptions.create().limit(1001)));
        failure(out, "limit0", () -> bucket.list(R2ListOptions.create().limit(0)));
        failure(out, "emptyKeyGet", () -> bucket.get(""));
        failure(out, "emptyKeyPut", () -> bucket.put("", "x"));
        String tooLong = "k".repeat(1025);
        failure(out, "longKeyPut", () -> bucket.put(tooLong, "x"));
        failure(out, "longKeyGet", () -> bucket.get(tooLong));
        failure(out, "longKeyHead", () -> bucket.head(tooLong));
        failure(out, "longKeyDelete", () -> bucket.delete(tooLong));
        // 512 two-byte characters: 1024 bytes of UTF-8, the longest key allowed.
        String longest = "é".repeat(512);
        failure(out, "longestKeyPut", () -> bucket.put(longest, "x"));
        out.name("longestKeyRead").value(bucket.get(longest).text());
        String multiByteTooLong = "é".repeat(512) + "k";
        failure(out, "multiByteTooLong", () -> bucket.put(multiByteTooLong, "x"));
        List<String> thousandAndOne = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            thousandAndOne.add("k" + i);
        }
        failure(out, "delete1001", () -> bucket.delete(thousandAndOne));
        failure(out, "sha256Mismatch", () -> bucket.put("sum", "hello", R2PutOptions.create()
                .sha256("0000000000000000000000000000000000000000000000000000000000000000")));
        out.name("afterMismatchMissing").value(bucket.head("sum") == null);
        String helloSha256 = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";
        R2Object summed = bucket.put("sum", "hello", R2PutOptions.create().sha256(helloSha256));
        out.name("sha256Match");
        object(out, summed);
        out.name("sha256OnHead");
        object(out, bucket.head("sum"));
    }

    /** Part bytes: a pattern both sides can rebuild. */
    static byte[] pattern(int size, int seed) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) ((i + seed) % 251);
        }
        return bytes;
    }

    static final int PART = 5 * 1024 * 1024;

    private static void multipart(R2Bucket bucket, JsonWriter out) {
        R2MultipartUpload upload = bucket.createMultipartUpload("mp/big.bin", R2MultipartOptions.create()
                .httpMetadata(R2HttpMetadata.contentType("application/x-test")).customMetadata("parts", "2"));
        out.name("key").value(upload.key()).name("hasUploadId").value(upload.uploadId() != null
                && !upload.uploadId().isEmpty());
        byte[] first = pattern(PART, 0);
        byte[] second = pattern(1000, 7);
        // Parts may arrive in any order.
        R2UploadedPart p2 = bucket.resumeMultipartUpload("mp/big.bin", upload.uploadId()).uploadPart(2, second);
        R2UploadedPart p1 = upload.uploadPart(1, first);
        out.name("partNumbers").beginArray().value(p1.partNumber()).value(p2.partNumber()).endArray()
                .name("partEtagsDiffer").value(!p1.etag().equals(p2.etag()));
        out.name("invisibleBeforeComplete").value(bucket.head("mp/big.bin") == null);
        // R2 (miniflare) checks the minimum size on every part but the LAST LISTED, before sorting:
        // listing the small final part first fails, and leaves the upload usable.
        failure(out, "smallPartListedFirst", () -> upload.complete(List.of(p2, p1)));
        R2Object done = upload.complete(List.of(p1, p2));
        out.name("completed");
        object(out, done);
        R2Object got = bucket.get("mp/big.bin");
        byte[] bytes = got.bytes();
        boolean same = bytes.length == PART + 1000;
        for (int i = 0; same && i < PART; i++) {
            same = bytes[i] == first[i];
        }
        for (int i = 0; same && i < 1000; i++) {
            same = bytes[PART + i] == second[i];
        }
        out.name("bodySame").value(same).name("getEtag").value(got.etag());
        byte[] across = bucket.get("mp/big.bin", R2GetOptions.create().range(R2Range.of(PART - 3, 6))).bytes();
        out.name("acrossParts").beginArray();
        for (byte b : across) {
            out.value(b & 0xff);
        }
        out.endArray();
        R2MultipartUpload single = bucket.createMultipartUpload("mp/single");
        R2UploadedPart only = single.uploadPart(1, pattern(10, 3));
        R2Object singleDone = bucket.resumeMultipartUpload("mp/single", single.uploadId()).complete(List.of(only));
        out.name("single");
        object(out, singleDone);
        out.name("singleText").value(bucket.get("mp/single").bytes().length);
    }

    private static void multipartErrors(R2Bucket bucket, JsonWriter out) {
        R2MultipartUpload wrongEtag = bucket.createMultipartUpload("mp/wrong-etag");
        R2UploadedPart part = wrongEtag.uploadPart(1, pattern(10, 0));
        failure(out, "wrongEtag", () -> wrongEtag.complete(List.of(new R2UploadedPart(1, part.etag() + "x"))));
        failure(out, "missingPart", () -> wrongEtag.complete(List.of(part, new R2UploadedPart(2, part.etag()))));
        R2MultipartUpload small = bucket.createMultipartUpload("mp/small");
        R2UploadedPart s1 = small.uploadPart(1, pattern(10, 0));
        R2UploadedPart s2 = small.uploadPart(2, pattern(10, 1));
        failure(out, "smallParts", () -> small.complete(List.of(s1, s2)));
        R2MultipartUpload aborted = bucket.createMultipartUpload("mp/aborted");
        aborted.uploadPart(1, pattern(10, 0));
        aborted.abort();
        failure(out, "abortAgain", aborted::abort);
        failure(out, "uploadAfterAbort", () -> aborted.uploadPart(2, pattern(10, 0)));
        failure(out, "completeAfterAbort", () -> aborted.complete(List.of()));
        out.name("abortedNotStored").value(bucket.head("mp/aborted") == null);
        R2MultipartUpload twice = bucket.createMultipartUpload("mp/twice");
        R2UploadedPart t1 = twice.uploadPart(1, pattern(10, 0));
        twice.complete(List.of(t1));
        failure(out, "completeTwice", () -> twice.complete(List.of(t1)));
        failure(out, "invalidKey", () -> bucket.createMultipartUpload(""));
    }

    // ---- output

    static void failure(JsonWriter out, String name, Runnable action) {
        RuntimeException e = Attempt.run(action);
        out.name(name).beginObject();
        if (e == null) {
            out.name("kind").value("none");
        } else {
            String kind = e instanceof R2InvalidKeyException ? "invalid_key"
                    : e instanceof R2InvalidArgumentException ? "invalid_argument"
                    : e instanceof R2InvalidLimitException ? "invalid_limit"
                    : e instanceof R2ChecksumMismatchException ? "checksum_mismatch"
                    : e instanceof R2Exception ? "r2" : "other";
            out.name("kind").value(kind)
                    .name("code").value(e instanceof R2Exception ? ((R2Exception) e).code() : -1)
                    .name("message").value(e.getMessage());
        }
        out.endObject();
    }

    private static void keys(JsonWriter out, R2Objects page) {
        out.beginArray();
        for (R2Object o : page.objects()) {
            out.value(o.key());
        }
        out.endArray();
    }

    private static void page(JsonWriter out, R2Objects page) {
        out.beginObject().name("keys");
        keys(out, page);
        out.name("delimitedPrefixes").beginArray();
        for (String prefix : page.delimitedPrefixes()) {
            out.value(prefix);
        }
        out.endArray().name("truncated").value(page.truncated())
                .name("hasCursor").value(page.cursor() != null).endObject();
    }

    static void object(JsonWriter out, R2Object o) {
        if (o == null) {
            out.nullValue();
            return;
        }
        R2HttpMetadata http = o.httpMetadata();
        out.beginObject().name("key").value(o.key())
                .name("version").value(o.version())
                .name("size").value(o.size())
                .name("etag").value(o.etag())
                .name("httpEtag").value(o.httpEtag())
                .name("uploaded").value(o.uploaded())
                .name("hasBody").value(o.hasBody())
                .name("httpMetadata").beginObject()
                .name("contentType").value(http.contentType())
                .name("contentDisposition").value(http.contentDisposition())
                .name("contentEncoding").value(http.contentEncoding())
                .name("contentLanguage").value(http.contentLanguage())
                .name("cacheControl").value(http.cacheControl());
        if (http.cacheExpiry() != null) {
            out.name("cacheExpiry").value(http.cacheExpiry().longValue());
        }
        out.endObject().name("storageClass").value(o.storageClass()).name("ssecKeyMd5").value(o.ssecKeyMd5());
        out.name("customMetadata").beginObject();
        for (Map.Entry<String, String> e : o.customMetadata().entrySet()) {
            out.name(e.getKey()).value(e.getValue());
        }
        out.endObject().name("checksums").beginObject();
        for (Map.Entry<String, String> e : o.checksums().entrySet()) {
            out.name(e.getKey()).value(e.getValue());
        }
        out.endObject();
        if (o.range() != null) {
            out.name("range").beginObject().name("offset").value(o.range().offset())
                    .name("length").value(o.range().length()).endObject();
        }
        out.endObject();
    }
}
