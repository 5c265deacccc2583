package dev.workers4j.dashboard.combologs;

import dev.workers4j.dashboard.common.Database;
import dev.workers4j.dashboard.common.Cursor;
import dev.workers4j.dashboard.common.Lists;
import dev.workers4j.dashboard.common.Staff;
import dev.workers4j.dashboard.env.DashboardApiEnv;
import dev.workers4j.http.BodyStream;
import dev.workers4j.http.Context;
import dev.workers4j.http.HttpException;
import dev.workers4j.http.Response;
import dev.workers4j.http.Router;
import dev.workers4j.http.Validation;
import dev.workers4j.ingest.jobs.CreativeActReportImport;
import dev.workers4j.ingest.jobs.IngestJob;
import dev.workers4j.ingest.jobs.IngestJob_JsonCodec;
import dev.workers4j.r2.R2Bucket;
import dev.workers4j.r2.R2HttpMetadata;
import dev.workers4j.r2.R2Object;
import dev.workers4j.r2.R2PutOptions;
import dev.workers4j.worker.Attempt;
import java.util.List;

/**
 * POST /api/combo-logs/import: a creative activity report (CSV, up to 20 MiB, sent as the body)
 * goes to R2 at imports/{id}.csv, is recorded, and CREATIVE_ACT_REPORT_IMPORT is queued (ingest
 * does the import); GET /api/combo-logs/imports/:id: its state and rejected rows.
 */
final class ComboLogImports {
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private ComboLogImports() {
    }

    static Router<DashboardApiEnv> upload() {
        return new Router<DashboardApiEnv>().bodyLimit(MAX_BYTES).post("/", ComboLogImports::start);
    }

    static Response start(Context<DashboardApiEnv> c) {
        Validation v = new Validation();
        String fileName = v.text("file_name", c.query("file_name"), 200);
        BodyStream body = c.req().bodyStream();
        v.check(body.length() != 0, "body", "is empty: send the CSV file as the request body");
        v.throwIfInvalid();
        if (body.length() < 0) {
            throw new HttpException(411, "length_required",
                    "send the file with a Content-Length: R2 stores only bodies of known length");
        }
        String who = Staff.name(c);
        DashboardApiEnv env = c.env();
        R2Bucket bucket = env.bucket();
        return Database.session(c, sql -> {
            long id = ComboLogsSql.nextImportId(sql);
            String key = "imports/" + id + ".csv";
            R2Object stored = bucket.put(key, body, R2PutOptions.create()
                    .httpMetadata(R2HttpMetadata.contentType("text/csv"))
                    .customMetadata("requested_by", who));
            long size = stored.size();
            RuntimeException failed = Attempt.run(() -> ComboLogsSql.insertImport(sql, id, key, fileName, size, who));
            if (failed != null) {
                Attempt.run(() -> bucket.delete(key));   // no object without its row
                throw failed;
            }
            failed = Attempt.run(() -> env.ingestJobs().send(IngestJob_JsonCodec.INSTANCE,
                    (IngestJob) new CreativeActReportImport(id)));
            if (failed != null) {
                ComboLogsSql.failUnqueuedImport(sql, id);
                throw failed;
            }
            return c.json(202, ImportStatus_Started_JsonCodec.INSTANCE, new ImportStatus.Started(id, "QUEUED", key, size));
        });
    }

    static Response status(Context<DashboardApiEnv> c) {
        Validation v = new Validation();
        Long id = v.id("id", c.param("id"), null);
        int limit = Lists.limit(v, c);
        String[] after = Cursor.decode(v, c.query("cursor"), 1);
        Long afterLine = after == null ? Long.valueOf(0) : Validation.parseLong(after[0]);
        v.check(afterLine != null && afterLine < Integer.MAX_VALUE, "cursor", "is not a cursor this list gave");
        v.throwIfInvalid();
        return Database.session(c, sql -> {
            ImportStatus found = ComboLogsSql.findImport(sql, id);
            if (found == null) {
                throw HttpException.notFound("no import " + id);
            }
            List<ImportStatus.Rejection> rows = ComboLogsSql.rejections(sql, id, (int) (long) afterLine, limit);
            List<ImportStatus.Rejection> page = Lists.page(rows, limit);
            String next = Lists.hasMore(rows, limit)
                    ? Cursor.encode(String.valueOf(page.get(page.size() - 1).lineNumber())) : null;
            return c.json(ImportStatus_JsonCodec.INSTANCE, found.withRejections(page, next));
        });
    }
}
