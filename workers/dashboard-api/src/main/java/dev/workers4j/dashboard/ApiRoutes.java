package dev.workers4j.dashboard;

import dev.workers4j.dashboard.assets.AssetRoutes;
import dev.workers4j.dashboard.combologs.ComboLogRoutes;
import dev.workers4j.dashboard.env.DashboardApiEnv;
import dev.workers4j.dashboard.exports.CsvExportRoutes;
import dev.workers4j.dashboard.health.HealthRoutes;
import dev.workers4j.dashboard.deadletters.DeadLetterRoutes;
import dev.workers4j.dashboard.ingestruns.IngestRunRoutes;
import dev.workers4j.dashboard.metrics.MetricsRoutes;
import dev.workers4j.http.Router;

/** The /api routes: one sub-router per feature. */
final class ApiRoutes {
    private ApiRoutes() {
    }

    static Router<DashboardApiEnv> create() {
        return new Router<DashboardApiEnv>()
                .route("/health", HealthRoutes.create())
                .route("/performance-metrics", MetricsRoutes.create())
                .route("/combo-logs", ComboLogRoutes.create())
                .route("/assets", AssetRoutes.create())
                .route("/csv-exports", CsvExportRoutes.create())
                .route("/ingest", IngestRunRoutes.create())
                .route("/ingest", DeadLetterRoutes.create());
    }
}
