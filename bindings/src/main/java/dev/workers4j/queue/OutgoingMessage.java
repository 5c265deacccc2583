package dev.workers4j.queue;

import dev.workers4j.json.Json;
import dev.workers4j.json.JsonCodec;
import dev.workers4j.json.JsonReader;

/**
 * A message to send: its body, how it travels ({@link ContentType}) and an optional delay.
 * Immutable; {@link #delay(int)} returns a copy.
 *
 * <pre>{@code
 * queue.send(OutgoingMessage.json(IngestJob_JsonCodec.INSTANCE, job));
 * queue.send(OutgoingMessage.text("hello").delay(60));
 * queue.sendBatch(List.of(OutgoingMessage.jsonText("{\"a\":1}"), OutgoingMessage.bytes(data)));
 * }</pre>
 */
public final class OutgoingMessage {
    private final ContentType contentType;
    private final String text;
    private final byte[] bytes;
    private final int delaySeconds;
    private final int sizeBytes;

    private OutgoingMessage(ContentType contentType, String text, byte[] bytes, int delaySeconds, int sizeBytes) {
        this.contentType = contentType;
        this.text = text;
        this.bytes = bytes;
        this.delaySeconds = delaySeconds;
        this.sizeBytes = sizeBytes;
    }

    /** A json message encoded by a codec; the consumer receives the parsed value. */
    public static <T> OutgoingMessage json(JsonCodec<T> codec, T value) {
        String json = Json.toJson(codec, value);
        return new OutgoingMessage(ContentType.JSON, json, null, -1, QueueLimits.utf8Length(json));
    }

    /**
     * A json message given as JSON text (checked here: malformed text throws
     * {@link dev.workers4j.json.JsonException}); the consumer receives the parsed value.
     */
    public static OutgoingMessage jsonText(String json) {
        JsonReader reader = JsonReader.of(json);
        reader.skipValue();
        reader.endDocument();
        return new OutgoingMessage(ContentType.JSON, json, null, -1, QueueLimits.utf8Length(json));
    }

    /**
     * A v8 message carrying a JSON value (checked here as {@link #jsonText} checks it): workerd
     * sends the parsed value by V8's structured serialization; the consumer receives the value.
     */
    public static OutgoingMessage v8Json(String json) {
        JsonReader reader = JsonReader.of(json);
        reader.skipValue();
        reader.endDocument();
        return new OutgoingMessage(ContentType.V8, json, null, -1, QueueLimits.utf8Length(json));
    }

    /** A v8 message carrying a value encoded by a codec. */
    public static <T> OutgoingMessage v8(JsonCodec<T> codec, T value) {
        String json = Json.toJson(codec, value);
        return new OutgoingMessage(ContentType.V8, json, null, -1, QueueLimits.utf8Length(json));
    }

    /** A text message. */
    public static OutgoingMessage text(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a text message needs a body");
        }
        return new OutgoingMessage(ContentType.TEXT, text, null, -1, QueueLimits.utf8Length(text));
    }

    /** A bytes message (the array is copied). */
    public static OutgoingMessage bytes(byte[] bytes) {
        byte[] copy = bytes.clone();
        return new OutgoingMessage(ContentType.BYTES, null, copy, -1, copy.length);
    }

    /** This message, delivered no sooner than {@code delaySeconds} (0..86,400) after it is sent. */
    public OutgoingMessage delay(int delaySeconds) {
        return new OutgoingMessage(contentType, text, bytes, QueueLimits.checkDelay(delaySeconds), sizeBytes);
    }

    public ContentType contentType() {
        return contentType;
    }

    /** JSON text for a json or v8 message, the text for a text message, null for bytes. */
    public String text() {
        return text;
    }

    /** A copy of the body of a bytes message, null for the others. */
    public byte[] bytes() {
        return bytes == null ? null : bytes.clone();
    }

    /** The delay given with {@link #delay(int)}, or -1 when none (the queue's or batch's default applies). */
    public int delaySeconds() {
        return delaySeconds;
    }

    public boolean hasDelay() {
        return delaySeconds >= 0;
    }

    /** The body's size as the limits count it (see {@link QueueLimits}). */
    public int sizeBytes() {
        return sizeBytes;
    }

    @Override
    public String toString() {
        return "OutgoingMessage(" + contentType.wireName() + ", " + sizeBytes + " bytes"
                + (hasDelay() ? ", delay " + delaySeconds + " s" : "") + ")";
    }
}
