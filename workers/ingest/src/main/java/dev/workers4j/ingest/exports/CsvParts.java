package dev.workers4j.ingest.exports;

import dev.workers4j.r2.R2Bucket;
import dev.workers4j.r2.R2HttpMetadata;
import dev.workers4j.r2.R2MultipartOptions;
import dev.workers4j.r2.R2MultipartUpload;
import dev.workers4j.r2.R2Object;
import dev.workers4j.r2.R2PutOptions;
import dev.workers4j.r2.R2UploadedPart;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An export's bytes on their way to R2, never more than one part in memory: text is encoded to
 * UTF-8 straight into a part-sized buffer, and a full buffer goes up as the next part of a
 * multipart upload (made when the first part is due) as soon as another byte follows, so every part
 * but the last is exactly {@code partBytes} long, as R2 requires, and the last is never empty. A
 * file that fits one part is stored by a single put at {@link #finish}.
 */
final class CsvParts {
    static final String CONTENT_TYPE = "text/csv; charset=utf-8";

    private final R2Bucket bucket;
    private final String key;
    private final byte[] buffer;
    private final List<R2UploadedPart> parts;
    private R2MultipartUpload upload;
    private boolean uploadIsOurs;
    private int filled;
    private int partsSinceMark;
    /** The text being appended, copied out of its CharSequence in one call. */
    private char[] chars = new char[512];

    /** Resumes after the given parts of {@code uploadId} (none, and null, for a new file). */
    CsvParts(R2Bucket bucket, String key, int partBytes, String uploadId, List<R2UploadedPart> parts) {
        this.bucket = bucket;
        this.key = key;
        this.buffer = new byte[partBytes];
        this.parts = new ArrayList<>(parts);
        this.upload = uploadId == null ? null : bucket.resumeMultipartUpload(key, uploadId);
    }

    /** Appends text as UTF-8 (an unpaired surrogate becomes '?', as String.getBytes writes it). */
    void append(CharSequence text) {
        int length = text.length();
        if (chars.length < length) {
            chars = new char[Math.max(length, 2 * chars.length)];
        }
        if (text instanceof StringBuilder) {
            ((StringBuilder) text).getChars(0, length, chars, 0);
        } else {
            for (int i = 0; i < length; i++) {
                chars[i] = text.charAt(i);
            }
        }
        int i = 0;
        while (i < length) {
            i = encodeWhileRoom(chars, i, length);
            if (i < length) {
                i = appendChar(chars, i, length);
            }
        }
    }

    /**
     * Encodes chars into the buffer while it has room for any char's bytes (4), without uploading:
     * the per-row loop stays free of suspension points. Returns the index of the first char left.
     */
    private int encodeWhileRoom(char[] text, int from, int length) {
        byte[] out = buffer;
        int at = filled;
        int room = out.length - 4;
        int i = from;
        while (i < length && at <= room) {
            char ch = text[i];
            if (ch < 0x80) {
                out[at++] = (byte) ch;
            } else if (ch < 0x800) {
                out[at++] = (byte) (0xC0 | (ch >> 6));
                out[at++] = (byte) (0x80 | (ch & 0x3F));
            } else if (Character.isHighSurrogate(ch) && i + 1 < length && Character.isLowSurrogate(text[i + 1])) {
                int code = Character.toCodePoint(ch, text[++i]);
                out[at++] = (byte) (0xF0 | (code >> 18));
                out[at++] = (byte) (0x80 | ((code >> 12) & 0x3F));
                out[at++] = (byte) (0x80 | ((code >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (code & 0x3F));
            } else if (Character.isSurrogate(ch)) {
                out[at++] = '?';
            } else {
                out[at++] = (byte) (0xE0 | (ch >> 12));
                out[at++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (ch & 0x3F));
            }
            i++;
        }
        filled = at;
        return i;
    }

    /** One char (two for a surrogate pair) byte by byte, a part going up when the buffer is full; returns the next index. */
    private int appendChar(char[] text, int i, int length) {
        char ch = text[i];
        if (ch < 0x80) {
            put(ch);
        } else if (ch < 0x800) {
            put(0xC0 | (ch >> 6));
            put(0x80 | (ch & 0x3F));
        } else if (Character.isHighSurrogate(ch) && i + 1 < length && Character.isLowSurrogate(text[i + 1])) {
            int code = Character.toCodePoint(ch, text[++i]);
            put(0xF0 | (code >> 18));
            put(0x80 | ((code >> 12) & 0x3F));
            put(0x80 | ((code >> 6) & 0x3F));
            put(0x80 | (code & 0x3F));
        } else if (Character.isSurrogate(ch)) {
            put('?');
        } else {
            put(0xE0 | (ch >> 12));
            put(0x80 | ((ch >> 6) & 0x3F));
            put(0x80 | (ch & 0x3F));
        }
        return i + 1;
    }

    /** Appends bytes as they are (a checkpoint's pending bytes). */
    void append(byte[] bytes) {
        for (byte b : bytes) {
            put(b);
        }
    }

    private void put(int b) {
        if (filled == buffer.length) {
            uploadPart(buffer);
            filled = 0;
        }
        buffer[filled++] = (byte) b;
    }

    private void uploadPart(byte[] bytes) {
        if (upload == null) {
            upload = bucket.createMultipartUpload(key, R2MultipartOptions.create()
                    .httpMetadata(R2HttpMetadata.contentType(CONTENT_TYPE)));
            uploadIsOurs = true;
        }
        parts.add(upload.uploadPart(parts.size() + 1, bytes));
        partsSinceMark++;
    }

    /** How many parts went up since the last call (a checkpoint is due when any did). */
    int takePartsUploaded() {
        int uploaded = partsSinceMark;
        partsSinceMark = 0;
        return uploaded;
    }

    /** The bytes written after the last part. */
    byte[] pending() {
        return Arrays.copyOf(buffer, filled);
    }

    long size() {
        return (long) parts.size() * buffer.length + filled;
    }

    String uploadId() {
        return upload == null ? null : upload.uploadId();
    }

    List<R2UploadedPart> parts() {
        return parts;
    }

    /** Stores what is left as the last part and completes the upload, or puts a one-part file whole. */
    R2Object finish() {
        if (upload == null) {
            return bucket.put(key, pending(), R2PutOptions.create().httpMetadata(R2HttpMetadata.contentType(CONTENT_TYPE)));
        }
        uploadPart(pending());
        filled = 0;
        return upload.complete(parts);
    }

    /** Lets go of an upload this message started and another delivery superseded; one it resumed is left alone. */
    void abandon() {
        if (upload != null && uploadIsOurs) {
            upload.abort();
        }
    }
}
