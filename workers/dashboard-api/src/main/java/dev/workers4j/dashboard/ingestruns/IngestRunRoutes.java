package dev.workers4j.dashboard.ingestruns;

import dev.workers4j.dashboard.common.Database;
import dev.workers4j.dashboard.common.Cursor;
import dev.workers4j.dashboard.common.Lists;
import dev.workers4j.dashboard.common.PathId;
import dev.workers4j.dashboard.env.DashboardApiEnv;
import dev.workers4j.http.Context;
import dev.workers4j.http.HttpException;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.http.Validation;
import java.util.List;

/** /api/ingest/runs: recent background runs (filter {@code run_type}, {@code status}) and one by id. */
public final class IngestRunRoutes {
    private IngestRunRoutes() {
    }

    public static Router<DashboardApiEnv> create() {
        return new Router<DashboardApiEnv>()
                .get("/runs", IngestRunRoutes::list)
                .get("/runs/:id", IngestRunRoutes::read);
    }

    static Response list(Context<DashboardApiEnv> c) {
        Validation v = new Validation();
        String runType = v.oneOf("run_type", c.query("run_type"), null, "SHOPIFY_BULK_SYNC", "MART_REFRESH",
                "CSV_EXPORT", "ASSET_INGEST", "CREATIVE_ACT_REPORT_IMPORT");
        String status = v.oneOf("status", c.query("status"), null, "RUNNING", "COMPLETED", "FAILED");
        int limit = Lists.limit(v, c);
        String[] after = Cursor.decode(v, c.query("cursor"), 2);
        Long beforeId = after == null ? null : Validation.parseLong(after[1]);
        // The first part is a started_at as this API wrote it (2025-01-02T03:04:05.678Z).
        boolean started = after == null || after[0].length() >= 20 && after[0].length() <= 32 && after[0].endsWith("Z")
                && Validation.parseDate(after[0].substring(0, 10)) != null;
        v.check(after == null || beforeId != null && started, "cursor", "is not a cursor this list gave");
        v.throwIfInvalid();
        return Database.session(c, sql -> {
            List<IngestRun> rows = IngestRunsSql.list(sql, runType, status, after == null ? null : after[0], beforeId,
                    limit);
            List<IngestRun> page = Lists.page(rows, limit);
            String next = null;
            if (Lists.hasMore(rows, limit)) {
                IngestRun last = page.get(page.size() - 1);
                next = Cursor.encode(last.startedAt(), String.valueOf(last.id()));
            }
            return c.json(IngestRun_Page_JsonCodec.INSTANCE, new IngestRun.Page(page, next));
        });
    }

    static Response read(Context<DashboardApiEnv> c) {
        long id = PathId.of(c);
        return Database.session(c, sql -> {
            IngestRun run = IngestRunsSql.find(sql, id);
            if (run == null) {
                throw HttpException.notFound("no ingest run " + id);
            }
            return c.json(IngestRun_JsonCodec.INSTANCE, run);
        });
    }
}
