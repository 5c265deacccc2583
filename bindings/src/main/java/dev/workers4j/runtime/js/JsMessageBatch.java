package dev.workers4j.runtime.js;

import dev.workers4j.queue.Message;
import dev.workers4j.queue.MessageBatch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSArrayReader;

/** workerd's MessageBatch seen through {@link MessageBatch}. */
final class JsMessageBatch implements MessageBatch {
    private final Native batch;
    private final List<Message> messages;

    interface Native extends JSObject {
        @JSProperty
        String getQueue();

        @JSProperty
        JSArrayReader<JsMessage.Native> getMessages();

        void ackAll();

        void retryAll();
    }

    JsMessageBatch(JSObject batch) {
        this.batch = (Native) batch;
        JSArrayReader<JsMessage.Native> natives = this.batch.getMessages();
        List<Message> list = new ArrayList<>(natives.getLength());
        for (int i = 0; i < natives.getLength(); i++) {
            list.add(new JsMessage(natives.get(i)));
        }
        this.messages = Collections.unmodifiableList(list);
    }

    @Override
    public String queue() {
        return batch.getQueue();
    }

    @Override
    public List<Message> messages() {
        return messages;
    }

    @Override
    public void ackAll() {
        batch.ackAll();
    }

    @Override
    public void retryAll() {
        batch.retryAll();
    }

    @Override
    public void retryAll(int delaySeconds) {
        retryAllWithDelay(batch, delaySeconds);
    }

    @JSBody(params = {"batch", "delay"}, script = "batch.retryAll({ delaySeconds: delay });")
    private static native void retryAllWithDelay(Native batch, int delay);
}
