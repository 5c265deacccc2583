package dev.workers4j.sql;

import java.util.List;

/**
 * What a driver hands {@link SqlSession}: column names, their PostgreSQL type names, the rows
 * as PostgreSQL text (null for SQL NULL) and the statement's row count.
 */
public final class RawResult {
    final List<String> columns;
    final List<String> types;
    final List<String[]> rows;
    final long count;

    public RawResult(List<String> columns, List<String> types, List<String[]> rows, long count) {
        this.columns = columns;
        this.types = types;
        this.rows = rows;
        this.count = count;
    }
}
