package dev.workers4j.runtime.js.sql;

import dev.workers4j.runtime.js.JsAwait;
import dev.workers4j.sql.PgText;
import dev.workers4j.sql.RawResult;
import dev.workers4j.sql.SqlException;
import dev.workers4j.sql.SqlSession;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;

/** A {@link dev.workers4j.sql.Sql} session over postgres.js; each call suspends the green thread. */
final class PostgresJsSession extends SqlSession {
    private final JSObject client;
    /** The connection failed (FATAL, or no server error at all): nothing is left to close politely. */
    private boolean connectionLost;

    PostgresJsSession(String connectionString) {
        this.client = PostgresJs.client(connectionString);
    }

    @Override
    protected RawResult run(String sql, String[] params) {
        JSArray<JSObject> array = PostgresJs.newArray();
        for (String param : params) {
            PostgresJs.push(array, param);
        }
        JSObject res = JsAwait.await(PostgresJs.query(client, sql, array));
        if (!PostgresJs.ok(res)) {
            connectionLost = connectionLost || PostgresJs.connectionLost(res);
            throw SqlException.of(PostgresJs.errorSqlState(res), PostgresJs.errorMessage(res),
                    PostgresJs.errorDetail(res), PostgresJs.errorConstraint(res));
        }
        int width = PostgresJs.columnCount(res);
        List<String> columns = new ArrayList<>(width);
        List<String> types = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            columns.add(PostgresJs.columnName(res, c));
            types.add(PgText.typeName(PostgresJs.columnType(res, c)));
        }
        int height = PostgresJs.rowCount(res);
        List<String[]> rows = new ArrayList<>(height);
        for (int r = 0; r < height; r++) {
            String[] values = new String[width];
            for (int c = 0; c < width; c++) {
                values[c] = PostgresJs.cell(res, r, c);
            }
            rows.add(values);
        }
        return new RawResult(List.copyOf(columns), List.copyOf(types), rows, (long) PostgresJs.count(res));
    }

    @Override
    protected void end() {
        // A polite end waits for the socket to close, which after a refused connection may not
        // come (seen: postgres.js waited out the whole timeout, 5 s, after a FATAL at start-up).
        JsAwait.await(PostgresJs.end(client, connectionLost ? 0 : 5));
    }
}
