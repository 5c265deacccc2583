package dev.workers4j.dashboard.metrics;

import dev.workers4j.dashboard.common.Database;
import dev.workers4j.dashboard.common.Cursor;
import dev.workers4j.dashboard.common.Lists;
import dev.workers4j.dashboard.common.Staff;
import dev.workers4j.dashboard.env.DashboardApiEnv;
import dev.workers4j.dashboard.metrics.objectives.ObjectiveRoutes;
import dev.workers4j.http.Context;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.http.Validation;
import dev.workers4j.ingest.jobs.IngestJob;
import dev.workers4j.ingest.jobs.IngestJob_JsonCodec;
import dev.workers4j.ingest.jobs.ShopifyBulkSyncStart;
import dev.workers4j.json.JsonWriter;
import dev.workers4j.worker.Attempt;
import java.util.List;

/** /api/performance-metrics: series, summary and top products from the daily marts; the sync trigger; objectives. */
public final class MetricsRoutes {
    private MetricsRoutes() {
    }

    public static Router<DashboardApiEnv> create() {
        return new Router<DashboardApiEnv>()
                .get("/", MetricsRoutes::series)
                .get("/summary", MetricsRoutes::summary)
                .get("/top-products", MetricsRoutes::topProducts)
                .post("/sync", MetricsRoutes::sync)
                .route("/objectives", ObjectiveRoutes.create());
    }

    static Response series(Context<DashboardApiEnv> c) {
        Validation v = new Validation();
        MetricsQuery q = MetricsQuery.read(v, c);
        String granularity = v.oneOf("granularity", c.query("granularity"), "day", "day", "week", "month");
        v.throwIfInvalid();
        return Database.session(c, sql -> {
            List<SeriesPoint> points = MetricsSql.series(sql, q.from().toString(), q.to().toString(), granularity, q.scope());
            return c.json(Series_JsonCodec.INSTANCE, new Series(q.from().toString(), q.to().toString(), granularity,
                    q.scope().productId(), q.scope().productLine(), points));
        });
    }

    static Response summary(Context<DashboardApiEnv> c) {
        Validation v = new Validation();
        MetricsQuery q = MetricsQuery.read(v, c);
        v.throwIfInvalid();
        String previousFrom = q.previousFrom().toString();
        String previousTo = q.previousTo().toString();
        return Database.session(c, sql -> {
            Totals[] totals = MetricsSql.totals(sql, q.from().toString(), q.to().toString(), previousFrom, previousTo,
                    q.scope());
            return c.json(Summary_JsonCodec.INSTANCE, new Summary(q.from().toString(), q.to().toString(), previousFrom,
                    previousTo, q.scope().productId(), q.scope().productLine(), totals[0], totals[1],
                    Summary.Change.between(totals[1], totals[0])));
        });
    }

    static Response topProducts(Context<DashboardApiEnv> c) {
        Validation v = new Validation();
        MetricsQuery q = MetricsQuery.read(v, c);
        v.check(q.scope().productId() == null, "product_id", "is not a filter of top products (product_line is)");
        String by = v.oneOf("by", c.query("by"), "revenue", "revenue", "units");
        int limit = Lists.limit(v, c);
        String[] after = Cursor.decode(v, c.query("cursor"), 3);
        Long afterId = after == null ? null : Validation.parseLong(after[2]);
        v.check(after == null || after[0].equals(by) && afterId != null && Validation.isDecimal(after[1]), "cursor",
                "belongs to another ranking (by)");
        v.throwIfInvalid();
        return Database.session(c, sql -> {
            List<TopProduct> rows = MetricsSql.topProducts(sql, q.from().toString(), q.to().toString(),
                    q.scope().productLine(), "units".equals(by), after == null ? null : after[1], afterId, limit);
            List<TopProduct> page = Lists.page(rows, limit);
            String next = null;
            if (Lists.hasMore(rows, limit)) {
                TopProduct last = page.get(page.size() - 1);
                String value = "units".equals(by) ? String.valueOf(last.units()) : last.revenue();
                next = Cursor.encode(by, value, String.valueOf(last.productId()));
            }
            return c.json(TopProducts_JsonCodec.INSTANCE, new TopProducts(q.from().toString(), q.to().toString(), by,
                    page, next));
        });
    }

    /** Records a RUNNING run and queues SHOPIFY_BULK_SYNC_START: 202, or 409 naming the run already running. */
    static Response sync(Context<DashboardApiEnv> c) {
        String who = Staff.name(c);
        DashboardApiEnv env = c.env();
        return Database.session(c, sql -> {
            Long runId = MetricsSql.startSync(sql, who);
            if (runId == null) {
                Long running = MetricsSql.runningSync(sql);
                return syncRunning(c, running);
            }
            long id = runId;
            RuntimeException failed = Attempt.run(
                    () -> env.ingestJobs().send(IngestJob_JsonCodec.INSTANCE, (IngestJob) new ShopifyBulkSyncStart(id)));
            if (failed != null) {
                MetricsSql.failUnqueuedSync(sql, id);
                throw failed;
            }
            return c.json(202, SyncStarted_JsonCodec.INSTANCE, new SyncStarted(id, "RUNNING"));
        });
    }

    private static Response syncRunning(Context<DashboardApiEnv> c, Long running) {
        JsonWriter json = JsonWriter.create().beginObject().name("error").beginObject()
                .name("code").value("sync_running")
                .name("message").value("a Shopify bulk sync is already running; follow it at /api/ingest/runs/" + running)
                .name("request_id");
        if (c.requestId() == null) {
            json.nullValue();
        } else {
            json.value(c.requestId());
        }
        json.name("run_id");
        if (running == null) {
            json.nullValue();   // it finished between the insert and this read
        } else {
            json.value((long) running);
        }
        return Response.json(409, json.endObject().endObject().toString());
    }
}
