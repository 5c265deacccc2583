package dev.workers4j.sql;

import java.util.List;

/**
 * PostgreSQL array literals, {@code {"a","b",NULL}}: the text form of an array parameter, of a
 * list of values or of one column of many rows ({@link Upsert#columnTypes}). Every element is
 * quoted, with backslash and double quote escaped, so no value can end the literal early; SQL
 * NULL is the bare word NULL. Elements are the parameter types {@link PgText#param} takes.
 */
public final class PgArrays {
    private PgArrays() {
    }

    /** One array parameter of these values, e.g. bound as {@code unnest($1::bigint[])}. */
    public static String of(List<?> values) {
        StringBuilder out = new StringBuilder(values.size() * 12 + 2).append('{');
        for (int r = 0; r < values.size(); r++) {
            element(out.append(r == 0 ? "" : ","), values.get(r));
        }
        return out.append('}').toString();
    }

    static String literal(List<Object[]> rows, int column) {
        StringBuilder out = new StringBuilder(rows.size() * 12 + 2).append('{');
        for (int r = 0; r < rows.size(); r++) {
            element(out.append(r == 0 ? "" : ","), rows.get(r)[column]);
        }
        return out.append('}').toString();
    }

    private static void element(StringBuilder out, Object value) {
        String text = PgText.param(value);
        if (text == null) {
            out.append("NULL");
            return;
        }
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
}
