package dev.workers4j.ingest;

import dev.workers4j.ingest.jobs.AssetIngest;
import dev.workers4j.ingest.jobs.CreativeActReportImport;
import dev.workers4j.ingest.jobs.CsvExport;
import dev.workers4j.ingest.jobs.IngestJob;
import dev.workers4j.ingest.jobs.MartRefresh;
import dev.workers4j.ingest.jobs.ShopifyBulkSyncArchive;
import dev.workers4j.ingest.jobs.ShopifyBulkSyncChunk;
import dev.workers4j.ingest.jobs.ShopifyBulkSyncFinish;
import dev.workers4j.ingest.jobs.ShopifyBulkSyncPoll;
import dev.workers4j.ingest.jobs.ShopifyBulkSyncStart;

/** A job's job_type for logs (instanceof, not class names: TeaVM may not keep those). */
final class JobNames {
    private JobNames() {
    }

    static String of(IngestJob job) {
        if (job instanceof ShopifyBulkSyncStart) {
            return "SHOPIFY_BULK_SYNC_START";
        }
        if (job instanceof ShopifyBulkSyncPoll) {
            return "SHOPIFY_BULK_SYNC_POLL";
        }
        if (job instanceof ShopifyBulkSyncArchive) {
            return "SHOPIFY_BULK_SYNC_ARCHIVE";
        }
        if (job instanceof ShopifyBulkSyncChunk) {
            return "SHOPIFY_BULK_SYNC_CHUNK";
        }
        if (job instanceof ShopifyBulkSyncFinish) {
            return "SHOPIFY_BULK_SYNC_FINISH";
        }
        if (job instanceof AssetIngest) {
            return "ASSET_INGEST";
        }
        if (job instanceof MartRefresh) {
            return "MART_REFRESH";
        }
        if (job instanceof CsvExport) {
            return "CSV_EXPORT";
        }
        if (job instanceof CreativeActReportImport) {
            return "CREATIVE_ACT_REPORT_IMPORT";
        }
        throw new IllegalArgumentException("a job type without a name: " + job);
    }
}
