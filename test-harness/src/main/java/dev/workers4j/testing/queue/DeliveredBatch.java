package dev.workers4j.testing.queue;

import dev.workers4j.json.Json;
import dev.workers4j.json.JsonCodec;
import dev.workers4j.json.JsonReader;
import dev.workers4j.json.JsonToken;
import dev.workers4j.json.JsonWriter;
import dev.workers4j.queue.ContentType;
import dev.workers4j.queue.Message;
import dev.workers4j.queue.MessageBatch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A batch delivered to a consumer on the JVM (by the fake queues, or by a test through
 * WorkerHarness.queue); records the handler's calls in a {@link BatchSettlement}, as workerd does.
 * Message bodies read as in workerd.
 */
public final class DeliveredBatch implements MessageBatch {
    private final String queue;
    private final List<Message> messages;
    private final BatchSettlement settlement = new BatchSettlement();

    public DeliveredBatch(String queue, List<Delivery> deliveries) {
        this.queue = queue;
        List<Message> list = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            list.add(new Delivered(delivery));
        }
        this.messages = Collections.unmodifiableList(list);
    }

    /** What the handler did with the batch so far. */
    public BatchSettlement settlement() {
        return settlement;
    }

    @Override
    public String queue() {
        return queue;
    }

    @Override
    public List<Message> messages() {
        return messages;
    }

    @Override
    public void ackAll() {
        settlement.ackAll();
    }

    @Override
    public void retryAll() {
        settlement.retryAll(null);
    }

    @Override
    public void retryAll(int delaySeconds) {
        settlement.retryAll(delaySeconds);
    }

    /** How the handler settled a message: null for acked, else [reason, delay or null]. */
    Object[] retryOf(String id, boolean handlerThrew, String thrown) {
        if (settlement.isAcked(id)) {
            return null;
        }
        if (settlement.isRetried(id)) {
            return new Object[] {"retry()", settlement.retryDelay(id)};
        }
        if (settlement.ackAllCalled()) {
            return null;
        }
        if (settlement.retryAllCalled()) {
            return new Object[] {"retryAll()", settlement.retryAllDelay()};
        }
        if (handlerThrew) {
            return new Object[] {"handler threw: " + thrown, null};
        }
        return null;
    }

    String ackReason(String id) {
        return settlement.isAcked(id) ? "ack()" : settlement.ackAllCalled() ? "ackAll()" : "handler returned";
    }

    private final class Delivered implements Message {
        private final Delivery message;

        Delivered(Delivery message) {
            this.message = message;
        }

        @Override
        public String id() {
            return message.id();
        }

        @Override
        public long timestampMillis() {
            return message.timestampMillis();
        }

        @Override
        public int attempts() {
            return message.attempts();
        }

        /**
         * As workerd: a text body is the text; a json (or v8) body that is a JSON string is that
         * string, any other JSON value its JSON text as JSON.stringify gives it back
         * ({@link JsJson}); a bytes body reads as JSON.stringify of the ArrayBuffer workerd
         * delivers, "{}".
         */
        @Override
        public String bodyText() {
            if (carriesJson()) {
                JsonReader reader = JsonReader.of(message.text());
                if (reader.peek() == JsonToken.STRING) {
                    return reader.nextString();
                }
                return JsJson.stringify(message.text());
            }
            return message.contentType() == ContentType.TEXT ? message.text() : "{}";
        }

        private boolean carriesJson() {
            return message.contentType() == ContentType.JSON || message.contentType() == ContentType.V8;
        }

        @Override
        public byte[] bodyBytes() {
            return message.bytes() == null ? null : message.bytes().clone();
        }

        @Override
        public <T> T body(JsonCodec<T> codec) {
            String json = carriesJson() ? message.text()
                    : message.contentType() == ContentType.TEXT ? JsonWriter.create().value(message.text()).toString()
                    : "{}";
            return Json.fromJson(codec, json);
        }

        @Override
        public void ack() {
            settlement.ack(message.id());
        }

        @Override
        public void retry() {
            settlement.retry(message.id(), null);
        }

        @Override
        public void retry(int delaySeconds) {
            settlement.retry(message.id(), delaySeconds);
        }
    }
}
