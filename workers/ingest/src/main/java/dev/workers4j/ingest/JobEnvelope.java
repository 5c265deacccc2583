package dev.workers4j.ingest;

import dev.workers4j.json.JsonReader;
import dev.workers4j.json.JsonToken;

/** Reads only the {@code job_type} of a job message, skipping the rest. */
final class JobEnvelope {
    private JobEnvelope() {
    }

    /**
     * The job_type string, or null when the object has none.
     *
     * @throws dev.workers4j.json.JsonException when the body is not a JSON object
     */
    static String jobType(String json) {
        JsonReader reader = new JsonReader(json);
        String type = null;
        reader.beginObject();
        while (reader.hasNext()) {
            String name = reader.nextName();
            if (name.equals("job_type") && reader.peek() == JsonToken.STRING) {
                type = reader.nextString();
            } else {
                reader.skipValue();
            }
        }
        reader.endObject();
        return type;
    }
}
