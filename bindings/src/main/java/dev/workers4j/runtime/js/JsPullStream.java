package dev.workers4j.runtime.js;

import dev.workers4j.http.BodyStream;
import dev.workers4j.log.Log;
import dev.workers4j.worker.Attempt;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * A ReadableStream whose chunks a Java {@link BodyStream} of unknown length makes on demand: each
 * {@code pull()} from workerd reads the stream's next chunk in a green thread of its own (it may
 * suspend, e.g. on a database query) and enqueues it. So a body made in Java (a CSV export
 * produced page by page) reaches the client as it is made, never held whole. A failure errors the
 * stream (the client sees a cut-off body; the status was sent already) and is logged; the
 * client going away closes the Java stream.
 */
final class JsPullStream {
    private JsPullStream() {
    }

    @JSFunctor
    interface Pull extends JSObject {
        void pull(JSObject controller, JSObject done);
    }

    @JSFunctor
    interface Cancel extends JSObject {
        void cancel();
    }

    static JSObject of(BodyStream stream) {
        // startSoon: pull() may come while another green thread runs, and TeaVM runs one at a time.
        return create((controller, done) -> GreenThreads.startSoon(() -> pullOnce(stream, controller, done)),
                () -> GreenThreads.startSoon(() -> Attempt.run(stream::close)));
    }

    private static void pullOnce(BodyStream stream, JSObject controller, JSObject done) {
        byte[][] chunk = new byte[1][];
        RuntimeException failed = Attempt.run(() -> chunk[0] = stream.readChunk());
        if (failed != null) {
            Log.error("a streamed response body failed after its headers were sent", failed);
            error(controller, JsGlobals.newError("the response body failed"));
            Attempt.run(stream::close);
        } else if (chunk[0] == null) {
            close(controller);
        } else {
            enqueue(controller, Int8Array.copyFromJavaArray(chunk[0]));
        }
        call(done);
    }

    @JSBody(params = {"onPull", "onCancel"}, script = "return new ReadableStream({"
            + " pull(controller) { return new Promise((resolve) => onPull(controller, resolve)); },"
            + " cancel() { onCancel(); } });")
    private static native JSObject create(Pull onPull, Cancel onCancel);

    @JSBody(params = {"controller", "bytes"}, script = "controller.enqueue(new Uint8Array(bytes.buffer, bytes.byteOffset,"
            + " bytes.length));")
    private static native void enqueue(JSObject controller, Int8Array bytes);

    @JSBody(params = "controller", script = "controller.close();")
    private static native void close(JSObject controller);

    @JSBody(params = {"controller", "error"}, script = "controller.error(error);")
    private static native void error(JSObject controller, JSObject error);

    @JSBody(params = "f", script = "f();")
    private static native void call(JSObject f);
}
