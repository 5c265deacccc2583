package dev.workers4j.testing.queue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text as workerd's consumer sees a json body: {@code JSON.stringify(JSON.parse(text))}, to
 * the character. What that means, and this class does:
 * <ul>
 * <li>numbers become doubles (a large integer is rounded, never clamped) written by ECMAScript's
 * Number::toString ({@link JsNumber});</li>
 * <li>an object's keys come as OrdinaryOwnPropertyKeys orders them: array-index keys
 * ("0".."4294967294" in canonical form) first in ascending numeric order, then the others in the
 * order they first appeared; a repeated key keeps its first place and its last value;</li>
 * <li>strings are escaped as JSON.stringify escapes them: backslash b, t, n, f, r, quote and
 * backslash; other controls as
 * lower-case backslash-u00xx, lone surrogates as lower-case backslash-udxxx (well-formed
 * JSON.stringify), everything else as itself;</li>
 * <li>whitespace goes.</li>
 * </ul>
 * The text must be valid JSON (OutgoingMessage checked it when it was sent).
 */
final class JsJson {
    private final String text;
    private int pos;

    private JsJson(String text) {
        this.text = text;
    }

    static String stringify(String json) {
        JsJson parser = new JsJson(json);
        Object value = parser.value();
        parser.skipSpace();
        if (parser.pos != json.length()) {
            throw new IllegalArgumentException("not JSON: " + json);
        }
        StringBuilder out = new StringBuilder(json.length());
        write(value, out);
        return out.toString();
    }

    // ---- JSON.parse, keeping what JSON.stringify needs: doubles, and object keys in property order

    private Object value() {
        skipSpace();
        char c = peek();
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                return number();
        }
    }

    private Map<String, Object> object() {
        pos++;
        Map<String, Object> members = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            pos++;
            return members;
        }
        while (true) {
            skipSpace();
            String key = string();
            skipSpace();
            expect(':');
            members.put(key, value());
            skipSpace();
            if (peek() == ',') {
                pos++;
                continue;
            }
            expect('}');
            return members;
        }
    }

    private List<Object> array() {
        pos++;
        List<Object> items = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            return items;
        }
        while (true) {
            items.add(value());
            skipSpace();
            if (peek() == ',') {
                pos++;
                continue;
            }
            expect(']');
            return items;
        }
    }

    private String string() {
        expect('"');
        StringBuilder s = new StringBuilder();
        while (true) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return s.toString();
            }
            if (c != '\\') {
                s.append(c);
                continue;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case 'b': s.append('\b'); break;
                case 'f': s.append('\f'); break;
                case 'n': s.append('\n'); break;
                case 'r': s.append('\r'); break;
                case 't': s.append('\t'); break;
                case 'u':
                    s.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                    break;
                default: s.append(e);
            }
        }
    }

    private Double number() {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        if (start == pos) {
            throw new IllegalArgumentException("not JSON at " + start + ": " + text);
        }
        return Double.parseDouble(text.substring(start, pos));
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw new IllegalArgumentException("not JSON at " + pos + ": " + text);
        }
        pos += word.length();
        return value;
    }

    private void skipSpace() {
        while (pos < text.length() && " \t\n\r".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private char peek() {
        if (pos >= text.length()) {
            throw new IllegalArgumentException("not JSON (ends early): " + text);
        }
        return text.charAt(pos);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new IllegalArgumentException("not JSON: expected " + c + " at " + pos + ": " + text);
        }
        pos++;
    }

    // ---- JSON.stringify

    @SuppressWarnings("unchecked")
    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Double) {
            out.append(JsNumber.toString((Double) value));
        } else if (value instanceof String) {
            quote((String) value, out);
        } else if (value instanceof List) {
            out.append('[');
            List<Object> items = (List<Object>) value;
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(items.get(i), out);
            }
            out.append(']');
        } else {
            Map<String, Object> members = (Map<String, Object>) value;
            out.append('{');
            boolean first = true;
            for (String key : propertyOrder(members)) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote(key, out);
                out.append(':');
                write(members.get(key), out);
            }
            out.append('}');
        }
    }

    /** OrdinaryOwnPropertyKeys: array indices ascending, then the other keys in creation order. */
    private static List<String> propertyOrder(Map<String, Object> members) {
        List<String> indices = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String key : members.keySet()) {
            (isArrayIndex(key) ? indices : others).add(key);
        }
        indices.sort((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)));
        indices.addAll(others);
        return indices;
    }

    /** A canonical numeric string of an integer in 0..2^32 - 2. */
    private static boolean isArrayIndex(String key) {
        if (key.isEmpty() || key.length() > 10 || (key.length() > 1 && key.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) < '0' || key.charAt(i) > '9') {
                return false;
            }
        }
        return Long.parseLong(key) <= 4_294_967_294L;
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** QuoteJSONString, with well-formed JSON.stringify's escaping of lone surrogates. */
    static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\b': out.append("\\b"); continue;
                case '\t': out.append("\\t"); continue;
                case '\n': out.append("\\n"); continue;
                case '\f': out.append("\\f"); continue;
                case '\r': out.append("\\r"); continue;
                case '"': out.append("\\\""); continue;
                case '\\': out.append("\\\\"); continue;
                default:
            }
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (pairedHigh) {
                out.append(c).append(s.charAt(++i));
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf])
                        .append(HEX[c & 0xf]);
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
