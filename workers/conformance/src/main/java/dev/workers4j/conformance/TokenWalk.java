package dev.workers4j.conformance;

import dev.workers4j.json.JsonCodec;
import dev.workers4j.json.JsonReader;
import dev.workers4j.json.JsonWriter;

/** Visits every token of a document and counts them: the reader's own cost, for the benchmark. */
final class TokenWalk {
    static final JsonCodec<Integer> CODEC = new JsonCodec<>() {
        @Override
        public Integer read(JsonReader r) {
            return walk(r);
        }

        @Override
        public void write(JsonWriter w, Integer value) {
            w.value(value.longValue());
        }
    };

    private TokenWalk() {
    }

    private static int walk(JsonReader r) {
        switch (r.peek()) {
            case BEGIN_OBJECT: {
                int n = 1;
                r.beginObject();
                while (r.hasNext()) {
                    n += r.nextName().length() > 0 ? 1 : 0;
                    n += walk(r);
                }
                r.endObject();
                return n;
            }
            case BEGIN_ARRAY: {
                int n = 1;
                r.beginArray();
                while (r.hasNext()) n += walk(r);
                r.endArray();
                return n;
            }
            case STRING:
                return r.nextString().length() > 0 ? 1 : 0;
            case NUMBER:
                return r.nextDouble() != 0 ? 1 : 0;
            case BOOLEAN:
                return r.nextBoolean() ? 1 : 0;
            default:
                r.nextNull();
                return 0;
        }
    }
}
