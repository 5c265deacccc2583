package dev.workers4j.ingest.exports;

/** The export as recorded can never be written (an unknown type, a bad filter): it fails, with this reason. */
final class InvalidExport extends RuntimeException {
    InvalidExport(String message) {
        super(message);
    }
}
