package dev.workers4j.ingest.imports;

import dev.workers4j.csv.CsvReader;
import dev.workers4j.csv.CsvRecord;
import dev.workers4j.r2.R2Bucket;
import dev.workers4j.r2.R2GetOptions;
import dev.workers4j.r2.R2Object;
import dev.workers4j.r2.R2Range;

/**
 * The uploaded file's records from a byte offset on, read from R2 a range of {@code pieceBytes}
 * at a time as the reader needs them: the file is never held whole, and a record that spans two
 * ranges is read whole once both are in.
 */
final class ReportFile {
    /** A field (notes are at most 4,000 characters) and a record: a longer one is rejected, not buffered. */
    static final int MAX_FIELD_BYTES = 32 * 1024;
    static final int MAX_RECORD_BYTES = 64 * 1024;

    private final R2Bucket bucket;
    private final String key;
    private final long size;
    private final int pieceBytes;
    private final CsvReader reader;
    private long fed;

    ReportFile(R2Bucket bucket, String key, long size, long offset, int line, int pieceBytes) {
        this.bucket = bucket;
        this.key = key;
        this.size = size;
        this.pieceBytes = pieceBytes;
        this.fed = offset;
        this.reader = new CsvReader(offset, line, MAX_FIELD_BYTES, MAX_RECORD_BYTES);
    }

    /** The next record, or null at the end of the file. */
    CsvRecord next() {
        while (true) {
            CsvRecord record = reader.next();
            if (record != null || reader.finished()) {
                return record;
            }
            if (fed >= size) {
                reader.end();
                continue;
            }
            int length = (int) Math.min(pieceBytes, size - fed);
            R2Object piece = bucket.get(key, R2GetOptions.create().range(R2Range.of(fed, length)));
            if (piece == null) {
                throw new MissingFile(key);
            }
            byte[] bytes = piece.bytes();
            if (bytes.length == 0) {
                throw new MissingFile(key); // shorter than csv_imports says: replaced or cut
            }
            reader.feed(bytes);
            fed += bytes.length;
        }
    }

    /** The byte offset of the next record. */
    long offset() {
        return reader.offset();
    }

    /** The physical line of the next record. */
    int line() {
        return reader.line();
    }

    boolean finished() {
        return reader.finished();
    }

    /** The uploaded file is gone from R2 (or shorter than it was). */
    static final class MissingFile extends RuntimeException {
        MissingFile(String key) {
            super("the uploaded file " + key + " is missing from R2", null, false, false);
        }
    }
}
