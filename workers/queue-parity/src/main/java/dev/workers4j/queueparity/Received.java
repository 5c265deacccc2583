package dev.workers4j.queueparity;

import dev.workers4j.json.JsonWriter;
import dev.workers4j.queue.Message;
import java.util.ArrayList;
import java.util.List;

/** What the Worker's queue handler received, per delivery, for GET /received to read back. */
final class Received {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final List<String> queues = new ArrayList<>();
    private final List<String> bodies = new ArrayList<>();
    private final List<Integer> attempts = new ArrayList<>();
    private final List<Integer> batchSizes = new ArrayList<>();
    private final List<String> bytes = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** Records one delivery; answers its index, for {@link #note}. */
    int record(String queue, Message message, int batchSize) {
        queues.add(queue);
        bodies.add(message.bodyText());
        attempts.add(message.attempts());
        batchSizes.add(batchSize);
        byte[] body = message.bodyBytes();
        bytes.add(body == null ? null : hex(body));
        notes.add(null);
        return bodies.size() - 1;
    }

    /** What the handler saw when it acted on a delivery (e.g. how a retry call went). */
    void note(int index, String note) {
        notes.set(index, note);
    }

    /** [{body, attempts, batchSize, bytes, note}] of one queue, in arrival order. */
    String toJson(String queue) {
        JsonWriter out = JsonWriter.create().beginArray();
        for (int i = 0; i < bodies.size(); i++) {
            if (!queues.get(i).equals(queue)) {
                continue;
            }
            out.beginObject().name("body").value(bodies.get(i)).name("attempts").value(attempts.get(i))
                    .name("batchSize").value(batchSizes.get(i)).name("bytes").value(bytes.get(i))
                    .name("note").value(notes.get(i)).endObject();
        }
        return out.endArray().toString();
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            s.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
        }
        return s.toString();
    }
}
