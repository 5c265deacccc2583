package dev.workers4j.conformance;

import dev.workers4j.json.Json;
import dev.workers4j.json.JsonCodec;
import dev.workers4j.json.JsonReader;
import dev.workers4j.json.JsonWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code {"doubles":[...],"floats":[...],"decimals":["..."]}} and writes every number back
 * with the runtime's writer, so a test can compare the text with the JVM's for the same values.
 */
final class NumberEcho {
    private NumberEcho() {
    }

    static String echo(String json) {
        return Json.fromJson(CODEC, json);
    }

    private static final JsonCodec<String> CODEC = new JsonCodec<>() {
        @Override
        public String read(JsonReader r) {
            List<Double> doubles = new ArrayList<>();
            List<Float> floats = new ArrayList<>();
            List<BigDecimal> decimals = new ArrayList<>();
            r.beginObject();
            while (r.hasNext()) {
                String name = r.nextName();
                r.beginArray();
                while (r.hasNext()) {
                    switch (name) {
                        case "doubles": doubles.add(r.nextDouble()); break;
                        case "floats": floats.add(r.nextFloat()); break;
                        default: decimals.add(r.nextBigDecimal());
                    }
                }
                r.endArray();
            }
            r.endObject();
            return NumberEcho.write(doubles, floats, decimals);
        }

        @Override
        public void write(JsonWriter w, String value) {
            w.rawValue(value);
        }
    };

    /** The same layout the test builds on the JVM. */
    static String write(List<Double> doubles, List<Float> floats, List<BigDecimal> decimals) {
        JsonWriter w = JsonWriter.create().beginObject().name("doubles").beginArray();
        for (double d : doubles) w.value(d);
        w.endArray().name("floats").beginArray();
        for (float f : floats) w.value(f);
        w.endArray().name("decimals").beginArray();
        for (BigDecimal d : decimals) w.value(d).valueAsString(d);
        return w.endArray().endObject().toString();
    }
}
