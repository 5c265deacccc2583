package dev.workers4j.queue;

/** How a queue message's body travels, by the platform's {@code contentType} names. */
public enum ContentType {
    /** A JSON value; the consumer receives it parsed ({@code message.body} is the value). */
    JSON("json"),
    /** A string, delivered as a string. */
    TEXT("text"),
    /** Raw bytes, delivered as binary data (an ArrayBuffer in workerd; read with Message.bodyBytes()). */
    BYTES("bytes"),
    /**
     * V8's structured serialization. From Java the body is a JSON value, so the consumer receives
     * the same value as with {@link #JSON}; a JS consumer could tell them apart only by types JSON
     * has not (Date, Map, BigInt, typed arrays). miniflare's default when none is given.
     */
    V8("v8");

    private final String wireName;

    ContentType(String wireName) {
        this.wireName = wireName;
    }

    /** The name the platform's {@code send(body, {contentType})} takes. */
    public String wireName() {
        return wireName;
    }
}
