package dev.workers4j.ingest.shopify;

/**
 * What went wrong talking to Shopify, by what the caller should do: {@link #isThrottled()} wait
 * {@link #retryAfterSeconds()} and try again; {@link #isTransient()} try again later; otherwise
 * (a refused token, a query Shopify rejects) trying again cannot help.
 */
public final class ShopifyException extends RuntimeException {
    private final Kind kind;
    private final int retryAfterSeconds;

    private enum Kind { THROTTLED, TRANSIENT, REJECTED }

    private ShopifyException(Kind kind, String message, int retryAfterSeconds) {
        super(message);
        this.kind = kind;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static ShopifyException throttled(String message, int retryAfterSeconds) {
        return new ShopifyException(Kind.THROTTLED, message, Math.max(1, Math.min(60, retryAfterSeconds)));
    }

    static ShopifyException unavailable(String message) {
        return new ShopifyException(Kind.TRANSIENT, message, 30);
    }

    static ShopifyException rejected(String message) {
        return new ShopifyException(Kind.REJECTED, message, 0);
    }

    public boolean isThrottled() {
        return kind == Kind.THROTTLED;
    }

    public boolean isTransient() {
        return kind != Kind.REJECTED;
    }

    /** How long to wait before the next request (throttled: from Shopify's throttle status). */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
