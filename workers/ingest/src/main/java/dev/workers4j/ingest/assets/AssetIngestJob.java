package dev.workers4j.ingest.assets;

import dev.workers4j.http.Validation;
import dev.workers4j.ingest.dispatch.JobOutcome;
import dev.workers4j.ingest.env.IngestEnv;
import dev.workers4j.ingest.jobs.AssetIngest;
import dev.workers4j.log.Log;
import dev.workers4j.r2.R2Bucket;
import dev.workers4j.r2.R2HttpMetadata;
import dev.workers4j.r2.R2Object;
import dev.workers4j.r2.R2PutOptions;
import dev.workers4j.sql.Sql;
import dev.workers4j.sql.UniqueViolationException;
import dev.workers4j.worker.Attempt;

/**
 * ASSET_INGEST: downloads an asset recorded by POST /api/assets/ingest into R2, keyed by its
 * content: {@code assets/{first two hex of the SHA-256}/{SHA-256}/{file name}}. Content already
 * stored under another asset is not stored twice: the asset becomes DUPLICATE of that one, and its
 * product is linked to the stored asset too.
 *
 * <p>Redelivered after it is done: nothing changes. A source that can never give the file (404,
 * 403, an HTML page, larger than ASSET_MAX_BYTES, a download slower than
 * ASSET_DOWNLOAD_TIMEOUT_SECONDS) makes the asset FAILED with the reason and dead-letters the job
 * (a replay tries again); one that may later (5xx, 429, no answer) leaves it PENDING with the
 * reason and retries in {@link #RETRY_DELAY_SECONDS}; when retries run out the dead-letter
 * consumer marks it FAILED.
 */
public final class AssetIngestJob {
    static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;
    static final long DEFAULT_TIMEOUT_SECONDS = 300;
    static final int RETRY_DELAY_SECONDS = 30;

    private AssetIngestJob() {
    }

    public static JobOutcome handle(AssetIngest job, IngestEnv env) {
        try (Sql sql = env.database().connect()) {
            AssetRow asset = AssetRows.load(sql, job.assetId());
            if (asset == null) {
                return JobOutcome.deadLetter("no asset " + job.assetId());
            }
            if (asset.ingested()) {
                AssetRows.link(sql, asset.id(), job.productId());
                return JobOutcome.done();
            }
            long maxBytes = positive(env.assetMaxBytes(), DEFAULT_MAX_BYTES);
            long timeoutMillis = positive(env.assetDownloadTimeoutSeconds(), DEFAULT_TIMEOUT_SECONDS) * 1000;
            String url = SourceUrls.downloadable(asset.sourceUrl());
            Downloaded[] fetched = new Downloaded[1];
            RuntimeException failure = Attempt.run(() -> fetched[0] = AssetDownload.fetch(url, maxBytes, timeoutMillis,
                    env.bucket(), "assets/incoming/" + asset.id()));
            if (failure instanceof AssetDownload.Refused) {
                AssetRows.fail(sql, asset.id(), failure.getMessage());
                Log.warn("asset " + asset.id() + " failed: " + failure.getMessage());
                return JobOutcome.deadLetter("asset " + asset.id() + ": " + failure.getMessage());
            }
            if (failure != null) {
                String reason = failure instanceof AssetDownload.Unavailable ? failure.getMessage()
                        : "the download failed: " + failure;
                AssetRows.attemptFailed(sql, asset.id(), reason + " (retrying)");
                return JobOutcome.retryLater(RETRY_DELAY_SECONDS, "asset " + asset.id() + ": " + reason);
            }
            store(sql, env.bucket(), asset, job.productId(), fetched[0]);
            return JobOutcome.done();
        }
    }

    private static void store(Sql sql, R2Bucket bucket, AssetRow asset, Long productId, Downloaded content) {
        String fileName = content.fileName() != null ? content.fileName() : SourceUrls.fileName(asset.sourceUrl());
        String contentType = ContentTypes.of(content.mediaType(), fileName);
        if (fileName == null) {
            fileName = "asset." + ContentTypes.extensionFor(contentType);
        }
        String hash = content.sha256();
        AssetRows.Stored original = AssetRows.storedWithHash(sql, hash);
        if (original != null && original.id() != asset.id()) {
            discardStaged(bucket, content);
            AssetRows.duplicate(sql, asset.id(), original, content, contentType, fileName, productId);
            Log.info("asset " + asset.id() + " is a duplicate of asset " + original.id() + " (" + hash + ")");
            return;
        }
        String key = "assets/" + hash.substring(0, 2) + "/" + hash + "/" + fileName;
        put(bucket, key, content, contentType);
        String name = fileName;
        RuntimeException lost = Attempt.run(() -> AssetRows.ready(sql, asset.id(), content, key, contentType, name,
                productId));
        if (lost instanceof UniqueViolationException) {
            // The same content became READY under another asset meanwhile: keep that one's object.
            AssetRows.Stored winner = AssetRows.storedWithHash(sql, hash);
            if (winner == null) {
                throw lost; // it went away again: let the retry sort it out
            }
            if (!winner.r2Key().equals(key)) {
                bucket.delete(key);
            }
            AssetRows.duplicate(sql, asset.id(), winner, content, contentType, name, productId);
            return;
        }
        if (lost != null) {
            throw lost;
        }
        Log.info("asset " + asset.id() + " stored at " + key + " (" + content.size() + " bytes, " + contentType + ")");
    }

    /** The content at its key: from memory (R2 checks it against the SHA-256), or copied from staging. */
    private static void put(R2Bucket bucket, String key, Downloaded content, String contentType) {
        R2PutOptions options = R2PutOptions.create().httpMetadata(R2HttpMetadata.contentType(contentType));
        if (!content.staged()) {
            bucket.put(key, content.bytes(), options.sha256(content.sha256()));
            return;
        }
        R2Object staged = bucket.get(content.stagedKey());
        if (staged == null) {
            throw new IllegalStateException("the staged upload " + content.stagedKey() + " is missing");
        }
        bucket.put(key, staged.body(), options);
        bucket.delete(content.stagedKey());
    }

    private static void discardStaged(R2Bucket bucket, Downloaded content) {
        if (content.staged()) {
            bucket.delete(content.stagedKey());
        }
    }

    private static long positive(String configured, long fallback) {
        Long value = configured == null ? null : Validation.parseLong(configured.trim());
        return value != null && value > 0 ? value : fallback;
    }
}
