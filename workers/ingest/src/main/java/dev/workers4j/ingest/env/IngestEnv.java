package dev.workers4j.ingest.env;

import dev.workers4j.env.Env;
import dev.workers4j.env.Secret;
import dev.workers4j.env.typed.Binding;
import dev.workers4j.env.typed.WorkerEnv;
import dev.workers4j.queue.Queue;
import dev.workers4j.r2.R2Bucket;
import dev.workers4j.sql.Hyperdrive;

/**
 * ingest's bindings, checked at compile time against workers/ingest/wrangler.toml (and the
 * secret against .dev.vars.example beside it). {@code IngestEnv_Bindings.of(env)} gives the typed
 * view of a raw {@link dev.workers4j.env.Env}.
 */
@WorkerEnv
public interface IngestEnv extends Env {
    /** Exports and ingested assets. */
    @Binding("R2_BUCKET")
    R2Bucket bucket();

    /** The ingest-queue queue: follow-up jobs (bulk sync polls) go back on it. */
    @Binding("INGEST_QUEUE")
    Queue jobs();

    /** PostgreSQL (checkpoints, synced Shopify data, marts), through Hyperdrive. */
    @Binding("HYPERDRIVE")
    Hyperdrive database();

    /** Where a job that can never succeed goes at once, with its reason (ingest-queue-dlq). */
    @Binding("DEAD_LETTER_QUEUE")
    Queue deadLetters();

    /** The shop's origin, e.g. https://example-brand.myshopify.com (http://127.0.0.1:PORT for a local stand-in). */
    @Binding("SHOPIFY_ADMIN_URL")
    String shopifyAdminUrl();

    /** How many bytes of the archive one chunk transaction reads (whole lines; default 1 MiB). */
    @Binding("SHOPIFY_SYNC_CHUNK_BYTES")
    String syncChunkBytes();

    /** How many bytes of an uploaded report one import chunk transaction covers (whole records; default 256 KiB). */
    @Binding("COMBO_IMPORT_CHUNK_BYTES")
    String comboImportChunkBytes();

    /** How many 8 MiB parts one CSV_EXPORT message uploads before handing over to the next (default 16). */
    @Binding("CSV_EXPORT_PARTS_PER_MESSAGE")
    String csvExportPartsPerMessage();

    /** The Admin API version, e.g. 2026-01. */
    @Binding("SHOPIFY_API_VERSION")
    String shopifyApiVersion();

    /** The Shopify Admin API token for the bulk sync. */
    @Binding("SHOPIFY_ACCESS_TOKEN")
    Secret shopifyAccessToken();

    /** The largest asset ASSET_INGEST stores, in bytes (default 200 MiB); checked while streaming. */
    @Binding("ASSET_MAX_BYTES")
    String assetMaxBytes();

    /** How long one asset download may take, body included, in seconds (default 300). */
    @Binding("ASSET_DOWNLOAD_TIMEOUT_SECONDS")
    String assetDownloadTimeoutSeconds();
}
