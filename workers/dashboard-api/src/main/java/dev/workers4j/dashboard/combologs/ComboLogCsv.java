package dev.workers4j.dashboard.combologs;

import dev.workers4j.http.BodyStream;
import dev.workers4j.http.Utf8;
import dev.workers4j.sql.Hyperdrive;
import dev.workers4j.sql.Sql;
import java.util.List;

/**
 * The filtered ledger as RFC 4180 CSV (CRLF line ends, fields quoted when they hold a comma, a
 * quote or a line break), produced a chunk of {@link #ROWS_PER_CHUNK} rows at a time by keyset
 * queries on its own database session, so neither the rows nor the file is ever held whole. The
 * session closes at the end of the file or when the client goes away.
 */
final class ComboLogCsv extends BodyStream {
    static final int ROWS_PER_CHUNK = 200;
    static final String HEADER = "identifier,type,audience,product_lines,product_ids,launch_date,status,spend,"
            + "impressions,clicks,purchases,revenue,ctr,cpa,roas,notes,created_by,created_at,updated_by,updated_at\r\n";

    private final Hyperdrive database;
    private ComboLogFilter next;
    private Sql sql;
    private boolean headerSent;

    ComboLogCsv(Hyperdrive database, ComboLogFilter filter) {
        this.database = database;
        this.next = filter.after(null, 0, ROWS_PER_CHUNK);
    }

    @Override
    public long length() {
        return -1;
    }

    @Override
    protected byte[] nextChunk() {
        if (!headerSent) {
            headerSent = true;
            return Utf8.encode(HEADER);
        }
        if (next == null) {
            return null;
        }
        if (sql == null) {
            sql = database.connect();
        }
        List<ComboLogsSql.Listed> rows = ComboLogsSql.list(sql, next, ROWS_PER_CHUNK);
        if (rows.size() < ROWS_PER_CHUNK) {
            next = null;
            close(sql);
        } else {
            ComboLogsSql.Listed last = rows.get(rows.size() - 1);
            next = next.after(last.key(), last.id(), ROWS_PER_CHUNK);
        }
        if (rows.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(rows.size() * 200);
        for (ComboLogsSql.Listed row : rows) {
            line(out, row.log());
        }
        return Utf8.encode(out.toString());
    }

    @Override
    protected void cancel() {
        next = null;
        close(sql);
    }

    private void close(Sql session) {
        if (session != null) {
            session.close();
            sql = null;
        }
    }

    static void line(StringBuilder out, ComboLog c) {
        field(out, c.identifier()).append(',');
        field(out, c.type()).append(',');
        field(out, c.audience()).append(',');
        field(out, String.join("+", c.productLines())).append(',');
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < c.productIds().size(); i++) {
            ids.append(i == 0 ? "" : "+").append(c.productIds().get(i));
        }
        field(out, ids.toString()).append(',');
        field(out, c.launchDate()).append(',');
        field(out, c.status()).append(',');
        money(out, c.spend()).append(',');
        out.append(c.impressions()).append(',').append(c.clicks()).append(',').append(c.purchases()).append(',');
        money(out, c.revenue()).append(',');
        money(out, c.ctr()).append(',');
        money(out, c.cpa()).append(',');
        money(out, c.roas()).append(',');
        field(out, c.notes()).append(',');
        field(out, c.createdBy()).append(',');
        field(out, c.createdAt()).append(',');
        field(out, c.updatedBy()).append(',');
        field(out, c.updatedAt()).append("\r\n");
    }

    private static StringBuilder money(StringBuilder out, String value) {
        return value == null ? out : out.append(value);
    }

    /** A field, quoted (quotes doubled) when it holds a comma, a quote, CR or LF. */
    static StringBuilder field(StringBuilder out, String value) {
        if (value == null) {
            return out;
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char ch = value.charAt(i);
            quote = ch == ',' || ch == '"' || ch == '\r' || ch == '\n';
        }
        if (!quote) {
            return out.append(value);
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            out.append(ch == '"' ? "\"\"" : String.valueOf(ch));
        }
        return out.append('"');
    }
}
