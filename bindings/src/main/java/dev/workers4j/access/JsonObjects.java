package dev.workers4j.access;

import dev.workers4j.json.JsonReader;
import dev.workers4j.json.JsonToken;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the flat JSON objects of a JWS (header, claims) and a JWKS key: each member's value as
 * the JSON type it has, so a check can tell "absent" from "of the wrong type". Duplicate member
 * names are refused: two readers of the same token must never see different claims.
 */
final class JsonObjects {
    /** A member's value: a String, a Double, a Boolean, a List of values, NESTED, or NULL. */
    static final Object NESTED = new Object();
    static final Object NULL = new Object();

    private JsonObjects() {
    }

    /** Calls {@code member} for each member of the one object the text holds. */
    static void read(JsonReader reader, MemberSink member) {
        readObject(reader, member);
        reader.endDocument();
    }

    /** Calls {@code member} for each member of the object at the reader, and reads past it. */
    static void readObject(JsonReader reader, MemberSink member) {
        if (reader.peek() != JsonToken.BEGIN_OBJECT) {
            throw reader.error("expected a JSON object");
        }
        reader.beginObject();
        Set<String> seen = new HashSet<>();
        while (reader.hasNext()) {
            String name = reader.nextName();
            if (!seen.add(name)) {
                throw reader.error("duplicate member " + name);
            }
            member.accept(name, value(reader, true));
        }
        reader.endObject();
    }

    private static Object value(JsonReader reader, boolean arraysAllowed) {
        switch (reader.peek()) {
            case STRING:
                return reader.nextString();
            case NUMBER:
                return reader.nextDouble();
            case BOOLEAN:
                return reader.nextBoolean();
            case NULL:
                reader.nextNull();
                return NULL;
            case BEGIN_ARRAY:
                if (!arraysAllowed) {
                    reader.skipValue();
                    return NESTED;
                }
                List<Object> items = new ArrayList<>();
                reader.beginArray();
                while (reader.hasNext()) {
                    items.add(value(reader, false));
                }
                reader.endArray();
                return items;
            default:
                reader.skipValue();
                return NESTED;
        }
    }

    @FunctionalInterface
    interface MemberSink {
        void accept(String name, Object value);
    }
}
