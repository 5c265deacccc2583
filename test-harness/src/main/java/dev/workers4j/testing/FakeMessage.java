package dev.workers4j.testing;

import dev.workers4j.json.Json;
import dev.workers4j.json.JsonCodec;
import dev.workers4j.json.JsonReader;
import dev.workers4j.json.JsonToken;
import dev.workers4j.json.JsonWriter;
import dev.workers4j.queue.Message;
import dev.workers4j.testing.queue.BatchSettlement;

/** A delivered message on the JVM; records ack and retry calls for the batch's outcome. */
final class FakeMessage implements Message {
    private final TestMessage message;
    private final BatchSettlement batch;

    FakeMessage(TestMessage message, BatchSettlement batch) {
        this.message = message;
        this.batch = batch;
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

    /** As in workerd: a JSON string body reads as the string itself, any other JSON as its text. */
    @Override
    public String bodyText() {
        if (message.json()) {
            JsonReader reader = JsonReader.of(message.body());
            if (reader.peek() == JsonToken.STRING) {
                return reader.nextString();
            }
        }
        return message.body();
    }

    /** Like workerd, which hands over a text body as a JS string: a codec reads it as a JSON string. */
    @Override
    public <T> T body(JsonCodec<T> codec) {
        String json = message.json() ? message.body() : JsonWriter.create().value(message.body()).toString();
        return Json.fromJson(codec, json);
    }

    @Override
    public void ack() {
        batch.ack(message.id());
    }

    @Override
    public void retry() {
        batch.retry(message.id(), null);
    }

    @Override
    public void retry(int delaySeconds) {
        batch.retry(message.id(), delaySeconds);
    }
}
