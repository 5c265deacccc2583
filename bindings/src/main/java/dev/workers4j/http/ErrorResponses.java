package dev.workers4j.http;

import dev.workers4j.json.JsonWriter;
import dev.workers4j.log.Log;

/**
 * The one error body shape, {@code {"error":{"code":"...","message":"...","request_id":"..."}}},
 * and the default rendering of an exception through an {@link ErrorTable}. A 5xx goes to the log
 * with its stack; the body never carries a stack or a cause's text.
 */
public final class ErrorResponses {
    private ErrorResponses() {
    }

    /** The response for an error: the table's mapping, else the defaults', else 500 internal_error. */
    public static Response handle(Throwable error, Context<?> c, ErrorTable table) {
        HttpException http = table.lookup(error);
        if (http == null) {
            http = ErrorTable.defaults().lookup(error);
        }
        if (http == null) {
            Log.error(where(c) + ": unhandled error", error);
            return body(500, "internal_error", "internal server error", c.requestId());
        }
        if (http.status() >= 500 && !(error instanceof HttpException)) {
            Log.error(where(c) + ": " + http.status() + " " + http.code(), error);
        }
        if (http instanceof InvalidRequestException) {
            return invalidRequest((InvalidRequestException) http, c.requestId());
        }
        return body(http.status(), http.code(), http.getMessage(), c.requestId());
    }

    /** {@link #handle(Throwable, Context, ErrorTable)} with the defaults alone. */
    public static Response handle(Throwable error, Context<?> c) {
        return handle(error, c, ErrorTable.defaults());
    }

    private static String where(Context<?> c) {
        return c.req().method() + " " + c.req().path() + " (request " + c.requestId() + ")";
    }

    public static Response body(int status, String code, String message, String requestId) {
        JsonWriter json = start(code, message, requestId);
        json.endObject().endObject();
        return Response.json(status, json.toString());
    }

    /** 400 invalid_request with its {@code "fields":[{"field":..,"problem":..}]}. */
    public static Response invalidRequest(InvalidRequestException error, String requestId) {
        JsonWriter json = start(error.code(), error.getMessage(), requestId);
        json.name("fields").beginArray();
        for (FieldProblem field : error.fields()) {
            json.beginObject().name("field").value(field.field()).name("problem").value(field.problem()).endObject();
        }
        json.endArray().endObject().endObject();
        return Response.json(error.status(), json.toString());
    }

    private static JsonWriter start(String code, String message, String requestId) {
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
        return json;
    }
}
