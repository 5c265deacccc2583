package dev.workers4j.testing.r2;

import dev.workers4j.http.BodyStream;
import dev.workers4j.r2.R2Bucket;
import dev.workers4j.r2.R2ChecksumMismatchException;
import dev.workers4j.r2.R2Conditional;
import dev.workers4j.r2.R2Exception;
import dev.workers4j.r2.R2GetOptions;
import dev.workers4j.r2.R2HttpMetadata;
import dev.workers4j.r2.R2ListOptions;
import dev.workers4j.r2.R2MultipartOptions;
import dev.workers4j.r2.R2MultipartUpload;
import dev.workers4j.r2.R2UploadedPart;
import dev.workers4j.r2.R2Object;
import dev.workers4j.r2.R2Objects;
import dev.workers4j.r2.R2PutOptions;
import dev.workers4j.r2.R2Range;
import dev.workers4j.r2.R2UnknownLengthException;
import dev.workers4j.r2.R2Validation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * An R2 bucket in memory that behaves as miniflare's local R2 (the one `wrangler dev` runs):
 * etag = md5 hex of the bytes, version = 32 random hex digits, keys ordered by their UTF-8 bytes,
 * list pages of limit (default 1000, at most 100 when metadata is included) continuing after the
 * last returned key (for a delimited prefix, the last key under it), cursor = base64 of that key,
 * onlyIf evaluated as R2 does (strong etagMatches, weak etagDoesNotMatch, strict time comparisons).
 * A get's body streams over the stored bytes in 64 KiB chunks; a streamed put or uploadPart reads
 * its stream whole, and refuses one of unknown length with workerd's error.
 */
public final class InMemoryR2Bucket implements R2Bucket {
    /** Code point order, which is the order of the keys' UTF-8 bytes (R2's, and SQLite's BINARY). */
    static final Comparator<String> UTF8_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    private static final SecureRandom RANDOM = new SecureRandom();

    private final NavigableMap<String, Stored> objects = new TreeMap<>(UTF8_ORDER);
    private final LongSupplier clock;
    private long lastUploaded;

    public InMemoryR2Bucket() {
        this(System::currentTimeMillis);
    }

    /** A bucket whose upload times come from the given clock (epoch millis). */
    public InMemoryR2Bucket(LongSupplier clock) {
        this.clock = clock;
    }

    private static final class Stored {
        final String key;
        final String version;
        final byte[] bytes;
        final String etag;
        final long uploaded;
        final R2HttpMetadata httpMetadata;
        final Map<String, String> customMetadata;
        final Map<String, String> checksums;

        Stored(String key, String version, byte[] bytes, String etag, long uploaded, R2HttpMetadata httpMetadata,
                Map<String, String> customMetadata, Map<String, String> checksums) {
            this.key = key;
            this.version = version;
            this.bytes = bytes;
            this.etag = etag;
            this.uploaded = uploaded;
            this.httpMetadata = httpMetadata;
            this.customMetadata = customMetadata;
            this.checksums = checksums;
        }

        R2Object toObject(R2Range range, byte[] body, boolean withHttp, boolean withCustom) {
            return new R2Object(key, version, bytes.length, etag, uploaded,
                    withHttp ? httpMetadata : R2HttpMetadata.EMPTY, withCustom ? customMetadata : Map.of(),
                    checksums, range, body);
        }
    }

    @Override
    public synchronized R2Object get(String key, R2GetOptions options) {
        R2Validation.key("get", key);
        Stored stored = objects.get(key);
        if (stored == null) {
            return null;
        }
        R2Range whole = R2Range.of(0, stored.bytes.length);
        if (options != null && options.onlyIf() != null && !holds(options.onlyIf(), stored)) {
            return stored.toObject(whole, null, true, true);
        }
        R2Range range = options == null || options.range() == null ? whole : resolve(options.range(), stored.bytes.length);
        int from = (int) range.offset();
        byte[] body = Arrays.copyOfRange(stored.bytes, from, from + (int) range.length());
        return stored.toObject(range, body, true, true);
    }

    @Override
    public synchronized R2Object head(String key) {
        R2Validation.key("head", key);
        Stored stored = objects.get(key);
        return stored == null ? null : stored.toObject(R2Range.of(0, stored.bytes.length), null, true, true);
    }

    @Override
    public synchronized R2Object put(String key, byte[] value, R2PutOptions options) {
        R2Validation.key("put", key);
        byte[] bytes = value == null ? new byte[0] : value.clone();
        String md5 = hex(digest("MD5", bytes));
        Map<String, String> checksums = new LinkedHashMap<>();
        checksums.put("md5", md5);
        R2HttpMetadata http = R2HttpMetadata.EMPTY;
        Map<String, String> custom = Map.of();
        if (options != null) {
            if (options.sha256() != null) {
                String actual = hex(digest("SHA-256", bytes));
                if (!actual.equalsIgnoreCase(options.sha256())) {
                    throw new R2ChecksumMismatchException("put: The SHA-256 checksum you specified did not match what"
                            + " we received.\nYou provided a SHA-256 checksum with value: "
                            + options.sha256().toLowerCase() + "\nActual SHA-256 was: " + actual
                            + " (" + R2Exception.BAD_DIGEST + ")");
                }
                checksums.put("sha256", actual);
            }
            if (options.onlyIf() != null && !holds(options.onlyIf(), objects.get(key))) {
                return null;
            }
            if (options.httpMetadata() != null) {
                http = options.httpMetadata();
            }
            custom = new LinkedHashMap<>(options.customMetadata());
        }
        byte[] version = new byte[16];
        RANDOM.nextBytes(version);
        // Upload times never go backwards within one bucket, so uploadedAfter/Before tests are stable.
        long uploaded = Math.max(clock.getAsLong(), lastUploaded);
        lastUploaded = uploaded;
        Stored stored = new Stored(key, hex(version), bytes, md5, uploaded, http, custom, checksums);
        objects.put(key, stored);
        return stored.toObject(null, null, true, true);
    }

    @Override
    public R2Object put(String key, BodyStream value, R2PutOptions options) {
        R2Validation.key("put", key);
        return put(key, drain(value, "put"), options);
    }

    /** A streamed value's bytes, under workerd's rule: the stream's length must be known. */
    private static byte[] drain(BodyStream value, String operation) {
        value.requireUnread("R2 " + operation);
        if (value.length() < 0) {
            value.handOver("R2 " + operation);
            throw new R2UnknownLengthException(R2UnknownLengthException.MESSAGE);
        }
        return value.handOverBytes("R2 " + operation);
    }

    @Override
    public synchronized void delete(String key) {
        R2Validation.key("delete", key);
        objects.remove(key);
    }

    @Override
    public synchronized void delete(List<String> keys) {
        R2Validation.keys("delete", keys);
        for (String key : keys) {
            objects.remove(key);
        }
    }

    @Override
    public synchronized R2Objects list(R2ListOptions options) {
        R2ListOptions o = options == null ? R2ListOptions.create() : options;
        R2Validation.limit(o.limit());
        int limit = o.limit() == null ? R2Validation.MAX_LIST_LIMIT : o.limit();
        boolean withHttp = o.includesHttpMetadata();
        boolean withCustom = o.includesCustomMetadata();
        if (withHttp || withCustom) {
            limit = Math.min(limit, 100);
        }
        String prefix = o.prefix() == null ? "" : o.prefix();
        String startAfter = o.startAfter();
        if (o.cursor() != null) {
            String fromCursor = new String(Base64.getDecoder().decode(o.cursor()), StandardCharsets.UTF_8);
            if (startAfter == null || UTF8_ORDER.compare(fromCursor, startAfter) > 0) {
                startAfter = fromCursor;
            }
        }
        String delimiter = o.delimiter() == null || o.delimiter().isEmpty() ? null : o.delimiter();
        NavigableMap<String, Stored> candidates = startAfter == null ? objects : objects.tailMap(startAfter, false);

        // Rows as miniflare builds them: each key, or each delimited prefix (standing at its last key),
        // in order of that last key.
        List<String> rowLastKeys = new ArrayList<>();
        List<Object> rows = new ArrayList<>();
        Map<String, Integer> prefixRow = new LinkedHashMap<>();
        for (Stored stored : candidates.values()) {
            if (!stored.key.startsWith(prefix)) {
                continue;
            }
            if (delimiter != null) {
                int at = stored.key.indexOf(delimiter, prefix.length());
                if (at >= 0) {
                    String group = stored.key.substring(0, at + delimiter.length());
                    Integer index = prefixRow.get(group);
                    if (index == null) {
                        prefixRow.put(group, rows.size());
                        rows.add(group);
                        rowLastKeys.add(stored.key);
                    } else {
                        rowLastKeys.set(index, stored.key);
                    }
                    continue;
                }
            }
            rows.add(stored);
            rowLastKeys.add(stored.key);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        order.sort((x, y) -> UTF8_ORDER.compare(rowLastKeys.get(x), rowLastKeys.get(y)));

        List<R2Object> page = new ArrayList<>();
        List<String> delimitedPrefixes = new ArrayList<>();
        int count = Math.min(limit, order.size());
        for (int i = 0; i < count; i++) {
            Object row = rows.get(order.get(i));
            if (row instanceof String) {
                delimitedPrefixes.add((String) row);
            } else {
                page.add(((Stored) row).toObject(null, null, withHttp, withCustom));
            }
        }
        boolean truncated = order.size() > limit;
        String cursor = truncated ? Base64.getEncoder().encodeToString(
                rowLastKeys.get(order.get(limit - 1)).getBytes(StandardCharsets.UTF_8)) : null;
        return new R2Objects(page, truncated, cursor, delimitedPrefixes);
    }

    // ---- multipart, as miniflare: parts get random etags; complete checks etags, sizes (all but the
    // last >= 5 MiB and equal, the last no larger), and stores md5(part md5s)-N as the etag.

    /** miniflare's minimum size of every part but the last (5 MiB). */
    public static final int MIN_PART_SIZE = 5 * 1024 * 1024;

    private final Map<String, Upload> uploads = new LinkedHashMap<>();

    private enum UploadState { IN_PROGRESS, COMPLETED, ABORTED }

    private static final class Part {
        final byte[] bytes;
        final String etag;
        final byte[] md5;

        Part(byte[] bytes, String etag, byte[] md5) {
            this.bytes = bytes;
            this.etag = etag;
            this.md5 = md5;
        }
    }

    private static final class Upload {
        final String key;
        final R2HttpMetadata httpMetadata;
        final Map<String, String> customMetadata;
        final Map<Integer, Part> parts = new TreeMap<>();
        UploadState state = UploadState.IN_PROGRESS;

        Upload(String key, R2HttpMetadata httpMetadata, Map<String, String> customMetadata) {
            this.key = key;
            this.httpMetadata = httpMetadata;
            this.customMetadata = customMetadata;
        }
    }

    @Override
    public synchronized R2MultipartUpload createMultipartUpload(String key, R2MultipartOptions options) {
        R2Validation.key("createMultipartUpload", key);
        byte[] id = new byte[128];
        RANDOM.nextBytes(id);
        String uploadId = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        uploads.put(uploadId, new Upload(key,
                options == null || options.httpMetadata() == null ? R2HttpMetadata.EMPTY : options.httpMetadata(),
                options == null ? Map.of() : new LinkedHashMap<>(options.customMetadata())));
        return new FakeUpload(key, uploadId);
    }

    @Override
    public R2MultipartUpload resumeMultipartUpload(String key, String uploadId) {
        R2Validation.key("resumeMultipartUpload", key);
        return new FakeUpload(key, uploadId);
    }

    private final class FakeUpload implements R2MultipartUpload {
        private final String key;
        private final String uploadId;

        FakeUpload(String key, String uploadId) {
            this.key = key;
            this.uploadId = uploadId;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public String uploadId() {
            return uploadId;
        }

        @Override
        public R2UploadedPart uploadPart(int partNumber, byte[] value) {
            synchronized (InMemoryR2Bucket.this) {
                R2Validation.key("uploadPart", key);
                Upload upload = uploads.get(uploadId);
                if (upload == null || !upload.key.equals(key) || upload.state != UploadState.IN_PROGRESS) {
                    throw noSuchUpload("uploadPart");
                }
                byte[] bytes = value == null ? new byte[0] : value.clone();
                byte[] etag = new byte[128];
                RANDOM.nextBytes(etag);
                Part part = new Part(bytes, Base64.getUrlEncoder().withoutPadding().encodeToString(etag),
                        digest("MD5", bytes));
                upload.parts.put(partNumber, part);
                return new R2UploadedPart(partNumber, part.etag);
            }
        }

        @Override
        public R2UploadedPart uploadPart(int partNumber, BodyStream value) {
            return uploadPart(partNumber, drain(value, "uploadPart"));
        }

        @Override
        public void abort() {
            synchronized (InMemoryR2Bucket.this) {
                R2Validation.key("abortMultipartUpload", key);
                Upload upload = uploads.get(uploadId);
                if (upload == null || !upload.key.equals(key)) {
                    throw new R2Exception(R2Exception.INTERNAL_ERROR, "abortMultipartUpload: We encountered an"
                            + " internal error. Please try again. (" + R2Exception.INTERNAL_ERROR + ")");
                }
                if (upload.state == UploadState.IN_PROGRESS) {
                    upload.parts.clear();
                    upload.state = UploadState.ABORTED;
                }
            }
        }

        @Override
        public R2Object complete(List<R2UploadedPart> selected) {
            synchronized (InMemoryR2Bucket.this) {
                R2Validation.key("completeMultipartUpload", key);
                Upload upload = uploads.get(uploadId);
                if (upload == null || !upload.key.equals(key)) {
                    throw new R2Exception(R2Exception.INTERNAL_ERROR, "completeMultipartUpload: We encountered an"
                            + " internal error. Please try again. (" + R2Exception.INTERNAL_ERROR + ")");
                }
                if (upload.state != UploadState.IN_PROGRESS) {
                    throw noSuchUpload("completeMultipartUpload");
                }
                Set<Integer> seen = new HashSet<>();
                List<Integer> numbers = new ArrayList<>();
                for (R2UploadedPart p : selected) {
                    if (!seen.add(p.partNumber())) {
                        throw new R2Exception(R2Exception.INTERNAL_ERROR, "completeMultipartUpload: We encountered an"
                                + " internal error. Please try again. (" + R2Exception.INTERNAL_ERROR + ")");
                    }
                    Part part = upload.parts.get(p.partNumber());
                    if (part == null || !part.etag.equals(p.etag())) {
                        throw new R2Exception(R2Exception.INVALID_PART, "completeMultipartUpload: One or more of the"
                                + " specified parts could not be found. (" + R2Exception.INVALID_PART + ")");
                    }
                    numbers.add(p.partNumber());
                }
                for (int i = 0; i < numbers.size() - 1; i++) {
                    if (upload.parts.get(numbers.get(i)).bytes.length < MIN_PART_SIZE) {
                        throw new R2Exception(R2Exception.ENTITY_TOO_SMALL, "completeMultipartUpload: Your proposed"
                                + " upload is smaller than the minimum allowed object size. ("
                                + R2Exception.ENTITY_TOO_SMALL + ")");
                    }
                }
                numbers.sort(null);
                long partSize = -1;
                for (int i = 0; i < numbers.size() - 1; i++) {
                    int size = upload.parts.get(numbers.get(i)).bytes.length;
                    if (partSize < 0) {
                        partSize = size;
                    }
                    if (size < MIN_PART_SIZE || size != partSize) {
                        throw badUpload();
                    }
                }
                if (partSize >= 0 && upload.parts.get(numbers.get(numbers.size() - 1)).bytes.length > partSize) {
                    throw badUpload();
                }
                java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
                java.io.ByteArrayOutputStream md5s = new java.io.ByteArrayOutputStream();
                for (int number : numbers) {
                    Part part = upload.parts.get(number);
                    all.writeBytes(part.bytes);
                    md5s.writeBytes(part.md5);
                }
                String etag = hex(digest("MD5", md5s.toByteArray())) + "-" + numbers.size();
                byte[] version = new byte[16];
                RANDOM.nextBytes(version);
                long uploaded = Math.max(clock.getAsLong(), lastUploaded);
                lastUploaded = uploaded;
                Stored stored = new Stored(key, hex(version), all.toByteArray(), etag, uploaded,
                        upload.httpMetadata, upload.customMetadata, new LinkedHashMap<>());
                objects.put(key, stored);
                upload.state = UploadState.COMPLETED;
                upload.parts.clear();
                return stored.toObject(null, null, true, true);
            }
        }
    }

    private static R2Exception noSuchUpload(String operation) {
        return new R2Exception(R2Exception.NO_SUCH_UPLOAD, operation + ": The specified multipart upload does not"
                + " exist. (" + R2Exception.NO_SUCH_UPLOAD + ")");
    }

    private static R2Exception badUpload() {
        return new R2Exception(R2Exception.BAD_UPLOAD, "completeMultipartUpload: There was a problem with the"
                + " multipart upload. (" + R2Exception.BAD_UPLOAD + ")");
    }

    /** How many objects the bucket holds. */
    public synchronized int size() {
        return objects.size();
    }

    // R2's conditional evaluation (miniflare's _testR2Conditional), on a stored object or none.
    static boolean holds(R2Conditional c, Stored stored) {
        R2Validation.conditional("onlyIf", c);
        if (stored == null) {
            return c.etagMatches() == null && c.uploadedAfter() < 0;
        }
        boolean ifMatch = c.etagMatches() == null || etagIn(c.etagMatches(), stored.etag);
        boolean ifNoneMatch = c.etagDoesNotMatch() == null || !etagIn(c.etagDoesNotMatch(), stored.etag);
        boolean ifModifiedSince = c.uploadedAfter() < 0 || c.uploadedAfter() < stored.uploaded
                || (c.etagDoesNotMatch() != null && ifNoneMatch);
        boolean ifUnmodifiedSince = c.uploadedBefore() < 0 || stored.uploaded < c.uploadedBefore()
                || (c.etagMatches() != null && ifMatch);
        return ifMatch && ifNoneMatch && ifModifiedSince && ifUnmodifiedSince;
    }

    private static boolean etagIn(String condition, String etag) {
        String value = condition.trim();
        if (value.equals("*")) {
            return true;
        }
        return value.equals(etag);
    }

    // miniflare's Validator.range: suffix clamps to the size; offset past the end or a length <= 0 is refused.
    private static R2Range resolve(R2Range range, long size) {
        long offset = range.offset();
        long length = range.length();
        if (range.suffix() >= 0) {
            long suffix = range.suffix();
            if (suffix <= 0) {
                throw invalidRange();
            }
            suffix = Math.min(suffix, size);
            offset = size - suffix;
            length = suffix;
        }
        if (offset < 0) {
            offset = 0;
        }
        if (length < 0 && range.suffix() < 0 && range.length() < 0) {
            length = size - offset;
        }
        if (offset > size || length <= 0) {
            throw invalidRange();
        }
        if (offset + length > size) {
            length = size - offset;
        }
        return R2Range.of(offset, length);
    }

    private static R2Exception invalidRange() {
        return new R2Exception(R2Exception.INVALID_RANGE, "get: The requested range is not satisfiable ("
                + R2Exception.INVALID_RANGE + ")");
    }

    private static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
