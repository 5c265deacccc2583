package dev.workers4j.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The probe on the JVM: what JsAwait makes of a rejection, and jackson-databind as the native JSON. */
final class JvmRuntimeProbe implements RuntimeProbe {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void awaitRejection(String message) {
        throw new RuntimeException("TypeError: " + message);
    }

    @Override
    public void awaitTimer() {
        // Nothing to wait for on the JVM: the fakes answer at once.
    }

    @Override
    public long execute(String statement, Object... params) {
        for (Object param : params) {
            if ("dup".equals(param)) {
                throw new IllegalStateException("typed: TypeError: duplicate key in " + statement);
            }
        }
        return params.length;
    }

    @Override
    public int nativeJsonParse(String json, int times) {
        int total = 0;
        for (int i = 0; i < times; i++) {
            total += read(json).get("line_items").size();
        }
        return total;
    }

    @Override
    public long nativeJsonStringify(String json, int times) {
        JsonNode value = read(json);
        long total = 0;
        try {
            for (int i = 0; i < times; i++) {
                total += MAPPER.writeValueAsString(value).length();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
