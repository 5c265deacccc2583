package dev.workers4j.queueparity;

import dev.workers4j.env.Env;
import dev.workers4j.http.Context;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.json.JsonWriter;
import dev.workers4j.queue.Message;
import dev.workers4j.queue.MessageBatch;
import dev.workers4j.queue.OutgoingMessage;
import dev.workers4j.queue.Queue;
import dev.workers4j.queue.QueueLimitException;
import dev.workers4j.worker.ExecutionContext;
import dev.workers4j.worker.Worker;
import dev.workers4j.worker.WorkerEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * A test-only Worker (never deployed): its fetch routes send through the PARITY_QUEUE producer
 * binding, and its queue handler consumes the same queue and records what it received, which
 * {@code GET /received} reads back. So the same scenarios check the producer on the JVM (fake
 * queues) and in workerd (miniflare's local queues).
 *
 * <ul>
 * <li>{@code POST /send?type=json|text|bytes[&delay=N]}: the request body as one message</li>
 * <li>{@code POST /send-sized?size=N&tag=T}: one text message of N bytes starting with T</li>
 * <li>{@code POST /send-batch?count=N&size=S&tag=T[&delay=D]}: N text messages of S bytes,
 * "T:i:" then padding</li>
 * <li>{@code GET /received}: a JSON array of {"body": bodyText, "attempts": n}, in arrival order</li>
 * </ul>
 * A refused send answers 400 {"error":"queue_limit","limit":...,"actual":...,"max":...}.
 */
@WorkerEntry
public final class QueueParityWorker implements Worker {
    static final String BINDING = "PARITY_QUEUE";

    private final List<String> received = new ArrayList<>();
    private final List<Integer> attempts = new ArrayList<>();
    private final Router router = new Router()
            .post("/send", c -> limited(c, QueueParityWorker::sendOne))
            .post("/send-sized", c -> limited(c, QueueParityWorker::sendSized))
            .post("/send-batch", c -> limited(c, QueueParityWorker::sendBatch))
            .get("/received", c -> received());

    @Override
    public Response fetch(Request request, Env env, ExecutionContext ctx) {
        return router.handle(request, env, ctx);
    }

    @Override
    public void queue(MessageBatch batch, Env env, ExecutionContext ctx) {
        for (Message message : batch.messages()) {
            received.add(message.bodyText());
            attempts.add(message.attempts());
            message.ack();
        }
    }

    private interface Send {
        String send(Context c, Queue queue);
    }

    private static Response limited(Context c, Send send) {
        Queue queue = c.env().queue(BINDING);
        String answer;
        try {
            answer = send.send(c, queue);
        } catch (QueueLimitException e) {
            return Response.json(400, JsonWriter.create().beginObject().name("error").value("queue_limit")
                    .name("limit").value(e.limit().name()).name("actual").value(e.actual())
                    .name("max").value(e.max()).endObject().toString());
        }
        return Response.text(200, answer);
    }

    private static String sendOne(Context c, Queue queue) {
        String type = c.query("type");
        OutgoingMessage message;
        if ("json".equals(type)) {
            message = OutgoingMessage.jsonText(c.req().text());
        } else if ("bytes".equals(type)) {
            message = OutgoingMessage.bytes(c.req().bytes());
        } else {
            message = OutgoingMessage.text(c.req().text());
        }
        String delay = c.query("delay");
        if (delay != null) {
            message = message.delay(Integer.parseInt(delay));
        }
        queue.send(message);
        return "sent " + message.sizeBytes() + " bytes";
    }

    private static String sendSized(Context c, Queue queue) {
        OutgoingMessage message = OutgoingMessage.text(padded(c.query("tag"), Integer.parseInt(c.query("size"))));
        queue.send(message);
        return "sent " + message.sizeBytes() + " bytes";
    }

    private static String sendBatch(Context c, Queue queue) {
        int count = Integer.parseInt(c.query("count"));
        int size = Integer.parseInt(c.query("size"));
        String tag = c.query("tag");
        List<OutgoingMessage> messages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            messages.add(OutgoingMessage.text(padded(tag + ":" + i + ":", size)));
        }
        String delay = c.query("delay");
        if (delay != null) {
            queue.sendBatch(messages, Integer.parseInt(delay));
        } else {
            queue.sendBatch(messages);
        }
        return "sent " + count + " messages";
    }

    private static String padded(String prefix, int size) {
        StringBuilder text = new StringBuilder(Math.max(size, prefix.length())).append(prefix);
        while (text.length() < size) {
            text.append('.');
        }
        return text.toString();
    }

    private Response received() {
        JsonWriter out = JsonWriter.create().beginArray();
        for (int i = 0; i < received.size(); i++) {
            out.beginObject().name("body").value(received.get(i)).name("attempts").value(attempts.get(i)).endObject();
        }
        return Response.json(200, out.endArray().toString());
    }
}
