package dev.workers4j.testing.r2;

import dev.workers4j.http.BodyStream;
import dev.workers4j.r2.R2Bucket;
import dev.workers4j.r2.R2ChecksumMismatchException;
import dev.workers4j.r2.R2Conditional;
import dev.workers4j.r2.R2Exception;
import dev.workers4j.r2.R2GetOptions;
import dev.workers4j.r2.R2HttpMetadata;
import dev.workers4j.r2.R2InvalidArgumentException;
import dev.workers4j.r2.R2ListOptions;
import dev.workers4j.r2.R2MultipartOptions;
import dev.workers4j.r2.R2MultipartUpload;
import dev.workers4j.r2.R2UploadedPart;
import dev.workers4j.r2.R2Object;
import dev.workers4j.r2.R2Objects;
import dev.workers4j.r2.R2PutOptions;
import dev.workers4j.r2.R2Range;
import dev.workers4j.r2.R2StorageClass;
import dev.workers4j.r2.R2UnknownLengthException;
import dev.workers4j.r2.R2Validation;
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
 * last returned key (for a delimited prefix, the last key under it), cursor = base64 of that key
 * (any other cursor an opaque token, decoded as R2 decodes it: {@link LenientBase64}), onlyIf
 * evaluated as R2 does ({@link Precondition}, also from request headers), a Range header as R2
 * reads it ({@link RangeHeader}). A get's body streams over the stored bytes in 64 KiB chunks; a
 * streamed put or uploadPart reads its stream whole, and refuses one of unknown length with
 * workerd's error.
 *
 * <p>Where miniflare and Cloudflare's documentation disagree, this bucket follows the
 * documentation: custom metadata up to {@link R2Validation#MAX_CUSTOM_METADATA_BYTES} (miniflare:
 * 2,048 of its own count), objects keep the storage class they were given (Standard by default;
 * miniflare reports "" for every object), and an object stored with an SSE-C key reports its key's
 * MD5 and needs the key to be read (miniflare ignores the key). Calls workerd refuses before any
 * request (a negative range, a malformed checksum or SSE-C key, a part number outside 1..10,000)
 * fail with workerd's words, as {@link R2InvalidArgumentException}.
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
        final String storageClass;
        final String ssecKeyMd5;

        Stored(String key, String version, byte[] bytes, String etag, long uploaded, R2HttpMetadata httpMetadata,
                Map<String, String> customMetadata, Map<String, String> checksums, String storageClass,
                String ssecKeyMd5) {
            this.key = key;
            this.version = version;
            this.bytes = bytes;
            this.etag = etag;
            this.uploaded = uploaded;
            this.httpMetadata = httpMetadata;
            this.customMetadata = customMetadata;
            this.checksums = checksums;
            this.storageClass = storageClass;
            this.ssecKeyMd5 = ssecKeyMd5;
        }

        R2Object toObject(R2Range range, byte[] body, boolean withHttp, boolean withCustom) {
            return new R2Object(key, version, bytes.length, etag, uploaded,
                    withHttp ? httpMetadata : R2HttpMetadata.EMPTY, withCustom ? customMetadata : Map.of(),
                    checksums, range, new R2Object.Extra(storageClass, ssecKeyMd5), body);
        }
    }

    @Override
    public synchronized R2Object get(String key, R2GetOptions options) {
        R2Validation.key("get", key);
        R2GetOptions o = options == null ? R2GetOptions.create() : options;
        // workerd's order: onlyIf, range, SSE-C key, all checked before the request.
        Precondition precondition = precondition(o.onlyIf(), o.onlyIfHeaders());
        R2Validation.range(o.range());
        R2Validation.ssecKey(o.ssecKey());
        Stored stored = objects.get(key);
        if (stored == null) {
            return null;
        }
        R2Range whole = R2Range.of(0, stored.bytes.length);
        if (precondition != null && !precondition.holds(stored.etag, stored.uploaded)) {
            return stored.toObject(whole, null, true, true);
        }
        if (stored.ssecKeyMd5 != null && !stored.ssecKeyMd5.equals(ssecKeyMd5(o.ssecKey()))) {
            throw new R2Exception(0, "get: " + key + " is encrypted with an SSE-C key; give the same ssecKey to read it");
        }
        R2Range range = o.range() != null ? resolve(o.range(), stored.bytes.length)
                : o.rangeHeaders() != null ? RangeHeader.resolve(HeaderValues.get(o.rangeHeaders(), "range"),
                        stored.bytes.length)
                : null;
        if (range == null) {
            range = whole;
        }
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
        R2PutOptions o = options == null ? R2PutOptions.create() : options;
        // Refused by workerd before any request, in its order.
        Precondition precondition = precondition(o.onlyIf(), o.onlyIfHeaders());
        R2Validation.checksums(o.checksums());
        R2Validation.ssecKey(o.ssecKey());
        byte[] bytes = value == null ? new byte[0] : value.clone();
        // Then R2's own checks, in miniflare's order: metadata size, checksum, precondition.
        int metadataBytes = R2Validation.customMetadataBytes(o.customMetadata());
        if (metadataBytes > R2Validation.MAX_CUSTOM_METADATA_BYTES) {
            throw new R2Exception(R2Exception.METADATA_TOO_LARGE, "put: Your metadata headers exceed the maximum"
                    + " allowed metadata size. (" + R2Exception.METADATA_TOO_LARGE + ")");
        }
        String md5 = hex(digest("MD5", bytes));
        Map<String, String> checksums = new LinkedHashMap<>();
        checksums.put("md5", md5);
        for (Map.Entry<String, String> given : o.checksums().entrySet()) {
            String actual = hex(digest(JAVA_DIGESTS.get(given.getKey()), bytes));
            if (!actual.equalsIgnoreCase(given.getValue())) {
                String name = R2Validation.checksumName(given.getKey());
                throw new R2ChecksumMismatchException("put: The " + name + " checksum you specified did not match"
                        + " what we received.\nYou provided a " + name + " checksum with value: "
                        + given.getValue().toLowerCase() + "\nActual " + name + " was: " + actual
                        + " (" + R2Exception.BAD_DIGEST + ")");
            }
            checksums.put(given.getKey(), actual);
        }
        Stored existing = objects.get(key);
        if (precondition != null && !(existing == null ? precondition.holdsForMissing()
                : precondition.holds(existing.etag, existing.uploaded))) {
            return null;
        }
        byte[] version = new byte[16];
        RANDOM.nextBytes(version);
        // Upload times never go backwards within one bucket, so uploadedAfter/Before tests are stable.
        long uploaded = Math.max(clock.getAsLong(), lastUploaded);
        lastUploaded = uploaded;
        Stored stored = new Stored(key, hex(version), bytes, md5, uploaded,
                o.httpMetadata() == null ? R2HttpMetadata.EMPTY : o.httpMetadata(),
                new LinkedHashMap<>(o.customMetadata()), checksums, storageClassOf(o.storageClass()),
                ssecKeyMd5(o.ssecKey()));
        objects.put(key, stored);
        return stored.toObject(null, null, true, true);
    }

    /** Java's names of R2's checksum algorithms (md5 is always computed). */
    private static final Map<String, String> JAVA_DIGESTS = Map.of("md5", "MD5", "sha1", "SHA-1",
            "sha256", "SHA-256", "sha384", "SHA-384", "sha512", "SHA-512");

    private static Precondition precondition(R2Conditional conditional, dev.workers4j.http.Headers headers) {
        return conditional != null ? Precondition.of(conditional) : headers != null ? Precondition.of(headers) : null;
    }

    /** An object's storage class: the one given, else Standard (the documented default). */
    private static String storageClassOf(String given) {
        return given == null ? R2StorageClass.STANDARD : given;
    }

    /** What an SSE-C object reports of its key: the base64 MD5 of the key's 32 bytes (S3's SSE-C convention); null for none. */
    static String ssecKeyMd5(String hexKey) {
        return hexKey == null ? null
                : Base64.getEncoder().encodeToString(digest("MD5", HexFormat.of().parseHex(hexKey)));
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
            String fromCursor = LenientBase64.decodeUtf8(o.cursor());
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
                rowLastKeys.get(order.get(limit - 1)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) : null;
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
        final String storageClass;
        final String ssecKeyMd5;
        final Map<Integer, Part> parts = new TreeMap<>();
        UploadState state = UploadState.IN_PROGRESS;

        Upload(String key, R2MultipartOptions options) {
            this.key = key;
            this.httpMetadata = options.httpMetadata() == null ? R2HttpMetadata.EMPTY : options.httpMetadata();
            this.customMetadata = new LinkedHashMap<>(options.customMetadata());
            this.storageClass = storageClassOf(options.storageClass());
            this.ssecKeyMd5 = ssecKeyMd5(options.ssecKey());
        }
    }

    @Override
    public synchronized R2MultipartUpload createMultipartUpload(String key, R2MultipartOptions options) {
        R2Validation.key("createMultipartUpload", key);
        R2MultipartOptions o = options == null ? R2MultipartOptions.create() : options;
        R2Validation.ssecKey(o.ssecKey());
        byte[] id = new byte[128];
        RANDOM.nextBytes(id);
        String uploadId = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        uploads.put(uploadId, new Upload(key, o));
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
        public R2UploadedPart uploadPart(int partNumber, byte[] value, String ssecKey) {
            synchronized (InMemoryR2Bucket.this) {
                R2Validation.partNumber(partNumber);
                R2Validation.ssecKey(ssecKey);
                R2Validation.key("uploadPart", key);
                Upload upload = uploads.get(uploadId);
                if (upload == null || !upload.key.equals(key) || upload.state != UploadState.IN_PROGRESS) {
                    throw noSuchUpload("uploadPart");
                }
                if (upload.ssecKeyMd5 != null && !upload.ssecKeyMd5.equals(ssecKeyMd5(ssecKey))) {
                    throw new R2Exception(0, "uploadPart: the upload is encrypted with an SSE-C key; give the same"
                            + " ssecKey with every part");
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
        public R2UploadedPart uploadPart(int partNumber, BodyStream value, String ssecKey) {
            R2Validation.partNumber(partNumber);
            R2Validation.ssecKey(ssecKey);
            return uploadPart(partNumber, drain(value, "uploadPart"), ssecKey);
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
                        upload.httpMetadata, upload.customMetadata, new LinkedHashMap<>(), upload.storageClass,
                        upload.ssecKeyMd5);
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

    // miniflare's Validator.range: suffix clamps to the size; offset past the end or a length <= 0 is refused.
    private static R2Range resolve(R2Range range, long size) {
        long offset = range.offset();
        long length = range.length();
        if (range.isSuffix()) {
            long suffix = range.suffix();
            if (suffix <= 0) {
                throw invalidRange();
            }
            suffix = Math.min(suffix, size);
            offset = size - suffix;
            length = suffix;
        }
        if (!range.isSuffix() && !range.hasLength()) {
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
