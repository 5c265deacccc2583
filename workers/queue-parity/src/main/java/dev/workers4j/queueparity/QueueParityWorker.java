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
import dev.workers4j.queue.QueueSendMetrics;
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
 * <li>{@code POST /send?type=json|text|bytes|v8[&delay=N][&binding=B]}: the request body as one
 * message</li>
 * <li>{@code POST /send-sized?size=N&tag=T}: one text message of N bytes starting with T</li>
 * <li>{@code POST /send-batch?count=N&size=S&tag=T[&delay=D][&binding=B]}: N text messages of S
 * bytes, "T:i:" then padding</li>
 * <li>{@code POST /metrics/batch}, {@code POST /metrics/send}: sends on METRICS_QUEUE (a batch of
 * "aaaa", "bb" and {"x":1}; one "c") and answers the backlog metrics the send returned</li>
 * <li>{@code GET /received[?queue=Q]}: a JSON array of {body, attempts, batchSize, bytes (hex of
 * bodyBytes()), note}, in arrival order, of one queue (parity-jobs by default)</li>
 * </ul>
 * A refused send answers 400 {"error":"queue_limit","limit":...,"actual":...,"max":...}. The queue
 * handler acks what arrives on parity-jobs and parity-metrics; on parity-consumer and
 * parity-defaults it does what each message says ({@link ConsumerCommands}).
 */
@WorkerEntry
public final class QueueParityWorker implements Worker {
    static final String BINDING = "PARITY_QUEUE";

    static final String MAIN_QUEUE = "parity-jobs";

    private final Received received = new Received();
    private final Router router = new Router()
            .post("/send", c -> limited(c, QueueParityWorker::sendOne))
            .post("/send-sized", c -> limited(c, QueueParityWorker::sendSized))
            .post("/send-batch", c -> limited(c, QueueParityWorker::sendBatch))
            .post("/metrics/batch", QueueParityWorker::metricsBatch)
            .post("/metrics/send", QueueParityWorker::metricsSend)
            .get("/received", c -> Response.json(200, received.toJson(
                    c.query("queue") == null ? MAIN_QUEUE : c.query("queue"))));

    @Override
    public Response fetch(Request request, Env env, ExecutionContext ctx) {
        return router.handle(request, env, ctx);
    }

    @Override
    public void queue(MessageBatch batch, Env env, ExecutionContext ctx) {
        if (batch.queue().equals("parity-consumer") || batch.queue().equals("parity-defaults")) {
            ConsumerCommands.handle(batch, received);
            return;
        }
        for (Message message : batch.messages()) {
            received.record(batch.queue(), message, batch.messages().size());
            message.ack();
        }
    }

    private interface Send {
        String send(Context c, Queue queue);
    }

    private static Response limited(Context c, Send send) {
        Queue queue = c.env().queue(c.query("binding") == null ? BINDING : c.query("binding"));
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
        } else if ("v8".equals(type)) {
            message = OutgoingMessage.v8Json(c.req().text());
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

    private static Response metricsBatch(Context c) {
        return metrics(c.env().queue("METRICS_QUEUE").sendBatch(List.of(OutgoingMessage.text("aaaa"),
                OutgoingMessage.text("bb"), OutgoingMessage.jsonText("{\"x\":1}"))));
    }

    private static Response metricsSend(Context c) {
        return metrics(c.env().queue("METRICS_QUEUE").sendText("c"));
    }

    private static Response metrics(QueueSendMetrics metrics) {
        if (metrics == null) {
            return Response.json(200, "null");
        }
        return Response.json(200, JsonWriter.create().beginObject()
                .name("backlogCount").value(metrics.backlogCount())
                .name("backlogBytes").value(metrics.backlogBytes())
                .name("oldestMessageTimestamp").value(metrics.oldestMessageTimestamp()).endObject().toString());
    }
}
