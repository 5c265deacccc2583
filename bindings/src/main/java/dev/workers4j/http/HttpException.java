package dev.workers4j.http;

/**
 * An error that maps to an HTTP status and a stable error code in the JSON error body
 * {@code {"error":{"code":..., "message":..., "request_id":...}}}. Throw it from a handler to
 * answer with that status; its message is shown to the client, so keep secrets out of it.
 */
public class HttpException extends RuntimeException {
    private final int status;
    private final String code;

    public HttpException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public HttpException(int status, String code, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public static HttpException badRequest(String message) {
        return new HttpException(400, "bad_request", message);
    }

    public static HttpException unauthorized(String message) {
        return new HttpException(401, "unauthorized", message);
    }

    public static HttpException forbidden(String message) {
        return new HttpException(403, "forbidden", message);
    }

    public static HttpException notFound(String message) {
        return new HttpException(404, "not_found", message);
    }
}
