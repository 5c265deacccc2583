package dev.workers4j.ingest.imports;

import java.util.List;

/**
 * A PostgreSQL array literal of values ({"a","b",NULL}) for one parameter: every element quoted,
 * backslash and quote escaped, so no value can end the literal; null is NULL. A chunk's rows go
 * to the database as a few such arrays, unnested, instead of a statement per row.
 */
final class ArrayParam {
    private ArrayParam() {
    }

    static String of(List<?> values) {
        StringBuilder out = new StringBuilder(values.size() * 12 + 2).append('{');
        for (int r = 0; r < values.size(); r++) {
            Object value = values.get(r);
            out.append(r == 0 ? "" : ",");
            if (value == null) {
                out.append("NULL");
                continue;
            }
            String text = value.toString();
            out.append('"');
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '"' || ch == '\\') {
                    out.append('\\');
                }
                out.append(ch);
            }
            out.append('"');
        }
        return out.append('}').toString();
    }
}
