package dev.workers4j.dashboard.deadletters;

import dev.workers4j.sql.Row;
import dev.workers4j.sql.Sql;
import java.util.List;

/** The SQL of the dead letters; every value a parameter. */
final class DeadLettersSql {
    private static final String COLUMNS = "id, message_id, queue, job_type, body, attempts, last_error,"
            + " to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') AS received_at,"
            + " to_char(replayed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') AS replayed_at, replay_count";

    private DeadLettersSql() {
    }

    /** Newest first, by id (ids grow with arrival); {@code beforeId} null for the first page. */
    static List<DeadLetter> list(Sql sql, String jobType, Long beforeId, int limit) {
        return sql.query("SELECT " + COLUMNS + " FROM dead_letters"
                + " WHERE ($1::text IS NULL OR job_type = $1) AND ($2::bigint IS NULL OR id < $2)"
                + " ORDER BY id DESC LIMIT $3", DeadLettersSql::of, jobType, beforeId, limit + 1);
    }

    static DeadLetter find(Sql sql, long id) {
        return sql.first("SELECT " + COLUMNS + " FROM dead_letters WHERE id = $1", DeadLettersSql::of, id);
    }

    static int markReplayed(Sql sql, long id) {
        return sql.rows("UPDATE dead_letters SET replay_count = replay_count + 1, replayed_at = now() WHERE id = $1"
                + " RETURNING replay_count", id).get(0).getInt("replay_count");
    }

    private static DeadLetter of(Row row) {
        return new DeadLetter(row.getLong("id"), row.getString("message_id"), row.getString("queue"),
                row.getString("job_type"), row.getString("body"), row.getInt("attempts"), row.getString("last_error"),
                row.getString("received_at"), row.getString("replayed_at"), row.getInt("replay_count"));
    }
}
