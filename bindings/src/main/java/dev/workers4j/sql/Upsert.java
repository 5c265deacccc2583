package dev.workers4j.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A batched multi-row upsert, run by {@link Sql#upsert}: one
 * {@code INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4) ... ON CONFLICT (a) DO UPDATE SET b = EXCLUDED.b}
 * per chunk of rows, every value bound as a parameter. Table and column names come from code,
 * never from input: they must be plain lower-case identifiers (optionally schema-qualified)
 * and are quoted in the statement.
 *
 * <pre>{@code
 * sql.upsert(Upsert.into("ingest_checkpoints").columns("run_id", "cursor", "updated_at")
 *         .onConflict("run_id")            // DO UPDATE SET every other column
 *         .row(runId, cursor, now));
 * }</pre>
 */
public final class Upsert {
    /** PostgreSQL's limit on bind parameters per statement is 65535; postgres.js's is one less. */
    static final int MAX_PARAMS = 65534;

    private final String table;
    private List<String> columns = List.of();
    private List<String> conflict = List.of();
    private List<String> update;
    private boolean doNothing;
    private int maxRows = 1000;
    private List<String> types;
    private final List<Object[]> rows = new ArrayList<>();

    private Upsert(String table) {
        this.table = qualified(table);
    }

    public static Upsert into(String table) {
        return new Upsert(table);
    }

    public Upsert columns(String... names) {
        if (names.length == 0) {
            throw new IllegalArgumentException("an upsert needs columns");
        }
        for (String name : names) {
            identifier(name);
        }
        this.columns = List.copyOf(Arrays.asList(names));
        return this;
    }

    /** The conflict target (a unique key): DO UPDATE SET every other column, unless told otherwise. */
    public Upsert onConflict(String... key) {
        for (String name : key) {
            identifier(name);
        }
        this.conflict = List.copyOf(Arrays.asList(key));
        return this;
    }

    /** On conflict, update only these columns. */
    public Upsert doUpdate(String... names) {
        for (String name : names) {
            identifier(name);
        }
        this.update = List.copyOf(Arrays.asList(names));
        this.doNothing = false;
        return this;
    }

    /** On conflict, keep the existing row. */
    public Upsert doNothing() {
        this.doNothing = true;
        return this;
    }

    /**
     * The columns' PostgreSQL types, in column order (e.g. "bigint", "text", "timestamptz",
     * "numeric"): the rows then go in ONE statement, one array parameter per column,
     * {@code INSERT ... SELECT * FROM unnest($1::bigint[], $2::text[], ...)}. A few parameters
     * instead of one per value: the server parses and plans far less, several times faster for
     * thousands of rows. Types are code constants, checked to be plain type names.
     */
    public Upsert columnTypes(String... pgTypes) {
        if (pgTypes.length != columns.size()) {
            throw new IllegalArgumentException(pgTypes.length + " types for " + columns.size() + " columns " + columns);
        }
        for (String type : pgTypes) {
            typeName(type);
        }
        this.types = List.copyOf(Arrays.asList(pgTypes));
        return this;
    }

    /** Rows per statement (default 1000; capped by the bind-parameter limit). */
    public Upsert maxRowsPerStatement(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows per statement must be >= 1");
        }
        this.maxRows = rows;
        return this;
    }

    public Upsert row(Object... values) {
        if (columns.isEmpty()) {
            throw new IllegalStateException("declare columns(...) before rows");
        }
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("a row of " + values.length + " values for " + columns.size()
                    + " columns " + columns);
        }
        rows.add(values.clone());
        return this;
    }

    public Upsert rows(List<Object[]> values) {
        for (Object[] row : values) {
            row(row);
        }
        return this;
    }

    public int rowCount() {
        return rows.size();
    }

    /** One statement and its parameters. */
    public static final class Statement {
        private final String sql;
        private final Object[] params;

        Statement(String sql, Object[] params) {
            this.sql = sql;
            this.params = params;
        }

        public String sql() {
            return sql;
        }

        public Object[] params() {
            return params.clone();
        }
    }

    /** The statements this upsert runs, in order. */
    public List<Statement> statements() {
        if (columns.isEmpty()) {
            throw new IllegalStateException("an upsert needs columns");
        }
        if (types != null) {
            return rows.isEmpty() ? List.of() : List.of(unnestStatement());
        }
        int perStatement = Math.max(1, Math.min(maxRows, MAX_PARAMS / columns.size()));
        List<Statement> out = new ArrayList<>();
        for (int start = 0; start < rows.size(); start += perStatement) {
            int end = Math.min(rows.size(), start + perStatement);
            out.add(statement(rows.subList(start, end)));
        }
        return out;
    }

    private Statement statement(List<Object[]> chunk) {
        int width = columns.size();
        StringBuilder sql = new StringBuilder(64 + chunk.size() * width * 5);
        sql.append("INSERT INTO ").append(table).append(" (");
        appendList(sql, columns, "");
        sql.append(") VALUES ");
        Object[] params = new Object[chunk.size() * width];
        int p = 0;
        for (int r = 0; r < chunk.size(); r++) {
            sql.append(r == 0 ? "(" : ", (");
            Object[] row = chunk.get(r);
            for (int c = 0; c < width; c++) {
                params[p] = row[c];
                p++;
                sql.append(c == 0 ? "$" : ", $").append(p);
            }
            sql.append(')');
        }
        appendConflict(sql);
        return new Statement(sql.toString(), params);
    }

    /** Every row in one statement: one array literal per column, unnested by the server. */
    private Statement unnestStatement() {
        int width = columns.size();
        StringBuilder sql = new StringBuilder(128);
        sql.append("INSERT INTO ").append(table).append(" (");
        appendList(sql, columns, "");
        sql.append(") SELECT * FROM unnest(");
        Object[] params = new Object[width];
        for (int c = 0; c < width; c++) {
            sql.append(c == 0 ? "$" : ", $").append(c + 1).append("::").append(types.get(c)).append("[]");
            params[c] = PgArrays.literal(rows, c);
        }
        sql.append(')');
        appendConflict(sql);
        return new Statement(sql.toString(), params);
    }

    private void appendConflict(StringBuilder sql) {
        if (!conflict.isEmpty()) {
            sql.append(" ON CONFLICT (");
            appendList(sql, conflict, "");
            sql.append(')');
            List<String> set = update;
            if (set == null) {
                set = new ArrayList<>(columns);
                set.removeAll(conflict);
            }
            if (doNothing || set.isEmpty()) {
                sql.append(" DO NOTHING");
            } else {
                sql.append(" DO UPDATE SET ");
                for (int i = 0; i < set.size(); i++) {
                    String column = quote(set.get(i));
                    sql.append(i == 0 ? "" : ", ").append(column).append(" = EXCLUDED.").append(column);
                }
            }
        } else if (doNothing) {
            sql.append(" ON CONFLICT DO NOTHING");
        }
    }

    private static void appendList(StringBuilder sql, List<String> names, String prefix) {
        for (int i = 0; i < names.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(prefix).append(quote(names.get(i)));
        }
    }

    private static String qualified(String name) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            return quote(identifier(name));
        }
        return quote(identifier(name.substring(0, dot))) + "." + quote(identifier(name.substring(dot + 1)));
    }

    private static String quote(String identifier) {
        return "\"" + identifier + "\"";
    }

    /** A type name as code writes it: lower-case letters, digits, spaces and underscores ("double precision"). */
    static String typeName(String type) {
        boolean ok = type != null && !type.isEmpty() && type.length() <= 40;
        for (int i = 0; ok && i < type.length(); i++) {
            char c = type.charAt(i);
            ok = (c >= 'a' && c <= 'z') || c == '_' || c == ' ' || (i > 0 && c >= '0' && c <= '9');
        }
        if (!ok) {
            throw new IllegalArgumentException("not a plain SQL type name: " + type);
        }
        return type;
    }

    /** A plain identifier: lower-case letter or underscore, then letters, digits, underscores; at most 63. */
    static String identifier(String name) {
        boolean ok = name != null && !name.isEmpty() && name.length() <= 63;
        for (int i = 0; ok && i < name.length(); i++) {
            char c = name.charAt(i);
            ok = (c >= 'a' && c <= 'z') || c == '_' || (i > 0 && c >= '0' && c <= '9');
        }
        if (!ok) {
            throw new IllegalArgumentException("not a plain SQL identifier: " + name);
        }
        return name;
    }
}
