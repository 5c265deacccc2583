package dev.workers4j.dashboard.combologs;

import dev.workers4j.csv.CsvWriter;
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
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < c.productIds().size(); i++) {
            ids.append(i == 0 ? "" : "+").append(c.productIds().get(i));
        }
        new CsvWriter(out).row(c.identifier(), c.type(), c.audience(), String.join("+", c.productLines()),
                ids.toString(), c.launchDate(), c.status(), c.spend(), String.valueOf(c.impressions()),
                String.valueOf(c.clicks()), String.valueOf(c.purchases()), c.revenue(), c.ctr(), c.cpa(), c.roas(),
                c.notes(), c.createdBy(), c.createdAt(), c.updatedBy(), c.updatedAt());
    }
}
