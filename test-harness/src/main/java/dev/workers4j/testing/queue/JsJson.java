package dev.workers4j.testing.queue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON text as workerd's consumer sees a json body: the sender's text parsed and given back by
 * {@code JSON.stringify}, so whitespace goes and integral numbers lose their fraction
 * ({@code 1.0} becomes {@code 1}). Exotic number forms (exponents) and control-character escapes
 * may still differ from V8 in spelling, not in value.
 */
final class JsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsJson() {
    }

    static String stringify(String json) {
        try {
            StringBuilder out = new StringBuilder(json.length());
            write(MAPPER.readTree(json), out);
            return out.toString();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    private static void write(JsonNode node, StringBuilder out) throws JsonProcessingException {
        if (node.isObject()) {
            out.append('{');
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(MAPPER.writeValueAsString(field.getKey())).append(':');
                write(field.getValue(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out);
            }
            out.append(']');
        } else if (node.isNumber()) {
            double d = node.doubleValue();
            if (node.isIntegralNumber() || (d == Math.rint(d) && Math.abs(d) < 1e21)) {
                out.append(node.isIntegralNumber() && node.canConvertToLong() && Math.abs(d) < 9e15
                        ? Long.toString(node.longValue()) : Long.toString((long) d));
            } else {
                out.append(Double.toString(d));
            }
        } else {
            out.append(MAPPER.writeValueAsString(node));
        }
    }
}
