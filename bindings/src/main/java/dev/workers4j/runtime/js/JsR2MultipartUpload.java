package dev.workers4j.runtime.js;

import dev.workers4j.http.BodyStream;
import dev.workers4j.r2.R2MultipartUpload;
import dev.workers4j.r2.R2Object;
import dev.workers4j.r2.R2UploadedPart;
import dev.workers4j.r2.R2Validation;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/** {@link R2MultipartUpload} over workerd's R2MultipartUpload object. */
final class JsR2MultipartUpload implements R2MultipartUpload {
    private final JSObject upload;

    JsR2MultipartUpload(JSObject upload) {
        this.upload = upload;
    }

    @Override
    public String key() {
        return stringField(upload, "key");
    }

    @Override
    public String uploadId() {
        return stringField(upload, "uploadId");
    }

    @Override
    public R2UploadedPart uploadPart(int partNumber, byte[] value, String ssecKey) {
        checkPart(partNumber, ssecKey);
        return uploadPart(partNumber, JsR2Bucket.bytesValue(value == null ? new byte[0] : value), ssecKey);
    }

    @Override
    public R2UploadedPart uploadPart(int partNumber, BodyStream value, String ssecKey) {
        checkPart(partNumber, ssecKey);
        return uploadPart(partNumber, JsR2Bucket.streamValue(value, "uploadPart"), ssecKey);
    }

    /** Before the value is taken, so a refused part leaves a stream unread. */
    private static void checkPart(int partNumber, String ssecKey) {
        R2Validation.partNumber(partNumber);
        R2Validation.ssecKey(ssecKey);
    }

    private R2UploadedPart uploadPart(int partNumber, JSObject value, String ssecKey) {
        JSObject part = JsR2Bucket.await(callUploadPart(upload, partNumber, value, ssecKey));
        return new R2UploadedPart(partNumber(part), stringField(part, "etag"));
    }

    @Override
    public void abort() {
        JsR2Bucket.await(callAbort(upload));
    }

    @Override
    public R2Object complete(List<R2UploadedPart> parts) {
        JSObject list = newArray();
        for (R2UploadedPart part : parts) {
            pushPart(list, part.partNumber(), part.etag());
        }
        return JsR2Bucket.toJava(JsR2Bucket.await(callComplete(upload, list)), null);
    }

    @JSBody(params = {"u", "n", "v", "k"}, script = "try { return k === null || k === undefined ? u.uploadPart(n, v)"
            + " : u.uploadPart(n, v, { ssecKey: k }); } catch (e) { return Promise.reject(e); }")
    private static native JSPromise<JSObject> callUploadPart(JSObject u, int n, JSObject v, String k);

    @JSBody(params = "u", script = "try { return u.abort().then(() => null); } catch (e) { return Promise.reject(e); }")
    private static native JSPromise<JSObject> callAbort(JSObject u);

    @JSBody(params = {"u", "parts"}, script = "try { return u.complete(parts); } catch (e) { return Promise.reject(e); }")
    private static native JSPromise<JSObject> callComplete(JSObject u, JSObject parts);

    @JSBody(script = "return [];")
    private static native JSObject newArray();

    @JSBody(params = {"a", "n", "etag"}, script = "a.push({ partNumber: n, etag: etag });")
    private static native void pushPart(JSObject a, int n, String etag);

    @JSBody(params = "p", script = "return p.partNumber;")
    private static native int partNumber(JSObject p);

    @JSBody(params = {"o", "k"}, script = "const v = o[k]; return v === undefined || v === null ? null : String(v);")
    private static native String stringField(JSObject o, String k);
}
