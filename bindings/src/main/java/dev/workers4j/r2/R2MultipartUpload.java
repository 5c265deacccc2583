package dev.workers4j.r2;

import dev.workers4j.http.BodyStream;
import java.util.List;

/**
 * A multipart upload in progress. Every part but the last must be at least 5 MiB and all of them
 * the same size; the last may be smaller. Failures are {@link R2Exception}s with R2's codes
 * (10024 no such upload, 10025 invalid part, 10011 entity too small, 10048 bad upload).
 */
public interface R2MultipartUpload {
    String key();

    String uploadId();

    /**
     * Uploads (or replaces) part {@code partNumber}; outside 1..10,000 it fails with
     * {@link R2InvalidArgumentException} before any request, as workerd refuses it.
     */
    default R2UploadedPart uploadPart(int partNumber, byte[] value) {
        return uploadPart(partNumber, value, null);
    }

    /** A part of an upload created with an SSE-C key, which every part must give again (null: none). */
    R2UploadedPart uploadPart(int partNumber, byte[] value, String ssecKey);

    /**
     * Uploads part {@code partNumber} from a stream, with the rules of
     * {@link R2Bucket#put(String, BodyStream, R2PutOptions)}: its length must be known.
     */
    default R2UploadedPart uploadPart(int partNumber, BodyStream value) {
        return uploadPart(partNumber, value, null);
    }

    R2UploadedPart uploadPart(int partNumber, BodyStream value, String ssecKey);

    /** Abandons the upload and its parts; aborting twice is harmless. */
    void abort();

    /** Assembles the listed parts (in part-number order) into the object, which it answers. */
    R2Object complete(List<R2UploadedPart> parts);
}
