package dev.workers4j.outboundparity;

import dev.workers4j.crypto.Encoding;
import dev.workers4j.env.Env;
import dev.workers4j.fetch.Outbound;
import dev.workers4j.fetch.OutboundException;
import dev.workers4j.http.Context;
import dev.workers4j.http.Request;
import dev.workers4j.http.RequestBuilder;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.json.JsonException;
import dev.workers4j.json.JsonWriter;
import dev.workers4j.worker.ExecutionContext;
import dev.workers4j.worker.Worker;
import dev.workers4j.worker.WorkerEntry;
import dev.workers4j.worker.Attempt;

/**
 * A test-only Worker (never deployed) that makes outbound requests as the test tells it, so one
 * list of scenarios checks workerd's global fetch and the JVM's OutboundRules.
 *
 * <ul>
 *   <li>{@code ANY /relay?url=U}: sends a request to U: method from header x-out-method (default
 *       GET), every incoming header x-send-NAME as NAME, the incoming body (unless GET/HEAD),
 *       with the timeout in header x-out-timeout (ms; none when absent).
 *       Answers {"status", "headers": [[name, value]...] (x-* and content-type), "text", "hex"},
 *       or {"error": {"kind", "message", "method", "url", "reason", "timedOut"}} when no response came back.</li>
 *   <li>{@code GET /quote?url=U}: GETs U and decodes the body with the generated {@link Quote}
 *       codec; answers the quote re-encoded, or {"error": ...} (kind "json" for a bad body).</li>
 * </ul>
 */
@WorkerEntry
public final class OutboundParityWorker implements Worker {
    private static final String SEND_PREFIX = "x-send-";

    private final Router router = new Router()
            .all("/relay", OutboundParityWorker::relay)
            .get("/quote", OutboundParityWorker::quote);

    @Override
    public Response fetch(Request request, Env env, ExecutionContext ctx) {
        return router.handle(request, env, ctx);
    }

    private static Response relay(Context c) {
        Request incoming = c.req();
        String method = incoming.header("x-out-method") == null ? "GET" : incoming.header("x-out-method");
        RequestBuilder out = Request.builder(method, c.query("url"));
        incoming.headers().forEach((name, value) -> {
            if (name.startsWith(SEND_PREFIX)) {
                out.header(name.substring(SEND_PREFIX.length()), value);
            }
        });
        if (!method.equals("GET") && !method.equals("HEAD")) {
            out.body(incoming.bytes());
        }
        Request request = out.build();
        String timeout = incoming.header("x-out-timeout");
        Response[] answer = new Response[1];
        RuntimeException failure = Attempt.run(() -> answer[0] = timeout == null ? Outbound.fetch(request)
                : Outbound.fetch(request, Long.parseLong(timeout)));
        if (failure != null) {
            return error(failure);
        }
        Response response = answer[0];
        JsonWriter json = JsonWriter.create().beginObject().name("status").value(response.status()).name("headers").beginArray();
        response.headers().forEach((name, value) -> {
            if (name.startsWith("x-") || name.equals("content-type") || name.equals("location")) {
                json.beginArray().value(name).value(value).endArray();
            }
        });
        json.endArray().name("text").value(response.text()).name("hex").value(Encoding.hex(response.bytes()));
        return Response.json(200, json.endObject().toString());
    }

    private static Response quote(Context c) {
        String url = c.query("url");
        Quote[] answer = new Quote[1];
        int[] status = new int[1];
        RuntimeException failure = Attempt.run(() -> {
            Response response = Outbound.fetch(Request.builder("GET", url).header("accept", "application/json").build());
            status[0] = response.status();
            answer[0] = response.json(Quote_JsonCodec.INSTANCE);
        });
        if (failure != null) {
            return error(failure);
        }
        Quote quote = answer[0];
        JsonWriter json = JsonWriter.create().beginObject().name("status").value(status[0])
                .name("symbol").value(quote.symbol()).name("priceCents").value(quote.priceCents())
                .name("open").value(quote.open()).name("tags").beginArray();
        for (String tag : quote.tags()) {
            json.value(tag);
        }
        return Response.json(200, json.endArray().endObject().toString());
    }


    private static Response error(RuntimeException failure) {
        JsonWriter json = JsonWriter.create().beginObject().name("error").beginObject();
        if (failure instanceof OutboundException) {
            OutboundException e = (OutboundException) failure;
            json.name("kind").value("outbound").name("method").value(e.method()).name("url").value(e.url())
                    .name("reason").value(e.reason()).name("timedOut").value(e.timedOut());
        } else {
            json.name("kind").value(failure instanceof JsonException ? "json" : "other");
        }
        json.name("message").value(failure.getMessage());
        return Response.json(200, json.endObject().endObject().toString());
    }
}
