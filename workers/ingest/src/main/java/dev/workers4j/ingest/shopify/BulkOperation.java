package dev.workers4j.ingest.shopify;

/**
 * A bulk operation as the poll saw it: {@code status} is CREATED, RUNNING, COMPLETED, CANCELING,
 * CANCELED, FAILED or EXPIRED; {@code url} is the JSONL result once COMPLETED (null when the
 * result is empty); {@code fileSize} in bytes when known, else -1.
 */
public record BulkOperation(String id, String status, String errorCode, String url, long fileSize, long objectCount) {
    public boolean isRunning() {
        return status.equals("CREATED") || status.equals("RUNNING") || status.equals("CANCELING");
    }

    public boolean isCompleted() {
        return status.equals("COMPLETED");
    }
}
