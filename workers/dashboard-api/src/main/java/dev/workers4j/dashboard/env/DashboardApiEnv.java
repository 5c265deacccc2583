package dev.workers4j.dashboard.env;

import dev.workers4j.env.Env;
import dev.workers4j.env.typed.Binding;
import dev.workers4j.env.typed.WorkerEnv;
import dev.workers4j.queue.Queue;
import dev.workers4j.r2.R2Bucket;
import dev.workers4j.service.Fetcher;
import dev.workers4j.sql.Hyperdrive;

/**
 * dashboard-api's bindings, checked at compile time against workers/dashboard-api/wrangler.toml.
 * Handlers read it from the context ({@code c.env().database()}): the Worker's router is built with
 * {@code Router.withEnv(DashboardApiEnv_Bindings::of)}.
 */
@WorkerEnv
public interface DashboardApiEnv extends Env {
    /** Exports staff download (CSV) and uploaded assets. */
    @Binding("R2_BUCKET")
    R2Bucket bucket();

    /** The ingest-queue queue: jobs staff start (exports, syncs) go on it. */
    @Binding("INGEST_QUEUE")
    Queue ingestJobs();

    /** PostgreSQL (metrics, combo logs, export and ingest state), through Hyperdrive. */
    @Binding("HYPERDRIVE")
    Hyperdrive database();

    /** The ingest Worker's fetch handler. */
    @Binding("INGEST")
    Fetcher ingest();

    /** The Cloudflare Access application's audience tag (the aud claim staff tokens carry). */
    @Binding("CF_ACCESS_AUD")
    String accessAudience();

    /** The public origin of the R2 bucket's assets (a custom domain or r2.dev URL), without a trailing slash. */
    @Binding("R2_PUBLIC_URL")
    String r2PublicUrl();

    /** The Cloudflare Access team domain, e.g. https://staff-dashboard.cloudflareaccess.com. */
    @Binding("CF_ACCESS_TEAM_DOMAIN")
    String accessTeamDomain();
}
