package dev.workers4j.testing.sql;

import dev.workers4j.sql.Placeholders;
import dev.workers4j.sql.RawResult;
import dev.workers4j.sql.SqlException;
import dev.workers4j.sql.SqlSession;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A {@link dev.workers4j.sql.Sql} session over pgjdbc, the JVM twin of the postgres.js session:
 * {@code $n} placeholders become {@code ?} (outside literals, identifiers and comments), every
 * parameter binds as text of unspecified type ({@code stringtype=unspecified}), and results are
 * read as PostgreSQL text ({@code binaryTransfer=false}), so rows and errors match workerd's.
 */
final class JdbcSession extends SqlSession {
    private final Connection connection;

    JdbcSession(Connection connection) {
        this.connection = connection;
    }

    @Override
    protected RawResult run(String sql, String[] params) {
        Placeholders placeholders = Placeholders.parse(sql);
        try (PreparedStatement statement = connection.prepareStatement(placeholders.toJdbc())) {
            int[] order = placeholders.order();
            for (int i = 0; i < order.length; i++) {
                String value = params[order[i] - 1];
                if (value == null) {
                    statement.setNull(i + 1, Types.VARCHAR);
                } else {
                    statement.setString(i + 1, value);
                }
            }
            if (!statement.execute()) {
                return new RawResult(List.of(), List.of(), List.of(), Math.max(0, statement.getUpdateCount()));
            }
            try (ResultSet resultSet = statement.getResultSet()) {
                ResultSetMetaData meta = resultSet.getMetaData();
                int width = meta.getColumnCount();
                List<String> columns = new ArrayList<>(width);
                List<String> types = new ArrayList<>(width);
                for (int c = 1; c <= width; c++) {
                    columns.add(meta.getColumnLabel(c));
                    types.add(typeName(meta.getColumnTypeName(c)));
                }
                List<String[]> rows = new ArrayList<>();
                while (resultSet.next()) {
                    String[] values = new String[width];
                    for (int c = 1; c <= width; c++) {
                        values[c - 1] = resultSet.getString(c);
                    }
                    rows.add(values);
                }
                return new RawResult(List.copyOf(columns), List.copyOf(types), rows, rows.size());
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** pgjdbc reports serial columns by their pseudo-type; the wire (and postgres.js) says int4/int8. */
    private static String typeName(String jdbcName) {
        switch (jdbcName) {
            case "serial":
                return "int4";
            case "bigserial":
                return "int8";
            case "smallserial":
                return "int2";
            default:
                return jdbcName;
        }
    }

    static SqlException translate(SQLException e) {
        if (e instanceof PSQLException && ((PSQLException) e).getServerErrorMessage() != null) {
            ServerErrorMessage server = ((PSQLException) e).getServerErrorMessage();
            return SqlException.of(server.getSQLState(), server.getMessage(), server.getDetail(), server.getConstraint());
        }
        SqlException client = new SqlException(null, e.getMessage(), null, null);
        client.initCause(e);
        return client;
    }

    @Override
    protected void end() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw translate(e);
        }
    }
}
