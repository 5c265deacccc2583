package dev.workers4j.http;

/** A request body larger than the limit the route accepts; answered with 413. */
public final class PayloadTooLargeException extends HttpException {
    private final long limit;

    public PayloadTooLargeException(long limit) {
        super(413, "payload_too_large", "request body exceeds the limit of " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
