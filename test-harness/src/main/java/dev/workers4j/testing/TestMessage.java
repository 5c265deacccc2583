package dev.workers4j.testing;

/**
 * A message to deliver in a test batch: a JSON body (as JSON text) or a text body.
 *
 * @param id the message id
 * @param body JSON text when {@code json}, else the text itself
 * @param json whether the body is JSON (content type "json") or text
 * @param attempts the delivery count, starting at 1
 * @param timestampMillis when it was sent
 */
public record TestMessage(String id, String body, boolean json, int attempts, long timestampMillis) {
    public static TestMessage json(String id, String jsonBody) {
        return new TestMessage(id, jsonBody, true, 1, 1_767_225_600_000L);
    }

    public static TestMessage text(String id, String text) {
        return new TestMessage(id, text, false, 1, 1_767_225_600_000L);
    }

    public TestMessage attempt(int attempt) {
        return new TestMessage(id, body, json, attempt, timestampMillis);
    }
}
