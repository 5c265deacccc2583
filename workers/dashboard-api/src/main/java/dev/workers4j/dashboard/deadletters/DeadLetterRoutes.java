package dev.workers4j.dashboard.deadletters;

import dev.workers4j.dashboard.common.Cursor;
import dev.workers4j.dashboard.common.Database;
import dev.workers4j.dashboard.common.Lists;
import dev.workers4j.dashboard.common.PathId;
import dev.workers4j.dashboard.env.DashboardApiEnv;
import dev.workers4j.http.Context;
import dev.workers4j.http.HttpException;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.http.Validation;
import dev.workers4j.json.JsonException;
import dev.workers4j.log.Log;
import dev.workers4j.queue.OutgoingMessage;
import dev.workers4j.worker.Attempt;
import java.util.List;

/**
 * /api/ingest/dead-letters: the jobs that failed for good (newest first, filter {@code job_type}),
 * and {@code POST /:id/replay}, which sends one's body back to ingest-queue as it was and counts
 * the replay. The row stays: a replay that fails again arrives as a new dead letter.
 */
public final class DeadLetterRoutes {
    private DeadLetterRoutes() {
    }

    public static Router<DashboardApiEnv> create() {
        return new Router<DashboardApiEnv>()
                .get("/dead-letters", DeadLetterRoutes::list)
                .post("/dead-letters/:id/replay", DeadLetterRoutes::replay);
    }

    static Response list(Context<DashboardApiEnv> c) {
        Validation v = new Validation();
        String jobType = c.query("job_type");
        v.check(jobType == null || isJobType(jobType), "job_type", "must be a job type such as MART_REFRESH");
        int limit = Lists.limit(v, c);
        Long beforeId = Cursor.id(v, c.query("cursor"));
        v.throwIfInvalid();
        return Database.session(c, sql -> {
            List<DeadLetter> rows = DeadLettersSql.list(sql, jobType, beforeId, limit);
            List<DeadLetter> page = Lists.page(rows, limit);
            String next = Lists.hasMore(rows, limit) ? Cursor.encode(String.valueOf(page.get(page.size() - 1).id())) : null;
            return c.json(DeadLetter_Page_JsonCodec.INSTANCE, new DeadLetter.Page(page, next));
        });
    }

    static Response replay(Context<DashboardApiEnv> c) {
        long id = PathId.of(c);
        return Database.session(c, sql -> {
            DeadLetter letter = DeadLettersSql.find(sql, id);
            if (letter == null) {
                throw HttpException.notFound("no dead letter " + id);
            }
            OutgoingMessage[] message = new OutgoingMessage[1];
            String body = letter.body();
            // A JSON job goes back as JSON; a body that never was JSON goes back as the text it was.
            RuntimeException notJson = Attempt.run(() -> message[0] = OutgoingMessage.jsonText(body));
            c.env().ingestJobs().send(notJson instanceof JsonException ? OutgoingMessage.text(body) : message[0]);
            int count = DeadLettersSql.markReplayed(sql, id);
            Log.info("dead letter " + id + " (" + letter.jobType() + ") replayed to ingest-queue");
            return c.json(202, DeadLetter_Replayed_JsonCodec.INSTANCE, new DeadLetter.Replayed(id, count, "QUEUED"));
        });
    }

    private static boolean isJobType(String value) {
        if (value.isEmpty() || value.length() > 64) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (!((ch >= 'A' && ch <= 'Z') || ch == '_')) {
                return false;
            }
        }
        return true;
    }
}
