package dev.workers4j.dashboard.exports;

import dev.workers4j.dashboard.common.Database;
import dev.workers4j.dashboard.common.Cursor;
import dev.workers4j.dashboard.common.Lists;
import dev.workers4j.dashboard.common.PathId;
import dev.workers4j.dashboard.common.Staff;
import dev.workers4j.dashboard.env.DashboardApiEnv;
import dev.workers4j.http.Context;
import dev.workers4j.http.HttpException;
import dev.workers4j.http.MutableHeaders;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.http.Validation;
import dev.workers4j.ingest.jobs.CsvExport;
import dev.workers4j.ingest.jobs.IngestJob;
import dev.workers4j.ingest.jobs.IngestJob_JsonCodec;
import dev.workers4j.r2.R2Object;
import dev.workers4j.worker.Attempt;
import java.util.List;

/** /api/csv-exports: request an export (CSV_EXPORT writes it to R2), follow it, download it. */
public final class CsvExportRoutes {
    private CsvExportRoutes() {
    }

    public static Router<DashboardApiEnv> create() {
        return new Router<DashboardApiEnv>()
                .get("/", CsvExportRoutes::list)
                .post("/", CsvExportRoutes::request)
                .get("/:id", CsvExportRoutes::read)
                .get("/:id/download", CsvExportRoutes::download);
    }

    static Response request(Context<DashboardApiEnv> c) {
        String[] checked = c.req().json(ExportRequest_JsonCodec.INSTANCE).validate();
        String who = Staff.name(c);
        DashboardApiEnv env = c.env();
        return Database.session(c, sql -> {
            long id = ExportsSql.insertQueued(sql, checked[0], checked[1], who);
            RuntimeException failed = Attempt.run(() -> env.ingestJobs().send(IngestJob_JsonCodec.INSTANCE,
                    (IngestJob) new CsvExport(id)));
            if (failed != null) {
                ExportsSql.failUnqueued(sql, id);
                throw failed;
            }
            return c.json(202, CsvExportRecord_Queued_JsonCodec.INSTANCE, new CsvExportRecord.Queued(id, "QUEUED"));
        });
    }

    static Response list(Context<DashboardApiEnv> c) {
        Validation v = new Validation();
        int limit = Lists.limit(v, c);
        Long beforeId = Cursor.id(v, c.query("cursor"));
        v.throwIfInvalid();
        return Database.session(c, sql -> {
            List<CsvExportRecord> rows = ExportsSql.list(sql, beforeId, limit);
            List<CsvExportRecord> page = Lists.page(rows, limit);
            String next = Lists.hasMore(rows, limit) ? Cursor.encode(String.valueOf(page.get(page.size() - 1).id())) : null;
            return c.json(CsvExportRecord_Page_JsonCodec.INSTANCE, new CsvExportRecord.Page(page, next));
        });
    }

    static Response read(Context<DashboardApiEnv> c) {
        long id = PathId.of(c);
        return Database.session(c, sql -> {
            return c.json(CsvExportRecord_JsonCodec.INSTANCE, found(ExportsSql.find(sql, id), id));
        });
    }

    /** The finished file, streamed from R2 as an attachment named {type}-{id}.csv; 409 until it is COMPLETED. */
    static Response download(Context<DashboardApiEnv> c) {
        long id = PathId.of(c);
        CsvExportRecord export = found(Database.session(c, sql -> ExportsSql.find(sql, id)), id);
        if (!"COMPLETED".equals(export.status()) || export.r2Key() == null) {
            throw new HttpException(409, "export_not_ready", "export " + id + " is " + export.status()
                    + "; download it once it is COMPLETED");
        }
        R2Object object = c.env().bucket().get(export.r2Key());
        if (object == null) {
            throw new HttpException(404, "not_found", "export " + id + "'s file is missing from storage");
        }
        MutableHeaders headers = object.writeHttpMetadata(new MutableHeaders())
                .set("content-type", "text/csv; charset=utf-8")
                .set("content-disposition", "attachment; filename=\"" + export.exportType().replace('_', '-') + "-" + id
                        + ".csv\"")
                .set("etag", object.httpEtag());
        return Response.of(200, headers, object.body());
    }

    private static CsvExportRecord found(CsvExportRecord export, long id) {
        if (export == null) {
            throw HttpException.notFound("no CSV export " + id);
        }
        return export;
    }
}
