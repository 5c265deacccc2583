package dev.workers4j.queue;

/** How a queue message's body travels, by the platform's {@code contentType} names. */
public enum ContentType {
    /** A JSON value; the consumer receives it parsed ({@code message.body} is the value). */
    JSON("json"),
    /** A string, delivered as a string. */
    TEXT("text"),
    /** Raw bytes, delivered as binary data. */
    BYTES("bytes");

    private final String wireName;

    ContentType(String wireName) {
        this.wireName = wireName;
    }

    /** The name the platform's {@code send(body, {contentType})} takes. */
    public String wireName() {
        return wireName;
    }
}
