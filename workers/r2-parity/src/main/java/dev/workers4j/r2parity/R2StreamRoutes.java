package dev.workers4j.r2parity;

import dev.workers4j.crypto.Crypto;
import dev.workers4j.crypto.Encoding;
import dev.workers4j.crypto.Sha256Hasher;
import dev.workers4j.http.BodyStream;
import dev.workers4j.http.Context;
import dev.workers4j.http.MutableHeaders;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.json.JsonWriter;
import dev.workers4j.r2.R2Bucket;
import dev.workers4j.r2.R2GetOptions;
import dev.workers4j.r2.R2HttpMetadata;
import dev.workers4j.r2.R2MultipartUpload;
import dev.workers4j.r2.R2Object;
import dev.workers4j.r2.R2PutOptions;
import dev.workers4j.r2.R2Range;
import dev.workers4j.r2.R2UnknownLengthException;
import dev.workers4j.r2.R2UploadedPart;
import dev.workers4j.worker.Attempt;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Streaming scenarios: objects served, stored and hashed as streams, over HTTP so the bodies are
 * real request and response bodies (in workerd: ReadableStreams that never enter Java).
 */
final class R2StreamRoutes {
    /** Big enough for a 5 MiB part or a multi-MB object; the default 1 MiB would refuse them. */
    static final long BODY_LIMIT = 16L * 1024 * 1024;

    /**
     * The limit of /streams/limited: small, because a limit is shown by answering 413 before the
     * body is read, and the test server (miniflare behind a Node proxy) breaks the connection when a
     * Worker answers while megabytes of an unread body are still on their way.
     */
    static final long SMALL_LIMIT = 1000;

    private R2StreamRoutes() {
    }

    static Router create() {
        return new Router()
                .bodyLimit(BODY_LIMIT)
                .route("/limited", new Router().bodyLimit(SMALL_LIMIT).put("/objects/*", R2StreamRoutes::upload))
                .post("/seed/*", R2StreamRoutes::seed)
                .get("/objects/*", R2StreamRoutes::serve)
                .put("/objects/*", R2StreamRoutes::upload)
                .post("/hash/*", R2StreamRoutes::hash)
                .post("/multipart/create/*", R2StreamRoutes::createUpload)
                .put("/multipart/part/*", R2StreamRoutes::uploadPart)
                .post("/multipart/complete/*", R2StreamRoutes::completeUpload)
                .post("/rules", R2StreamRoutes::rules);
    }

    /** The key after the route's fixed part, e.g. /streams/objects/a/b -> a/b. */
    private static String key(Context c, String route) {
        return c.req().path().substring(("/streams/" + route + "/").length());
    }

    /** The key after /objects/, under /streams or /streams/limited. */
    private static String objectKey(Context c) {
        String path = c.req().path();
        return path.substring(path.indexOf("/objects/") + "/objects/".length());
    }

    private static R2Bucket bucket(Context c) {
        return c.env().r2("BUCKET");
    }

    private static Response stored(int status, R2Object o) {
        return Response.json(status, JsonWriter.create().beginObject().name("etag").value(o.etag())
                .name("size").value(o.size()).endObject().toString());
    }

    /** Stores the pattern bytes (R2Routes.pattern) of ?size= and ?seed=, made in the Worker. */
    private static Response seed(Context c) {
        byte[] bytes = R2Routes.pattern(Integer.parseInt(c.query("size")), Integer.parseInt(c.query("seed")));
        return stored(201, bucket(c).put(key(c, "seed"), bytes, R2PutOptions.create()
                .httpMetadata(R2HttpMetadata.contentType("application/x-pattern"))));
    }

    /** The object's body as the response body: R2's stream, untouched by Java in workerd. */
    private static Response serve(Context c) {
        R2Object object = bucket(c).get(objectKey(c), R2GetOptions.create().range(range(c)));
        if (object == null) {
            return Response.json(404, "{\"error\":\"no such object\"}");
        }
        MutableHeaders headers = object.writeHttpMetadata(new MutableHeaders()).set("etag", object.httpEtag())
                .set("x-body-length", String.valueOf(object.bodyLength()));
        if ("bytes".equals(c.query("via"))) {   // the byte[] path, to compare with
            return Response.of(200, headers, object.bytes());
        }
        return Response.of(200, headers, object.body());
    }

    /** ?offset=&length= or ?suffix=, else the whole object. */
    private static R2Range range(Context c) {
        if (c.query("suffix") != null) {
            return R2Range.suffix(Long.parseLong(c.query("suffix")));
        }
        if (c.query("offset") != null) {
            return R2Range.of(Long.parseLong(c.query("offset")), Long.parseLong(c.query("length")));
        }
        return null;
    }

    /** The request body straight into R2; 411 when its length is unknown (a chunked upload). */
    private static Response upload(Context c) {
        String contentType = c.req().header("content-type");
        try {
            return stored(201, bucket(c).put(objectKey(c), c.req().bodyStream(), R2PutOptions.create()
                    .httpMetadata(contentType == null ? null : R2HttpMetadata.contentType(contentType))));
        } catch (R2UnknownLengthException e) {
            return lengthRequired(e);
        }
    }

    private static Response lengthRequired(R2UnknownLengthException e) {
        return Response.json(411, JsonWriter.create().beginObject().name("error").value("length_required")
                .name("message").value(e.getMessage()).endObject().toString());
    }

    /**
     * Reads the object (or ?offset=&length= of it) in Java and hashes it on the way, never holding
     * it: chunk by chunk as R2 delivers them, or ?reads=N bytes at a time through InputStream.
     */
    private static Response hash(Context c) {
        R2Object object = bucket(c).get(key(c, "hash"), R2GetOptions.create().range(range(c)));
        Sha256Hasher hasher = Crypto.newSha256();
        long total = 0;
        int chunks = 0;
        BodyStream body = object.body();
        if (c.query("reads") != null) {
            byte[] buffer = new byte[Integer.parseInt(c.query("reads"))];
            for (int n = body.read(buffer, 0, buffer.length); n >= 0; n = body.read(buffer, 0, buffer.length)) {
                hasher.update(buffer, 0, n);
                total += n;
                chunks++;
            }
        } else {
            for (byte[] chunk = body.readChunk(); chunk != null; chunk = body.readChunk()) {
                hasher.update(chunk);
                total += chunk.length;
                chunks++;
            }
        }
        return Response.json(200, JsonWriter.create().beginObject()
                .name("sha256").value(Encoding.hex(hasher.digest()))
                .name("bytes").value(total)
                .name("expectedLength").value(object.bodyLength())
                .name("severalChunks").value(chunks > 1)
                .endObject().toString());
    }

    private static Response createUpload(Context c) {
        R2MultipartUpload upload = bucket(c).createMultipartUpload(key(c, "multipart/create"));
        return Response.json(200, "{\"uploadId\":\"" + upload.uploadId() + "\"}");
    }

    /** ?uploadId=&part=: the request body straight into the part. */
    private static Response uploadPart(Context c) {
        R2MultipartUpload upload = bucket(c).resumeMultipartUpload(key(c, "multipart/part"), c.query("uploadId"));
        try {
            R2UploadedPart part = upload.uploadPart(Integer.parseInt(c.query("part")), c.req().bodyStream());
            return Response.json(200, JsonWriter.create().beginObject().name("partNumber").value(part.partNumber())
                    .name("etag").value(part.etag()).endObject().toString());
        } catch (R2UnknownLengthException e) {
            return lengthRequired(e);
        }
    }

    /** ?uploadId=; the body lists the parts, one "number etag" a line. */
    private static Response completeUpload(Context c) {
        List<R2UploadedPart> parts = new ArrayList<>();
        for (String line : c.req().text().split("\n")) {
            if (!line.isEmpty()) {
                int space = line.indexOf(' ');
                parts.add(new R2UploadedPart(Integer.parseInt(line.substring(0, space)), line.substring(space + 1)));
            }
        }
        R2Object done = bucket(c).resumeMultipartUpload(key(c, "multipart/complete"), c.query("uploadId"))
                .complete(parts);
        return stored(200, done);
    }

    /** What may and may not be done with a stream, and streams moved from object to object. */
    private static Response rules(Context c) {
        R2Bucket bucket = bucket(c);
        JsonWriter out = JsonWriter.create().beginObject();
        byte[] source = R2Routes.pattern(200_000, 5);
        String sourceEtag = bucket.put("rules/source", source).etag();

        // An object's body stream goes into another put as it is (known length: R2's own stream).
        R2Object copied = bucket.put("rules/copy", bucket.get("rules/source").body());
        out.name("copyEtagSame").value(sourceEtag.equals(copied.etag()));
        out.name("copyBytesSame").value(java.util.Arrays.equals(source, bucket.get("rules/copy").bytes()));

        // A range of one object's stream, stored as a new object.
        R2Object slice = bucket.put("rules/slice", bucket.get("rules/source",
                R2GetOptions.create().range(R2Range.of(1000, 5000))).body());
        out.name("sliceSize").value(slice.size()).name("sliceBytesSame").value(java.util.Arrays.equals(
                java.util.Arrays.copyOfRange(source, 1000, 6000), bucket.get("rules/slice").bytes()));

        // Streams made in Java: known length is stored, unknown length refused as workerd refuses it.
        out.name("javaStreamKnownLength").value(bucket.put("rules/java", BodyStream.of(source)).size());
        failure(out, "javaStreamUnknownLength", () -> bucket.put("rules/unknown",
                BodyStream.of(new ByteArrayInputStream(source), -1)));
        out.name("unknownNotStored").value(bucket.head("rules/unknown") == null);

        // A stream partly read in Java cannot be handed over, to a Response or to R2.
        BodyStream partly = bucket.get("rules/source").body();
        partly.readChunk();
        failure(out, "partlyReadToResponse", () -> Response.of(200, new MutableHeaders(), partly));
        failure(out, "partlyReadToPut", () -> bucket.put("rules/partly", partly));

        // A stream is taken once; bytes() after the stream was read, and the other way round.
        BodyStream once = bucket.get("rules/source").body();
        bucket.put("rules/once", once);
        failure(out, "handOverTwice", () -> bucket.put("rules/twice", once));
        failure(out, "readAfterHandOver", once::readChunk);
        R2Object streamedFirst = bucket.get("rules/source");
        streamedFirst.body().readChunk();
        failure(out, "bytesAfterBodyRead", streamedFirst::bytes);
        R2Object bytesFirst = bucket.get("rules/source");
        out.name("bytesThenBodySame").value(java.util.Arrays.equals(bytesFirst.bytes(),
                bytesFirst.body().readAllBytes()));
        R2Object wholeRead = bucket.get("rules/source");
        out.name("readAllBytesSame").value(java.util.Arrays.equals(source, wholeRead.body().readAllBytes()));
        out.name("bodyLength").value(wholeRead.bodyLength());
        R2Object headOnly = bucket.head("rules/source");
        failure(out, "bodyOfHead", headOnly::body);
        return Response.json(200, out.endObject().toString());
    }

    private static void failure(JsonWriter out, String name, Runnable action) {
        RuntimeException e = Attempt.run(action);
        out.name(name).beginObject();
        if (e == null) {
            out.name("kind").value("none");
        } else {
            out.name("kind").value(e instanceof R2UnknownLengthException ? "unknown_length"
                    : e instanceof IllegalStateException ? "illegal_state" : "other");
            out.name("message").value(e.getMessage());
        }
        out.endObject();
    }
}
