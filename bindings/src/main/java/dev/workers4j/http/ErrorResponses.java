package dev.workers4j.http;

import dev.workers4j.json.JsonException;
import dev.workers4j.json.JsonMissingFieldException;
import dev.workers4j.json.JsonWriter;
import dev.workers4j.log.Log;

/**
 * The default error mapping and the one error body shape:
 * {@code {"error":{"code":"...","message":"...","request_id":"..."}}}. Stack traces go to the
 * log, never into the body. Errors are told apart with instanceof: class names can be missing
 * under TeaVM.
 */
public final class ErrorResponses {
    private ErrorResponses() {
    }

    /** The router's default {@link ErrorHandler}. */
    public static Response handle(Throwable error, Context c) {
        if (error instanceof HttpException) {
            HttpException http = (HttpException) error;
            return body(http.status(), http.code(), http.getMessage(), c.requestId());
        }
        if (error instanceof JsonMissingFieldException) { // well-formed JSON, an incomplete request
            return body(400, "invalid_request", error.getMessage(), c.requestId());
        }
        if (error instanceof JsonException) {
            return body(400, "malformed_json", error.getMessage(), c.requestId());
        }
        Log.error("unhandled error in " + c.req().method() + " " + c.req().path()
                + " (request " + c.requestId() + ")", error);
        return body(500, "internal_error", "internal server error", c.requestId());
    }

    public static Response body(int status, String code, String message, String requestId) {
        JsonWriter json = JsonWriter.create();
        json.beginObject().name("error").beginObject()
                .name("code").value(code)
                .name("message").value(message == null ? code : message)
                .name("request_id");
        if (requestId == null) {
            json.nullValue();
        } else {
            json.value(requestId);
        }
        json.endObject().endObject();
        return Response.json(status, json.toString());
    }
}
