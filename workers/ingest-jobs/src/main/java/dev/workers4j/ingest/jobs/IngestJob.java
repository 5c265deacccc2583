package dev.workers4j.ingest.jobs;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.workers4j.json.JsonCodecType;

/**
 * One message on the ingest queue: a job, told apart by its {@code job_type}. The codec
 * ({@code IngestJob_JsonCodec}) is generated at compile time; an unknown job_type fails to decode
 * with {@link dev.workers4j.json.JsonUnknownTypeException}.
 */
@JsonCodecType
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "job_type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ShopifyBulkSyncStart.class, name = "SHOPIFY_BULK_SYNC_START"),
    @JsonSubTypes.Type(value = ShopifyBulkSyncPoll.class, name = "SHOPIFY_BULK_SYNC_POLL"),
    @JsonSubTypes.Type(value = ShopifyBulkSyncArchive.class, name = "SHOPIFY_BULK_SYNC_ARCHIVE"),
    @JsonSubTypes.Type(value = ShopifyBulkSyncChunk.class, name = "SHOPIFY_BULK_SYNC_CHUNK"),
    @JsonSubTypes.Type(value = ShopifyBulkSyncFinish.class, name = "SHOPIFY_BULK_SYNC_FINISH"),
    @JsonSubTypes.Type(value = AssetIngest.class, name = "ASSET_INGEST"),
    @JsonSubTypes.Type(value = MartRefresh.class, name = "MART_REFRESH"),
    @JsonSubTypes.Type(value = CsvExport.class, name = "CSV_EXPORT"),
    @JsonSubTypes.Type(value = CreativeActReportImport.class, name = "CREATIVE_ACT_REPORT_IMPORT")
})
public sealed interface IngestJob permits ShopifyBulkSyncStart, ShopifyBulkSyncPoll, ShopifyBulkSyncArchive,
        ShopifyBulkSyncChunk, ShopifyBulkSyncFinish, AssetIngest, MartRefresh, CsvExport, CreativeActReportImport {
}
