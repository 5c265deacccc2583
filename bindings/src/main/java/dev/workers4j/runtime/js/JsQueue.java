package dev.workers4j.runtime.js;

import dev.workers4j.queue.ContentType;
import dev.workers4j.queue.OutgoingMessage;
import dev.workers4j.queue.Queue;
import dev.workers4j.queue.QueueLimits;
import dev.workers4j.queue.QueueSendMetrics;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * workerd's queue producer binding: {@code send(body, {contentType, delaySeconds})} and
 * {@code sendBatch([{body, contentType, delaySeconds}], {delaySeconds})}, awaited through
 * {@link JsAwait} so a rejection surfaces as a {@link JsException} with the platform's message.
 * A json or v8 body is handed over parsed (JSON.parse of its text), so the consumer receives the
 * value, as it would from a JS producer. A send answers the backlog metrics workerd resolves it with.
 */
final class JsQueue implements Queue {
    private final JSObject binding;

    JsQueue(JSObject binding) {
        this.binding = binding;
    }

    @Override
    public QueueSendMetrics send(OutgoingMessage message) {
        QueueLimits.checkMessage(message);
        return metrics(JsAwait.await(send(binding, entry(message), message.delaySeconds())));
    }

    @Override
    public QueueSendMetrics sendBatch(List<OutgoingMessage> messages) {
        return post(messages, -1);
    }

    @Override
    public QueueSendMetrics sendBatch(List<OutgoingMessage> messages, int delaySeconds) {
        return post(messages, QueueLimits.checkDelay(delaySeconds));
    }

    /** delaySeconds -1: none for the batch. */
    private QueueSendMetrics post(List<OutgoingMessage> messages, int delaySeconds) {
        QueueLimits.checkBatch(messages);
        JSObject array = newArray();
        for (OutgoingMessage message : messages) {
            push(array, entry(message));
        }
        return metrics(JsAwait.await(sendBatch(binding, array, delaySeconds)));
    }

    /** {metadata: {metrics: {backlogCount, backlogBytes, oldestMessageTimestamp?: Date}}}, or null without one. */
    private static QueueSendMetrics metrics(JSObject response) {
        if (!hasMetrics(response)) {
            return null;
        }
        return new QueueSendMetrics((long) metric(response, "backlogCount"), (long) metric(response, "backlogBytes"),
                (long) oldestTimestamp(response));
    }

    @JSBody(params = "r", script = "return !!(r && r.metadata && r.metadata.metrics);")
    private static native boolean hasMetrics(JSObject r);

    @JSBody(params = {"r", "k"}, script = "const v = r.metadata.metrics[k]; return typeof v === 'number' ? v : 0;")
    private static native double metric(JSObject r, String k);

    @JSBody(params = "r", script = "const d = r.metadata.metrics.oldestMessageTimestamp;"
            + " return d instanceof Date ? d.getTime() : -1;")
    private static native double oldestTimestamp(JSObject r);

    private static JSObject entry(OutgoingMessage message) {
        ContentType type = message.contentType();
        Int8Array bytes = type == ContentType.BYTES ? Int8Array.copyFromJavaArray(message.bytes()) : null;
        return entry(type.wireName(), message.text(), bytes, message.delaySeconds());
    }

    @JSBody(params = {"type", "text", "bytes", "delay"}, script = ""
            + "var body = type === 'json' || type === 'v8' ? JSON.parse(text) : type === 'text' ? text"
            + " : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);"
            + "var e = { body: body, contentType: type };"
            + "if (delay >= 0) e.delaySeconds = delay;"
            + "return e;")
    private static native JSObject entry(String type, String text, Int8Array bytes, int delay);

    @JSBody(params = {"q", "e", "delay"}, script = ""
            + "var o = { contentType: e.contentType };"
            + "if (delay >= 0) o.delaySeconds = delay;"
            + "return q.send(e.body, o);")
    private static native JSPromise<JSObject> send(JSObject q, JSObject e, int delay);

    @JSBody(params = {"q", "a", "delay"}, script = ""
            + "return delay >= 0 ? q.sendBatch(a, { delaySeconds: delay }) : q.sendBatch(a);")
    private static native JSPromise<JSObject> sendBatch(JSObject q, JSObject a, int delay);

    @JSBody(script = "return [];")
    private static native JSObject newArray();

    @JSBody(params = {"a", "e"}, script = "a.push(e);")
    private static native void push(JSObject a, JSObject e);
}
