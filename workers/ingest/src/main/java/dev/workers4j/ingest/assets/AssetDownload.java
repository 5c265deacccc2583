package dev.workers4j.ingest.assets;

import dev.workers4j.crypto.Crypto;
import dev.workers4j.crypto.Encoding;
import dev.workers4j.crypto.Sha256Hasher;
import dev.workers4j.fetch.Outbound;
import dev.workers4j.fetch.OutboundException;
import dev.workers4j.http.BodyStream;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.http.Validation;
import dev.workers4j.r2.R2Bucket;
import dev.workers4j.r2.R2MultipartUpload;
import dev.workers4j.r2.R2UploadedPart;
import dev.workers4j.worker.Attempt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fetches an asset's source and hashes it on the way through, never holding more than one part:
 * a file that fits in {@link #PART_SIZE} bytes stays in memory, a bigger one goes up part by part
 * as a multipart upload to a staging key (its final key names its hash, known only at the end).
 * The size limit is enforced while streaming, not only from Content-Length.
 *
 * <p>Failures come out as {@link Refused} (retrying cannot help: 4xx, an HTML page, too big, a
 * timeout) or {@link Unavailable} (worth another try: 5xx, 408, 429, no answer, a broken body).
 */
final class AssetDownload {
    static final int PART_SIZE = 8 * 1024 * 1024;

    private AssetDownload() {
    }

    /** Retrying cannot help; the message says why, for the asset's record. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** The source could not be read this time; a later attempt may succeed. */
    static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message);
        }
    }

    static Downloaded fetch(String url, long maxBytes, long timeoutMillis, R2Bucket bucket, String stagingKey) {
        Response response = get(url, timeoutMillis);
        String mediaType = ContentTypes.mediaType(response.header("content-type"));
        if (ContentTypes.isHtml(mediaType)) {
            throw new Refused("the source answered an HTML page (" + mediaType + "), not a file: a share link that"
                    + " shows a preview, or a login page?");
        }
        String length = response.header("content-length");
        Long declared = length == null ? null : Validation.parseLong(length.trim());
        if (declared != null && declared > maxBytes) {
            discardBody(response);
            throw tooBig(declared, maxBytes);
        }
        BodyStream body = response.streamBodyOrNull();
        if (body == null) {
            body = BodyStream.of(response.hasBody() ? response.bytes() : new byte[0]);
        }
        String fileName = ContentDisposition.fileName(response.header("content-disposition"));
        BodyStream source = body;
        Downloaded[] result = new Downloaded[1];
        RuntimeException broken = Attempt.run(() -> result[0] = stream(source, maxBytes, bucket, stagingKey, mediaType,
                fileName, timeoutMillis));
        if (broken != null) {
            Attempt.run(source::close);
            throw broken instanceof Refused || broken instanceof Unavailable ? broken : unavailable(broken, timeoutMillis);
        }
        return result[0];
    }

    private static Response get(String url, long timeoutMillis) {
        Response[] answered = new Response[1];
        RuntimeException failed = Attempt.run(() -> answered[0] = Outbound.fetch(Request.builder("GET", url)
                .header("accept", "*/*").build(), timeoutMillis));
        if (failed != null) {
            throw unavailable(failed, timeoutMillis);
        }
        Response response = answered[0];
        int status = response.status();
        if (status >= 200 && status < 300 && status != 204 && status != 206) {
            return response;
        }
        discardBody(response);
        if (status == 408 || status == 429 || status >= 500) {
            throw new Unavailable("the source answered " + status + "; trying again later");
        }
        if (status == 404 || status == 410) {
            throw new Refused("the source answered " + status + ": no file at this URL");
        }
        if (status == 401 || status == 403) {
            throw new Refused("the source answered " + status + ": the link is private or has expired");
        }
        throw new Refused("the source answered " + status + " where a file was expected");
    }

    private static Downloaded stream(BodyStream body, long maxBytes, R2Bucket bucket, String stagingKey,
            String mediaType, String fileName, long timeoutMillis) {
        Sha256Hasher hasher = Crypto.newSha256();
        byte[] part = new byte[PART_SIZE];
        int filled = 0;
        long size = 0;
        R2MultipartUpload upload = null;
        List<R2UploadedPart> parts = new ArrayList<>();
        boolean sniffed = false;
        for (byte[] chunk = body.readChunk(); chunk != null; chunk = body.readChunk()) {
            size += chunk.length;
            if (size > maxBytes) {
                abort(upload);
                throw tooBig(size, maxBytes);
            }
            hasher.update(chunk);
            int at = 0;
            while (at < chunk.length) {
                int n = Math.min(chunk.length - at, PART_SIZE - filled);
                System.arraycopy(chunk, at, part, filled, n);
                filled += n;
                at += n;
                if (!sniffed && (filled >= 64 || size == filled && at == chunk.length)) {
                    sniffed = true;
                    if (ContentTypes.looksLikeHtml(part, filled)) {
                        abort(upload);
                        throw new Refused("the source answered an HTML page where a file was expected (it was sent as "
                                + (mediaType == null ? "no content type" : mediaType) + ")");
                    }
                }
                if (filled == PART_SIZE) {
                    if (upload == null) {
                        upload = bucket.createMultipartUpload(stagingKey);
                    }
                    R2MultipartUpload current = upload;
                    byte[] full = part;
                    RuntimeException failed = Attempt.run(() -> parts.add(current.uploadPart(parts.size() + 1, full)));
                    if (failed != null) {
                        abort(upload);
                        throw failed;
                    }
                    filled = 0;
                }
            }
        }
        if (!sniffed && ContentTypes.looksLikeHtml(part, filled)) {
            throw new Refused("the source answered an HTML page where a file was expected");
        }
        String hash = Encoding.hex(hasher.digest());
        if (upload == null) {
            return new Downloaded(hash, size, mediaType, fileName, Arrays.copyOf(part, filled), null);
        }
        R2MultipartUpload current = upload;
        int last = filled;
        RuntimeException failed = Attempt.run(() -> {
            if (last > 0) {
                parts.add(current.uploadPart(parts.size() + 1, Arrays.copyOf(part, last)));
            }
            current.complete(parts);
        });
        if (failed != null) {
            abort(upload);
            throw failed;
        }
        return new Downloaded(hash, size, mediaType, fileName, null, stagingKey);
    }

    /** Cancels a body we will not read, so the connection is not kept streaming it. */
    private static void discardBody(Response response) {
        BodyStream body = response.streamBodyOrNull();
        if (body != null) {
            Attempt.run(body::close);
        }
    }

    private static void abort(R2MultipartUpload upload) {
        if (upload != null) {
            Attempt.run(upload::abort); // best effort: R2 drops an unfinished upload after a week anyway
        }
    }

    private static Refused tooBig(long size, long maxBytes) {
        return new Refused("the file is larger than the limit of " + maxBytes + " bytes (ASSET_MAX_BYTES)"
                + (size > maxBytes ? ": " + size + " bytes or more" : ""));
    }

    /** A failure to get the bytes: a timeout is final (the next try would time out too), the rest is not. */
    private static RuntimeException unavailable(RuntimeException failure, long timeoutMillis) {
        if (failure instanceof OutboundException outbound) {
            if (outbound.timedOut()) {
                return new Refused("the download timed out after " + timeoutMillis / 1000 + " s");
            }
            return new Unavailable("the source could not be reached: " + outbound.reason());
        }
        return new Unavailable("the download broke off: " + failure.getMessage());
    }
}
