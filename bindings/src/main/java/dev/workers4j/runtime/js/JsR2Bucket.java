package dev.workers4j.runtime.js;

import dev.workers4j.http.BodyStream;
import dev.workers4j.http.Headers;
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
import dev.workers4j.r2.R2Object;
import dev.workers4j.r2.R2Objects;
import dev.workers4j.r2.R2PutOptions;
import dev.workers4j.r2.R2Range;
import dev.workers4j.r2.R2UnknownLengthException;
import dev.workers4j.r2.R2Validation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * {@link R2Bucket} over workerd's R2 binding. Every call suspends the green thread on the
 * binding's Promise. A get's body stays R2's ReadableStream ({@link JsBodyStream}) until Java
 * reads it or hands it on. Numbers cross as doubles (a Java long would be a BigInt in TeaVM's JS).
 */
final class JsR2Bucket implements R2Bucket {
    private final JSObject bucket;

    JsR2Bucket(JSObject bucket) {
        this.bucket = bucket;
    }

    @Override
    public R2Object get(String key, R2GetOptions options) {
        R2Validation.key("get", key);
        JSObject js = newObject();
        if (options != null) {
            if (options.onlyIf() != null) {
                setObject(js, "onlyIf", conditional(options.onlyIf()));
            } else if (options.onlyIfHeaders() != null) {
                setObject(js, "onlyIf", headers(options.onlyIfHeaders(), CONDITIONAL_HEADERS));
            }
            if (options.range() != null) {
                setObject(js, "range", range(R2Validation.range(options.range())));
            } else if (options.rangeHeaders() != null) {
                setObject(js, "range", headers(options.rangeHeaders(), RANGE_HEADER));
            }
            setString(js, "ssecKey", R2Validation.ssecKey(options.ssecKey()));
        }
        JSObject result = await(callGet(bucket, key, js));
        if (result == null) {
            return null;
        }
        BodyStream body = null;
        if (hasBody(result)) {
            body = new JsBodyStream(bodyOf(result), (long) (hasRange(result) ? rangeLength(result) : size(result)));
        }
        return toJava(result, body);
    }

    @Override
    public R2Object head(String key) {
        R2Validation.key("head", key);
        JSObject result = await(callHead(bucket, key));
        return result == null ? null : toJava(result, null);
    }

    @Override
    public R2Object put(String key, byte[] value, R2PutOptions options) {
        R2Validation.key("put", key);
        JSObject js = putOptions(options);
        return put(key, bytesValue(value == null ? new byte[0] : value), js);
    }

    @Override
    public R2Object put(String key, BodyStream value, R2PutOptions options) {
        R2Validation.key("put", key);
        JSObject js = putOptions(options);
        return put(key, streamValue(value, "put"), js);
    }

    private R2Object put(String key, JSObject value, JSObject options) {
        JSObject result = await(callPut(bucket, key, value, options));
        return result == null ? null : toJava(result, null);
    }

    private static JSObject putOptions(R2PutOptions options) {
        JSObject js = newObject();
        if (options != null) {
            if (options.onlyIf() != null) {
                setObject(js, "onlyIf", conditional(options.onlyIf()));
            } else if (options.onlyIfHeaders() != null) {
                setObject(js, "onlyIf", headers(options.onlyIfHeaders(), CONDITIONAL_HEADERS));
            }
            setMetadata(js, options.httpMetadata(), options.customMetadata());
            R2Validation.checksums(options.checksums());
            for (Map.Entry<String, String> checksum : options.checksums().entrySet()) {
                setString(js, checksum.getKey(), checksum.getValue());
            }
            setString(js, "storageClass", options.storageClass());
            setString(js, "ssecKey", R2Validation.ssecKey(options.ssecKey()));
        }
        return js;
    }

    /** A value for put or uploadPart: a Uint8Array over a copy of the bytes. */
    static JSObject bytesValue(byte[] bytes) {
        return toUint8(Int8Array.copyFromJavaArray(bytes));
    }

    /**
     * A streamed value: a ReadableStream nobody has read goes natively (workerd checks its length);
     * a stream made in Java is read whole here, after the same length rule.
     */
    static JSObject streamValue(BodyStream value, String operation) {
        if (value instanceof JsBodyStream) {
            return ((JsBodyStream) value).handOverSized("R2 " + operation);
        }
        value.requireUnread("R2 " + operation);
        if (value.length() < 0) {
            value.handOver("R2 " + operation);
            throw new R2UnknownLengthException(R2UnknownLengthException.MESSAGE);
        }
        return bytesValue(value.handOverBytes("R2 " + operation));
    }

    @Override
    public void delete(String key) {
        R2Validation.key("delete", key);
        JSArray<JSString> keys = JSArray.create();
        keys.push(JSString.valueOf(key));
        await(callDelete(bucket, keys));
    }

    @Override
    public void delete(List<String> keys) {
        R2Validation.keys("delete", keys);
        if (keys.isEmpty()) {
            return;
        }
        JSArray<JSString> js = JSArray.create();
        for (String key : keys) {
            js.push(JSString.valueOf(key));
        }
        await(callDelete(bucket, js));
    }

    @Override
    public R2Objects list(R2ListOptions options) {
        JSObject js = newObject();
        if (options != null) {
            R2Validation.limit(options.limit());
            setString(js, "prefix", options.prefix());
            setString(js, "delimiter", options.delimiter());
            setString(js, "cursor", options.cursor());
            setString(js, "startAfter", options.startAfter());
            if (options.limit() != null) {
                setNumber(js, "limit", options.limit());
            }
            JSArray<JSString> include = JSArray.create();
            if (options.includesHttpMetadata()) {
                include.push(JSString.valueOf("httpMetadata"));
            }
            if (options.includesCustomMetadata()) {
                include.push(JSString.valueOf("customMetadata"));
            }
            if (include.getLength() > 0) {
                setObject(js, "include", include);
            }
        }
        JSObject result = await(callList(bucket, js));
        int count = objectCount(result);
        List<R2Object> objects = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            objects.add(toJava(objectAt(result, i), null));
        }
        JSArray<JSString> prefixes = delimitedPrefixes(result);
        List<String> delimited = new ArrayList<>(prefixes.getLength());
        for (int i = 0; i < prefixes.getLength(); i++) {
            delimited.add(prefixes.get(i).stringValue());
        }
        boolean truncated = truncated(result);
        return new R2Objects(objects, truncated, truncated ? cursor(result) : null, delimited);
    }

    /** The metadata a put and a multipart upload both carry. */
    private static void setMetadata(JSObject js, R2HttpMetadata http, Map<String, String> custom) {
        if (http != null) {
            setObject(js, "httpMetadata", httpMetadata(http));
        }
        if (!custom.isEmpty()) {
            setObject(js, "customMetadata", stringMap(custom));
        }
    }

    @Override
    public R2MultipartUpload createMultipartUpload(String key, R2MultipartOptions options) {
        R2Validation.key("createMultipartUpload", key);
        JSObject js = newObject();
        if (options != null) {
            setMetadata(js, options.httpMetadata(), options.customMetadata());
            setString(js, "storageClass", options.storageClass());
            setString(js, "ssecKey", R2Validation.ssecKey(options.ssecKey()));
        }
        return new JsR2MultipartUpload(await(callCreateMultipart(bucket, key, js)));
    }

    @Override
    public R2MultipartUpload resumeMultipartUpload(String key, String uploadId) {
        R2Validation.key("resumeMultipartUpload", key);
        return new JsR2MultipartUpload(callResumeMultipart(bucket, key, uploadId));
    }

    static JSObject httpMetadata(R2HttpMetadata http) {
        JSObject h = newObject();
        setString(h, "contentType", http.contentType());
        setString(h, "contentDisposition", http.contentDisposition());
        setString(h, "contentEncoding", http.contentEncoding());
        setString(h, "contentLanguage", http.contentLanguage());
        setString(h, "cacheControl", http.cacheControl());
        if (http.cacheExpiry() != null) {
            setDate(h, "cacheExpiry", http.cacheExpiry());
        }
        return h;
    }

    /** The request headers workerd reads for a conditional get or put. */
    private static final String[] CONDITIONAL_HEADERS = {"if-match", "if-none-match", "if-modified-since",
        "if-unmodified-since"};
    private static final String[] RANGE_HEADER = {"range"};

    /**
     * A Fetch API Headers with the given headers' values for these names (repeated values joined
     * by ", ", as Headers.get gives them), for workerd to parse as it parses a request's.
     */
    private static JSObject headers(Headers from, String[] names) {
        JSObject to = newHeaders();
        for (String name : names) {
            List<String> values = from.getAll(name);
            if (!values.isEmpty()) {
                appendHeader(to, name, String.join(", ", values));
            }
        }
        return to;
    }

    @JSBody(script = "return new Headers();")
    private static native JSObject newHeaders();

    @JSBody(params = {"h", "k", "v"}, script = "h.append(k, v);")
    private static native void appendHeader(JSObject h, String k, String v);

    static JSObject stringMap(Map<String, String> values) {
        JSObject c = newObject();
        for (Map.Entry<String, String> e : values.entrySet()) {
            setString(c, e.getKey(), e.getValue());
        }
        return c;
    }

    @JSBody(params = {"b", "k", "o"}, script = "try { return b.createMultipartUpload(k, o); } catch (e) { return Promise.reject(e); }")
    private static native JSPromise<JSObject> callCreateMultipart(JSObject b, String k, JSObject o);

    @JSBody(params = {"b", "k", "id"}, script = "return b.resumeMultipartUpload(k, id);")
    private static native JSObject callResumeMultipart(JSObject b, String k, String id);

    // --- Promise bridging: the catch handlers use nothing but the exception (see the TeaVM strict trap).

    static JSObject await(JSPromise<JSObject> promise) {
        try {
            return JsAwait.await(promise);
        } catch (RuntimeException e) {
            throw mapError(e);
        }
    }

    /**
     * workerd's R2 errors end in "(code)", e.g. "put: The SHA-256 checksum you specified did not
     * match ... (10037)". A JS error without a code is the binding refusing the call before any
     * request (a TypeError or RangeError, or an Error about a conditional header or SSE-C key):
     * {@link R2InvalidArgumentException}; anything else from R2 is still an {@link R2Exception}.
     */
    static RuntimeException mapError(RuntimeException e) {
        if (e instanceof R2Exception || !(e instanceof JsException)) {
            return e;
        }
        String message = e.getMessage();
        if (message == null) {
            return new R2Exception(0, "R2 failed without a message");
        }
        if (message.contains(R2UnknownLengthException.MESSAGE)) {
            return new R2UnknownLengthException(R2UnknownLengthException.MESSAGE);
        }
        int code = errorCode(message);
        if (code == 0) {
            return refusedCall(message);
        }
        String text = message.startsWith("Error: ") ? message.substring(7) : message;
        if (code == R2Exception.BAD_DIGEST) {
            return new R2ChecksumMismatchException(text);
        }
        if (code == R2Exception.INVALID_OBJECT_NAME) {
            return new R2InvalidKeyException(text);
        }
        if (code == R2Exception.INVALID_MAX_KEYS) {
            return new R2InvalidLimitException(text);
        }
        return new R2Exception(code, text);
    }

    private static RuntimeException refusedCall(String message) {
        for (String type : new String[] {"TypeError: ", "RangeError: "}) {
            if (message.startsWith(type)) {
                return new R2InvalidArgumentException(message.substring(type.length()));
            }
        }
        String text = message.startsWith("Error: ") ? message.substring(7) : message;
        for (String refusal : REFUSED_ARGUMENT_ERRORS) {
            if (text.startsWith(refusal)) {
                return new R2InvalidArgumentException(text);
            }
        }
        return new R2Exception(0, text);
    }

    /** The plain Errors (not TypeErrors) workerd's R2 binding throws about its arguments. */
    private static final String[] REFUSED_ARGUMENT_ERRORS = {"Invalid ETag in ", "Unclosed double quote for Etag",
        "Weak etags must start with W/", "Comma was expected to separate etags", "SSE-C Key "};

    private static int errorCode(String message) {
        int close = message.lastIndexOf(')');
        int open = message.lastIndexOf('(', close);
        if (close < 0 || open < 0 || close - open != 6) {
            return 0;
        }
        int code = 0;
        for (int i = open + 1; i < close; i++) {
            char ch = message.charAt(i);
            if (ch < '0' || ch > '9') {
                return 0;
            }
            code = code * 10 + (ch - '0');
        }
        return code;
    }

    // --- JS -> Java

    static R2Object toJava(JSObject o, BodyStream body) {
        double expiry = cacheExpiry(o);
        R2HttpMetadata http = new R2HttpMetadata(httpField(o, "contentType"), httpField(o, "contentDisposition"),
                httpField(o, "contentEncoding"), httpField(o, "contentLanguage"), httpField(o, "cacheControl"),
                Double.isNaN(expiry) ? null : Long.valueOf((long) expiry));
        R2Range range = null;
        if (hasRange(o)) {
            range = R2Range.of((long) rangeOffset(o), (long) rangeLength(o));
        }
        return new R2Object(stringField(o, "key"), stringField(o, "version"), (long) size(o),
                stringField(o, "etag"), (long) uploaded(o), http, pairs(customMetadataPairs(o)),
                pairs(checksumPairs(o)), range,
                new R2Object.Extra(stringField(o, "storageClass"), stringField(o, "ssecKeyMd5")), body);
    }

    private static Map<String, String> pairs(JSArray<JSString> flat) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < flat.getLength(); i += 2) {
            map.put(flat.get(i).stringValue(), flat.get(i + 1).stringValue());
        }
        return map;
    }

    private static JSObject range(R2Range range) {
        JSObject r = newObject();
        if (range.isSuffix()) {
            setNumber(r, "suffix", range.suffix());
        } else {
            setNumber(r, "offset", range.offset());
            if (range.hasLength()) {
                setNumber(r, "length", range.length());
            }
        }
        return r;
    }

    private static JSObject conditional(R2Conditional c) {
        R2Validation.conditional("onlyIf", c);
        JSObject o = newObject();
        setString(o, "etagMatches", c.etagMatches());
        setString(o, "etagDoesNotMatch", c.etagDoesNotMatch());
        if (c.uploadedBefore() >= 0) {
            setDate(o, "uploadedBefore", c.uploadedBefore());
        }
        if (c.uploadedAfter() >= 0) {
            setDate(o, "uploadedAfter", c.uploadedAfter());
        }
        return o;
    }

    @JSBody(script = "return {};")
    private static native JSObject newObject();

    @JSBody(params = {"o", "k", "v"}, script = "if (v !== null && v !== undefined) o[k] = v;")
    private static native void setString(JSObject o, String k, String v);

    @JSBody(params = {"o", "k", "v"}, script = "o[k] = v;")
    private static native void setNumber(JSObject o, String k, double v);

    @JSBody(params = {"o", "k", "v"}, script = "o[k] = new Date(v);")
    private static native void setDate(JSObject o, String k, double v);

    @JSBody(params = {"o", "k", "v"}, script = "o[k] = v;")
    private static native void setObject(JSObject o, String k, JSObject v);

    // Synchronous throws of the binding become rejections, so JsAwait sees every failure.
    @JSBody(params = {"b", "k", "o"}, script = "try { return b.get(k, o); } catch (e) { return Promise.reject(e); }")
    private static native JSPromise<JSObject> callGet(JSObject b, String k, JSObject o);

    @JSBody(params = {"b", "k"}, script = "try { return b.head(k); } catch (e) { return Promise.reject(e); }")
    private static native JSPromise<JSObject> callHead(JSObject b, String k);

    @JSBody(params = {"b", "k", "v", "o"}, script = "try { return b.put(k, v, o); } catch (e) { return Promise.reject(e); }")
    private static native JSPromise<JSObject> callPut(JSObject b, String k, JSObject v, JSObject o);

    @JSBody(params = "v", script = "return new Uint8Array(v.buffer, v.byteOffset, v.length);")
    private static native JSObject toUint8(Int8Array v);

    @JSBody(params = {"b", "k"}, script = "try { return b.delete(k).then(() => null); } catch (e) { return Promise.reject(e); }")
    private static native JSPromise<JSObject> callDelete(JSObject b, JSArray<JSString> k);

    @JSBody(params = {"b", "o"}, script = "try { return b.list(o); } catch (e) { return Promise.reject(e); }")
    private static native JSPromise<JSObject> callList(JSObject b, JSObject o);

    @JSBody(params = "o", script = "return typeof o.arrayBuffer === 'function';")
    private static native boolean hasBody(JSObject o);

    @JSBody(params = "o", script = "return o.body;")
    private static native JSObject bodyOf(JSObject o);

    @JSBody(params = {"o", "k"}, script = "const v = o[k]; return v === undefined || v === null ? null : String(v);")
    private static native String stringField(JSObject o, String k);

    @JSBody(params = {"o", "k"}, script = "const h = o.httpMetadata; const v = h ? h[k] : undefined;"
            + " return v === undefined || v === null ? null : String(v);")
    private static native String httpField(JSObject o, String k);

    /** The httpMetadata's cacheExpiry (a Date) in epoch millis, NaN when none. */
    @JSBody(params = "o", script = "const h = o.httpMetadata; const d = h ? h.cacheExpiry : undefined;"
            + " return d instanceof Date ? d.getTime() : NaN;")
    private static native double cacheExpiry(JSObject o);

    @JSBody(params = "o", script = "return o.size;")
    private static native double size(JSObject o);

    @JSBody(params = "o", script = "return o.uploaded.getTime();")
    private static native double uploaded(JSObject o);

    @JSBody(params = "o", script = "return !!o.range && typeof o.range.offset === 'number';")
    private static native boolean hasRange(JSObject o);

    @JSBody(params = "o", script = "return o.range.offset;")
    private static native double rangeOffset(JSObject o);

    @JSBody(params = "o", script = "return typeof o.range.length === 'number' ? o.range.length : o.size - o.range.offset;")
    private static native double rangeLength(JSObject o);

    @JSBody(params = "o", script = "const out = []; const m = o.customMetadata || {};"
            + " for (const k of Object.keys(m)) { out.push(k, String(m[k])); } return out;")
    private static native JSArray<JSString> customMetadataPairs(JSObject o);

    @JSBody(params = "o", script = "const out = []; const c = o.checksums; if (!c) return out;"
            + " const j = typeof c.toJSON === 'function' ? c.toJSON() : c;"
            + " for (const k of ['md5', 'sha1', 'sha256', 'sha384', 'sha512']) {"
            + "   const v = j[k]; if (v === undefined || v === null) continue;"
            + "   out.push(k, typeof v === 'string' ? v"
            + "     : Array.from(new Uint8Array(v), (x) => x.toString(16).padStart(2, '0')).join(''));"
            + " } return out;")
    private static native JSArray<JSString> checksumPairs(JSObject o);

    @JSBody(params = "r", script = "return r.objects.length;")
    private static native int objectCount(JSObject r);

    @JSBody(params = {"r", "i"}, script = "return r.objects[i];")
    private static native JSObject objectAt(JSObject r, int i);

    @JSBody(params = "r", script = "return r.delimitedPrefixes || [];")
    private static native JSArray<JSString> delimitedPrefixes(JSObject r);

    @JSBody(params = "r", script = "return !!r.truncated;")
    private static native boolean truncated(JSObject r);

    @JSBody(params = "r", script = "return r.cursor === undefined ? null : r.cursor;")
    private static native String cursor(JSObject r);
}
