package dev.workers4j.ingest.sync;

import dev.workers4j.http.Utf8;
import dev.workers4j.ingest.dispatch.JobOutcome;
import dev.workers4j.ingest.env.IngestEnv;
import dev.workers4j.ingest.jobs.ShopifyBulkSyncChunk;
import dev.workers4j.ingest.jobs.ShopifyBulkSyncFinish;
import dev.workers4j.log.Log;
import dev.workers4j.r2.R2GetOptions;
import dev.workers4j.r2.R2Object;
import dev.workers4j.r2.R2Range;
import dev.workers4j.sql.Sql;
import dev.workers4j.text.Digits;
import dev.workers4j.worker.Attempt;

/**
 * Step 4: reads the archive from R2 by byte range and upserts its lines, a chunk at a time. Each
 * chunk (the whole lines within SHOPIFY_SYNC_CHUNK_BYTES from the checkpoint) is one transaction
 * that upserts its products, orders and line items and moves the run's checkpoint (byte offset,
 * lines done) only if it still stands where the chunk began, so a replayed chunk changes nothing.
 * Line items name their order by {@code __parentId} and come after it, so chunks go in order.
 *
 * <p>Every message resumes from the run's checkpoint, not from the offset it carries: a message
 * retried after dying mid-way picks up where its last committed chunk left off. Two messages
 * working at once (a duplicate delivery) race for each chunk's checkpoint; the one that loses
 * rolls back and stops, so one chain goes on.
 *
 * <p>A message goes on to the next chunk, each in its own transaction, while it stays within
 * {@link #BUDGET_MILLIS} and {@link #MAX_CHUNKS_PER_MESSAGE} (far below the CPU and subrequest
 * limits), then hands the next chunk to the queue: without that, each chunk would wait out the
 * consumer's batch timeout.
 */
public final class ChunkStep {
    static final long BUDGET_MILLIS = 15_000;
    static final int MAX_CHUNKS_PER_MESSAGE = 40;
    static final int DEFAULT_CHUNK_BYTES = 1024 * 1024;
    /** The longest line the archive may have: a longer one fails the run rather than grow without bound. */
    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    private ChunkStep() {
    }

    public static JobOutcome handle(ShopifyBulkSyncChunk job, IngestEnv env) {
        double started = System.currentTimeMillis();
        int chunkBytes = chunkBytes(env);
        try (Sql sql = env.database().connect()) {
            SyncRun run = SyncRuns.load(sql, job.runId());
            if (run == null) {
                return JobOutcome.deadLetter("no bulk sync run " + job.runId());
            }
            if (!run.at("CHUNKS") || run.bytesDone() < job.offset()) {
                return JobOutcome.done(); // the chunks are done, or this message is from the future: nothing to do
            }
            long offset = run.bytesDone(); // the checkpoint, which a retried message resumes from
            long lines = run.linesDone();
            for (int done = 0; offset < run.bytesTotal(); done++) {
                if (done == MAX_CHUNKS_PER_MESSAGE || System.currentTimeMillis() - started > BUDGET_MILLIS) {
                    SyncQueue.next(env, new ShopifyBulkSyncChunk(run.id(), offset));
                    return JobOutcome.done();
                }
                Chunk chunk = read(env, run, offset, chunkBytes);
                ChunkRows rows = new ChunkRows(now(sql));
                long first = lines;
                RuntimeException bad = Attempt.run(() -> parse(chunk.text, first, rows));
                if (bad instanceof ChunkRows.BadLine) {
                    SyncRuns.fail(sql, run.id(), "BAD_LINE", bad.getMessage());
                    return JobOutcome.done();
                }
                if (bad != null) {
                    throw bad;
                }
                long from = offset;
                long to = offset + chunk.length;
                double transactionStarted = System.currentTimeMillis();
                sql.transaction(tx -> {
                    tx.upsert(rows.products());
                    tx.upsert(rows.orders);
                    tx.upsert(rows.lineItems);
                    if (!SyncRuns.chunkDone(tx, run.id(), from, to, rows.lineCount, rows.orderCount)) {
                        throw new StaleChunk();
                    }
                    return true;
                });
                Log.info("sync run " + run.id() + ": chunk at byte " + from + ", " + rows.lineCount + " lines, transaction "
                        + (int) (System.currentTimeMillis() - transactionStarted) + " ms");
                offset = to;
                lines += rows.lineCount;
            }
            if (SyncRuns.advance(sql, run.id(), "CHUNKS", "FINISH")) {
                Log.info("sync run " + run.id() + ": all " + lines + " lines stored");
                SyncQueue.next(env, new ShopifyBulkSyncFinish(run.id()));
            }
            return JobOutcome.done();
        } catch (StaleChunk stale) {
            return JobOutcome.done(); // another delivery of this chunk got there first; its transaction counted
        }
    }

    /** The whole lines from {@code offset} within the chunk size (more when one line is longer). */
    private static Chunk read(IngestEnv env, SyncRun run, long offset, int chunkBytes) {
        int want = chunkBytes;
        while (true) {
            long left = run.bytesTotal() - offset;
            int length = (int) Math.min(want, left);
            R2Object object = env.bucket().get(run.archiveKey(), R2GetOptions.create().range(R2Range.of(offset, length)));
            if (object == null) {
                throw new IllegalStateException("the archive " + run.archiveKey() + " is missing");
            }
            byte[] bytes = object.bytes();
            int end = lastNewline(bytes);
            if (end >= 0) {
                return new Chunk(Utf8.decode(bytes, 0, end + 1), end + 1);
            }
            if (length == left) {
                return new Chunk(Utf8.decode(bytes), bytes.length); // the last line has no newline
            }
            if (want >= MAX_LINE_BYTES) {
                throw new IllegalStateException("a line of the archive is longer than " + MAX_LINE_BYTES + " bytes");
            }
            want *= 2;
        }
    }

    private static void parse(String text, long firstLine, ChunkRows rows) {
        long number = firstLine;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            number++;
            if (end > start) {
                rows.add(text.substring(start, end), number);
            }
            start = end + 1;
        }
    }

    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static String now(Sql sql) {
        return sql.rows("SELECT now()::text AS now").get(0).getString("now");
    }

    private static int chunkBytes(IngestEnv env) {
        Long value = Digits.parse(env.syncChunkBytes(), 9);
        return value != null && value >= 1024 ? (int) (long) value : DEFAULT_CHUNK_BYTES;
    }

    private record Chunk(String text, int length) {
    }

    /** The run's checkpoint moved under this chunk: rolled back, nothing changed. */
    private static final class StaleChunk extends RuntimeException {
        StaleChunk() {
            super("stale chunk", null, false, false);
        }
    }
}
