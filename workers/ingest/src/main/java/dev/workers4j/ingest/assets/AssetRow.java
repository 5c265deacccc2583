package dev.workers4j.ingest.assets;

/** The part of an asset's row the job reads: its id, source and state. */
record AssetRow(long id, String sourceUrl, String status) {
    /** READY or DUPLICATE: the content is stored (or reused), nothing is left to download. */
    boolean ingested() {
        return "READY".equals(status) || "DUPLICATE".equals(status);
    }
}
