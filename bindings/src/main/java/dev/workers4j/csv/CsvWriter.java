package dev.workers4j.csv;

/**
 * Writes RFC 4180 CSV into a {@link StringBuilder}: fields separated by commas, rows ended by CRLF,
 * a field quoted (its quotes doubled) only when it holds a comma, a quote, CR or LF. A null field
 * is written empty. Plain character code, so it compiles small under TeaVM (no regex, no format).
 *
 * <pre>{@code
 * StringBuilder out = new StringBuilder();
 * new CsvWriter(out).row("id", "note").field("7").field("say \"hi\", twice").endRow();
 * // id,note\r\n7,"say ""hi"", twice"\r\n
 * }</pre>
 */
public final class CsvWriter {
    public static final String LINE_END = "\r\n";

    private final StringBuilder out;
    private boolean rowStarted;

    public CsvWriter(StringBuilder out) {
        this.out = out;
    }

    /** Where the CSV goes. */
    public StringBuilder out() {
        return out;
    }

    /** The next field of the current row. */
    public CsvWriter field(String value) {
        if (rowStarted) {
            out.append(',');
        }
        rowStarted = true;
        appendField(out, value);
        return this;
    }

    /** Ends the current row (a row with no field is an empty line). */
    public CsvWriter endRow() {
        out.append(LINE_END);
        rowStarted = false;
        return this;
    }

    /** A whole row: its fields, then the line end. */
    public CsvWriter row(String... fields) {
        for (String field : fields) {
            field(field);
        }
        return endRow();
    }

    /** Whether the value must be quoted: it holds a comma, a quote, CR or LF. */
    public static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == ',' || ch == '"' || ch == '\r' || ch == '\n') {
                return true;
            }
        }
        return false;
    }

    /** One field's text as it goes between separators: quoted when needed, nothing for null. */
    public static StringBuilder appendField(StringBuilder out, String value) {
        if (value == null) {
            return out;
        }
        if (!needsQuotes(value)) {
            return out.append(value);
        }
        out.append('"');
        int from = 0;
        for (int i = value.indexOf('"'); i >= 0; i = value.indexOf('"', from)) {
            out.append(value, from, i + 1).append('"');
            from = i + 1;
        }
        return out.append(value, from, value.length()).append('"');
    }
}
