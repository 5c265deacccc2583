package dev.workers4j.ingest.imports;

import dev.workers4j.csv.CsvRecord;
import dev.workers4j.ingest.dispatch.JobOutcome;
import dev.workers4j.ingest.env.IngestEnv;
import dev.workers4j.ingest.jobs.CreativeActReportImport;
import dev.workers4j.ingest.jobs.IngestJob;
import dev.workers4j.ingest.jobs.IngestJob_JsonCodec;
import dev.workers4j.json.Json;
import dev.workers4j.log.Log;
import dev.workers4j.queue.OutgoingMessage;
import dev.workers4j.r2.R2Object;
import dev.workers4j.sql.Sql;
import dev.workers4j.sql.SqlException;
import dev.workers4j.worker.Attempt;
import java.util.ArrayList;
import java.util.List;

/**
 * CREATIVE_ACT_REPORT_IMPORT: imports a creative activity report (imports/{id}.csv in R2, put
 * there by dashboard-api's POST /api/combo-logs/import) into combo logs.
 *
 * <h2>The file</h2>
 * RFC 4180 CSV in UTF-8 (a BOM is skipped; CRLF or LF; quoted fields may hold commas, quotes and
 * line breaks). The first line is the header; names are case-insensitive, spaces and dashes read
 * as underscores, unknown columns are ignored, so the combo-log export (ComboLogCsv) imports back:
 * <pre>
 * identifier    optional: SP-IPH-2-WOMEN-001 updates that log (or creates it under that number)
 * type          required: SP, CT, NT, UGC or ST                          (alias combo_type)
 * audience      required: A-Z, 0-9 and _, starting with a letter, at most 24
 * products      product titles or SKUs, separated by ';' (or '+')     (aliases product_titles, titles)
 * skus          SKUs, separated by ';' or '+'                           (alias sku)
 * product_ids   product ids, separated by '+' or ';', as the export writes them
 * launch_date   required: YYYY-MM-DD                                    (alias launch)
 * status        PLANNED (default), TESTING, WINNER, LOSER, PAUSED or ARCHIVED
 * spend, revenue          amounts, at most 2 decimals ("$1,234.50" is taken)
 * impressions, clicks, purchases   whole numbers ("12,000" is taken)
 * notes         at most 4,000 characters
 * </pre>
 * type, audience, launch_date and at least one of products, skus, product_ids must be in the
 * header, else the import fails as a whole (FAILED, with the reason) and nothing is imported.
 *
 * <h2>Rows</h2>
 * Each row's products are matched by {@link ProductCatalog} (product_ids by id; skus by SKU;
 * products by exact SKU, then normalised title, then edit distance), and the rule that matched
 * each product is stored with the link (combo_log_products.match_rule and matched_as) and counted
 * in the checkpoint's matched_by. The combo log's product lines are its products' lines. A row
 * with an identifier updates that log's launch date, status, metrics and notes (an empty cell
 * keeps what is there) and its products; without one, it gets the next number of its prefix as
 * dashboard-api's create does. created_by/updated_by are the import's requested_by. A row that
 * cannot be taken is recorded in csv_import_rejections with its first line's number, why and its
 * text (cut to 1,000 characters), and the other rows go on. Empty lines are skipped and not
 * counted.
 *
 * <h2>Chunks</h2>
 * Like the bulk sync's {@code ChunkStep}: records from the checkpoint within
 * COMBO_IMPORT_CHUNK_BYTES are one transaction that writes their combo logs and rejections and
 * moves csv_imports.checkpoint (byte offset and line of the next record) only if it still stands
 * where the chunk began, so a duplicate delivery's chunk changes nothing. A message goes on for
 * up to {@link #BUDGET_MILLIS}, then hands over to a new message. The last chunk sets COMPLETED.
 *
 * <h2>Failures</h2>
 * No csv_imports row: dead-lettered. The R2 object missing: FAILED and dead-lettered. No usable
 * header (an empty file, not CSV, required columns missing): FAILED, acked. A database error
 * retries the message later (and a data error the checks above missed fails the import and
 * dead-letters it, since a retry would meet it again).
 */
public final class ImportJob {
    static final long BUDGET_MILLIS = 15_000;
    static final int MAX_CHUNKS_PER_MESSAGE = 40;
    static final int DEFAULT_CHUNK_BYTES = 256 * 1024;
    static final int MIN_CHUNK_BYTES = 256;
    /** Before a message that met a database failure is delivered again. */
    static final int RETRY_DELAY_SECONDS = 30;

    private ImportJob() {
    }

    public static JobOutcome handle(CreativeActReportImport job, IngestEnv env) {
        JobOutcome[] outcome = new JobOutcome[1];
        RuntimeException failure = Attempt.run(() -> outcome[0] = run(job.importId(), env));
        if (failure == null) {
            return outcome[0];
        }
        if (failure instanceof StaleChunk) {
            return JobOutcome.done(); // another delivery wrote this chunk first; it goes on from there
        }
        if (failure instanceof ReportFile.MissingFile) {
            return failAndDeadLetter(env, job.importId(), failure.getMessage());
        }
        if (failure instanceof SqlException sql) {
            String state = sql.sqlState();
            if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
                return failAndDeadLetter(env, job.importId(), "the database refused a row: " + sql.getMessage());
            }
            return JobOutcome.retryLater(RETRY_DELAY_SECONDS, "import " + job.importId() + ": " + sql.getMessage());
        }
        throw failure;
    }

    private static JobOutcome run(long importId, IngestEnv env) {
        double started = System.currentTimeMillis();
        int chunkBytes = chunkBytes(env.comboImportChunkBytes());
        try (Sql sql = env.database().connect()) {
            CsvImport found = ImportsSql.load(sql, importId);
            if (found == null) {
                return JobOutcome.deadLetter("no csv import " + importId);
            }
            if (found.finished()) {
                return JobOutcome.done(); // a redelivery of a finished import
            }
            R2Object head = env.bucket().head(found.r2Key());
            if (head == null) {
                throw new ReportFile.MissingFile(found.r2Key());
            }
            ImportCheckpoint checkpoint;
            ReportFile file;
            if ("QUEUED".equals(found.status())) {
                file = new ReportFile(env.bucket(), found.r2Key(), head.size(), 0, 1, chunkBytes);
                CsvRecord header = file.next();
                String problem = header == null ? "the file is empty: expected a header line and rows"
                        : !header.ok() ? "the header line cannot be read: " + header.problem()
                        : ReportColumns.of(header.fields()).problem();
                if (problem != null) {
                    ImportsSql.fail(sql, importId, problem);
                    Log.warn("import " + importId + " failed: " + problem);
                    return JobOutcome.done();
                }
                List<String> names = new ArrayList<>();
                for (String name : header.fields()) {
                    names.add(ReportColumns.canonical(name));
                }
                checkpoint = new ImportCheckpoint(file.offset(), file.line(), names,
                        new ImportCheckpoint.MatchCounts(0, 0, 0, 0));
                if (!ImportsSql.start(sql, importId, json(checkpoint))) {
                    return JobOutcome.done(); // another delivery started it and goes on with it
                }
            } else {
                checkpoint = Json.fromJson(ImportCheckpoint_JsonCodec.INSTANCE, found.checkpoint());
                file = new ReportFile(env.bucket(), found.r2Key(), head.size(), checkpoint.offset(), checkpoint.line(),
                        chunkBytes);
            }
            ReportColumns columns = ReportColumns.of(checkpoint.header());
            ProductCatalog catalog = ProductCatalog.load(sql);
            for (int done = 0; ; done++) {
                if (done == MAX_CHUNKS_PER_MESSAGE || System.currentTimeMillis() - started > BUDGET_MILLIS) {
                    next(env, importId);
                    return JobOutcome.done();
                }
                long from = checkpoint.offset();
                ImportChunk chunk = new ImportChunk();
                boolean last = false;
                while (file.offset() - from < chunkBytes) {
                    CsvRecord record = file.next();
                    if (record == null) {
                        last = true;
                        break;
                    }
                    take(record, columns, catalog, chunk);
                }
                ImportCheckpoint moved = new ImportCheckpoint(file.offset(), file.line(), checkpoint.header(),
                        checkpoint.matchedBy().plus(chunk.matched));
                boolean end = last;
                double transactionStarted = System.currentTimeMillis();
                sql.transaction(tx -> {
                    chunk.write(tx, importId, found.requestedBy());
                    if (!ImportsSql.chunkDone(tx, importId, from, json(moved), chunk.rows, chunk.imported,
                            chunk.rejected(), end)) {
                        throw new StaleChunk();
                    }
                    return true;
                });
                Log.info("import " + importId + ": chunk at byte " + from + ", " + chunk.rows + " rows ("
                        + chunk.rejected() + " rejected), transaction "
                        + (int) (System.currentTimeMillis() - transactionStarted) + " ms");
                checkpoint = moved;
                if (end) {
                    ImportCheckpoint.MatchCounts m = moved.matchedBy();
                    Log.info("import " + importId + " completed; products matched by id " + m.id() + ", SKU " + m.sku()
                            + ", title " + m.title() + ", edit distance " + m.editDistance());
                    return JobOutcome.done();
                }
            }
        }
    }

    /** One record into the chunk: a row, a rejection, or nothing (an all-empty row). */
    private static void take(CsvRecord record, ReportColumns columns, ProductCatalog catalog, ImportChunk chunk) {
        if (!record.ok()) {
            chunk.reject(record.line(), record.problem().substring(record.problem().indexOf(": ") + 2), record.raw());
            return;
        }
        boolean blank = true;
        for (String field : record.fields()) {
            blank &= field.trim().isEmpty();
        }
        if (blank) {
            return;
        }
        ReportRow.Parsed parsed = ReportRow.parse(record.line(), record.fields(), columns, catalog);
        if (parsed.problem() != null) {
            chunk.reject(record.line(), parsed.problem(), record.raw());
        } else {
            chunk.add(parsed.row());
        }
    }

    private static JobOutcome failAndDeadLetter(IngestEnv env, long importId, String reason) {
        RuntimeException unrecorded = Attempt.run(() -> {
            try (Sql sql = env.database().connect()) {
                ImportsSql.fail(sql, importId, reason);
            }
        });
        if (unrecorded != null) {
            return JobOutcome.retryLater(RETRY_DELAY_SECONDS, "import " + importId + ": " + reason
                    + "; and recording it failed: " + unrecorded.getMessage());
        }
        Log.warn("import " + importId + " failed: " + reason);
        return JobOutcome.deadLetter("import " + importId + ": " + reason);
    }

    private static void next(IngestEnv env, long importId) {
        env.jobs().send(OutgoingMessage.jsonText(Json.toJson(IngestJob_JsonCodec.INSTANCE,
                (IngestJob) new CreativeActReportImport(importId))));
    }

    private static String json(ImportCheckpoint checkpoint) {
        return Json.toJson(ImportCheckpoint_JsonCodec.INSTANCE, checkpoint);
    }

    static int chunkBytes(String configured) {
        int value = 0;
        for (int i = 0; configured != null && i < configured.length() && i < 9; i++) {
            char ch = configured.charAt(i);
            if (ch < '0' || ch > '9') {
                return DEFAULT_CHUNK_BYTES;
            }
            value = value * 10 + (ch - '0');
        }
        return value >= MIN_CHUNK_BYTES ? value : DEFAULT_CHUNK_BYTES;
    }

    /** The checkpoint moved under this chunk: rolled back, nothing changed. */
    private static final class StaleChunk extends RuntimeException {
        StaleChunk() {
            super("stale chunk", null, false, false);
        }
    }
}
