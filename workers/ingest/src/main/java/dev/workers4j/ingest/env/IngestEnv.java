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

    /** The shop the bulk sync reads, e.g. example-brand.myshopify.com (Admin API host). */
    @Binding("SHOPIFY_SHOP_DOMAIN")
    String shopifyShopDomain();

    /** The Shopify Admin API token for the bulk sync. */
    @Binding("SHOPIFY_ACCESS_TOKEN")
    Secret shopifyAccessToken();
}
