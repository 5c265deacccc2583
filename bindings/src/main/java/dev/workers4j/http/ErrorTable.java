package dev.workers4j.http;

import dev.workers4j.fetch.OutboundException;
import dev.workers4j.json.JsonException;
import dev.workers4j.json.JsonMissingFieldException;
import dev.workers4j.sql.SerializationFailureException;
import dev.workers4j.sql.SqlException;
import dev.workers4j.sql.StatementTimeoutException;
import dev.workers4j.sql.UniqueViolationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which HTTP error an exception is: entries of (exception type, mapper), the first whose type
 * the exception is an instance of wins. A router consults its own entries
 * ({@link Router#onError(Class, ErrorMapper)}) first, then {@link #defaults()}, the framework's
 * mapping of the bindings' exceptions. Types are matched with {@code Class.isInstance}, never by
 * class name (TeaVM may not keep names).
 */
public final class ErrorTable {
    private static final ErrorTable DEFAULTS = createDefaults();

    private final List<Entry<?>> entries = new ArrayList<>();

    private record Entry<T extends Throwable>(Class<T> type, ErrorMapper<? super T> mapper) {
        HttpException mapIfMatches(Throwable error) {
            return type.isInstance(error) ? mapper.map(type.cast(error)) : null;
        }
    }

    /** Adds an entry after the existing ones. */
    public <T extends Throwable> ErrorTable map(Class<T> type, ErrorMapper<? super T> mapper) {
        entries.add(new Entry<>(type, mapper));
        return this;
    }

    /** Adds another table's entries after this one's. */
    ErrorTable mapAll(ErrorTable other) {
        entries.addAll(other.entries);
        return this;
    }

    /** The HTTP error of the first matching entry, or null when none matches. */
    public HttpException lookup(Throwable error) {
        for (Entry<?> entry : entries) {
            HttpException mapped = entry.mapIfMatches(error);
            if (mapped != null) {
                return mapped;
            }
        }
        return null;
    }

    /**
     * The framework's defaults. Messages say what happened in terms a client can act on and never
     * quote the cause (a SQL detail may hold row values, an outbound URL a token).
     */
    public static ErrorTable defaults() {
        return DEFAULTS;
    }

    private static ErrorTable createDefaults() {
        return new ErrorTable()
                .map(HttpException.class, e -> e)
                // Well-formed JSON that lacks a required field: an incomplete request, not a malformed one.
                .map(JsonMissingFieldException.class, e -> new HttpException(400, "invalid_request", e.getMessage()))
                .map(JsonException.class, e -> new HttpException(400, "malformed_json", e.getMessage()))
                .map(UniqueViolationException.class, e -> new HttpException(409, "conflict",
                        "the write conflicts with a record that already exists"))
                .map(StatementTimeoutException.class, e -> new HttpException(503, "database_timeout",
                        "the database did not answer in time; try again"))
                .map(SerializationFailureException.class, e -> new HttpException(503, "database_busy",
                        "the database could not complete the write alongside another; try again"))
                .map(SqlException.class, e -> e.sqlState() == null
                        ? new HttpException(503, "database_unavailable", "the database is unavailable")
                        : null)
                .map(OutboundException.class, e -> e.timedOut()
                        ? new HttpException(504, "upstream_timeout", "an upstream service did not answer in time")
                        : new HttpException(502, "upstream_unavailable", "an upstream service could not be reached"));
    }
}
