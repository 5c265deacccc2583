package dev.workers4j.ingest;

/** The jobs the ingest queue carries, by their {@code job_type} value. */
public enum JobType {
    SHOPIFY_BULK_SYNC_START,
    SHOPIFY_BULK_SYNC_POLL,
    SHOPIFY_BULK_SYNC_IMPORT,
    ASSET_INGEST,
    MART_REFRESH,
    CSV_EXPORT;

    /** The job type of that name, or null for one this Worker does not know. */
    public static JobType byName(String name) {
        for (JobType type : values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        return null;
    }
}
