package dev.workers4j.ingest.exports;

/** A csv_exports row as the job reads it; filters and checkpoint as JSON text. */
record ExportRecord(long id, String exportType, String filters, String status, String checkpoint, String error) {
    /** Where the file goes, and where dashboard-api's download reads it. */
    String key() {
        return "exports/csv/" + id + ".csv";
    }
}
