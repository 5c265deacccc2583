package dev.workers4j.ingest.exports;

/** Where a keyset page starts: after the row with this sort key (as text) and id. */
record ExportCursor(String key, long id) {
}
