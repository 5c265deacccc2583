package dev.workers4j.sql;

import java.util.List;

/**
 * PostgreSQL array literals, {@code {"a","b",NULL}}, of one column of many rows: the text form
 * of an array parameter ({@link Upsert#columnTypes}). Every element is quoted, with backslash and
 * double quote escaped, so no value can end the literal early; SQL NULL is the bare word NULL.
 */
final class PgArrays {
    private PgArrays() {
    }

    static String literal(List<Object[]> rows, int column) {
        StringBuilder out = new StringBuilder(rows.size() * 12 + 2).append('{');
        for (int r = 0; r < rows.size(); r++) {
            if (r > 0) {
                out.append(',');
            }
            String text = PgText.param(rows.get(r)[column]);
            if (text == null) {
                out.append("NULL");
                continue;
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
        return out.append('}').toString();
    }
}
