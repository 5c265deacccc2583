package dev.workers4j.sql;

import java.math.BigDecimal;
import java.util.List;

/**
 * One result row. Values arrive as PostgreSQL's text form, on both runtimes, and are read by
 * column name (first column of that name) or 0-based index:
 * <ul>
 * <li>{@link #getString}: the text; {@code boolean} as "true"/"false"; {@code timestamptz} as
 *     ISO-8601 in UTC ({@code 2024-02-29T10:34:56.789Z}, fraction as Instant.toString writes
 *     it: none, 3 or 6 digits); {@code bytea} as PostgreSQL's hex form ({@code \x0aff}).</li>
 * <li>{@link #getLong}, {@link #getInt}: exact, any {@code bigint} (no 2^53 limit).</li>
 * <li>{@link #getBigDecimal}: exact decimal ({@code numeric} money keeps every digit).</li>
 * <li>{@link #getBoolean}, {@link #getBytes}, {@link #isNull}.</li>
 * </ul>
 * Reading a SQL NULL with a primitive getter throws IllegalStateException; check {@link #isNull}.
 */
public final class Row {
    private final List<String> columns;
    private final List<String> types;
    private final String[] values;

    Row(List<String> columns, List<String> types, String[] values) {
        this.columns = columns;
        this.types = types;
        this.values = values;
    }

    /** Column names, in order. */
    public List<String> columns() {
        return columns;
    }

    /** PostgreSQL type names of the columns ("int8", "numeric", "timestamptz", ...). */
    public List<String> types() {
        return types;
    }

    public int index(String column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + columns);
        }
        return i;
    }

    public boolean isNull(String column) {
        return isNull(index(column));
    }

    public boolean isNull(int index) {
        return values[index] == null;
    }

    public String getString(String column) {
        return getString(index(column));
    }

    public String getString(int index) {
        String raw = values[index];
        if (raw == null) {
            return null;
        }
        switch (types.get(index)) {
            case "bool":
                return String.valueOf(parseBoolean(raw));
            case "timestamptz":
                return PgText.timestamptzToIso(raw);
            default:
                return raw;
        }
    }

    public long getLong(String column) {
        return getLong(index(column));
    }

    public long getLong(int index) {
        String raw = required(index);
        // Up to 15 digits is below 2^53: summed as a double, exact, and one long conversion at the
        // end instead of a long (a BigInt in TeaVM's JS) operation per digit.
        int start = raw.startsWith("-") ? 1 : 0;
        if (raw.length() - start > 15 || raw.length() == start) {
            return Long.parseLong(raw);
        }
        double value = 0;
        for (int i = start; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return Long.parseLong(raw);   // its NumberFormatException
            }
            value = value * 10 + (c - '0');
        }
        return (long) (start == 1 ? -value : value);
    }

    public int getInt(String column) {
        return getInt(index(column));
    }

    public int getInt(int index) {
        return Integer.parseInt(required(index));
    }

    public boolean getBoolean(String column) {
        return getBoolean(index(column));
    }

    public boolean getBoolean(int index) {
        return parseBoolean(required(index));
    }

    /** Exact decimal, or null for SQL NULL. */
    public BigDecimal getBigDecimal(String column) {
        return getBigDecimal(index(column));
    }

    public BigDecimal getBigDecimal(int index) {
        String raw = values[index];
        return raw == null ? null : new BigDecimal(raw);
    }

    /** A {@code bytea} value's bytes, or null for SQL NULL. */
    public byte[] getBytes(String column) {
        return getBytes(index(column));
    }

    public byte[] getBytes(int index) {
        String raw = values[index];
        return raw == null ? null : PgText.byteaFromHex(raw);
    }

    private String required(int index) {
        String raw = values[index];
        if (raw == null) {
            throw new IllegalStateException("column " + columns.get(index) + " is NULL");
        }
        return raw;
    }

    private static boolean parseBoolean(String raw) {
        switch (raw) {
            case "t":
            case "true":
                return true;
            case "f":
            case "false":
                return false;
            default:
                throw new IllegalStateException("not a boolean: " + raw);
        }
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("Row{");
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ", ").append(columns.get(i)).append('=').append(getString(i));
        }
        return out.append('}').toString();
    }
}
