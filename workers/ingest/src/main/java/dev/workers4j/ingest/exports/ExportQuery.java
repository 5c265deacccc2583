package dev.workers4j.ingest.exports;

import dev.workers4j.sql.Row;
import dev.workers4j.sql.Sql;
import java.util.List;

/**
 * One export's query, paged by keyset: each row holds the CSV's {@code columns} in order, then its
 * sort key (text) and id, which the next page starts after. Both statements are constants of the
 * export type; the filters bind as parameters $1..$n, then (next page only) the cursor's key and id,
 * then the page size.
 */
final class ExportQuery {
    private final String[] columns;
    private final String firstPage;
    private final String nextPage;
    private final Object[] filters;

    /**
     * {@code select} ends in the filters' WHERE; {@code keyset} compares the sort key with
     * ${@code n+1} and the id with ${@code n+2}; {@code order} is the ORDER BY both share.
     */
    ExportQuery(String[] columns, String select, String keyset, String order, Object... filters) {
        this.columns = columns;
        this.filters = filters;
        int n = filters.length;
        this.firstPage = select + " ORDER BY " + order + " LIMIT $" + (n + 1) + "::int";
        this.nextPage = select + " AND " + keyset + " ORDER BY " + order + " LIMIT $" + (n + 3) + "::int";
    }

    String[] columns() {
        return columns;
    }

    /** Up to {@code rows} rows after the cursor (from the first when it is null). */
    List<Row> page(Sql sql, ExportCursor after, int rows) {
        Object[] params = new Object[filters.length + (after == null ? 1 : 3)];
        System.arraycopy(filters, 0, params, 0, filters.length);
        int at = filters.length;
        if (after != null) {
            params[at++] = after.key();
            params[at++] = after.id();
        }
        params[at] = rows;
        return sql.rows(after == null ? firstPage : nextPage, params);
    }

    /** The cursor that starts after this row. */
    ExportCursor cursorOf(Row row) {
        return new ExportCursor(row.getString(columns.length), row.getLong(columns.length + 1));
    }
}
