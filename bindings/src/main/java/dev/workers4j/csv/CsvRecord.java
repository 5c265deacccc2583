package dev.workers4j.csv;

import java.util.List;

/**
 * One record of a CSV stream as {@link CsvReader} read it: its fields, or the problem that made
 * it unreadable; where it starts (physical line, 1-based, and byte offset) and where the next
 * record starts; and its raw text, cut to the reader's raw limit, to show a person what was there.
 */
public final class CsvRecord {
    private final int line;
    private final long offset;
    private final long endOffset;
    private final List<String> fields;
    private final String problem;
    private final String raw;

    CsvRecord(int line, long offset, long endOffset, List<String> fields, String problem, String raw) {
        this.line = line;
        this.offset = offset;
        this.endOffset = endOffset;
        this.fields = fields;
        this.problem = problem;
        this.raw = raw;
    }

    /** The physical line (1-based, the BOM not counted) where the record starts. */
    public int line() {
        return line;
    }

    /** The byte offset of its first byte in the stream. */
    public long offset() {
        return offset;
    }

    /** The byte offset just after it (its line end included): where the next record starts. */
    public long endOffset() {
        return endOffset;
    }

    /** Whether it was read; else {@link #problem()} says why and it has no fields. */
    public boolean ok() {
        return problem == null;
    }

    /** Why the record could not be read (with its line), or null. */
    public String problem() {
        return problem;
    }

    /** The fields, unquoted; empty for an unreadable record. */
    public List<String> fields() {
        return fields == null ? List.of() : fields;
    }

    public int size() {
        return fields == null ? 0 : fields.size();
    }

    /** The field at {@code index}, or null past the last field. */
    public String get(int index) {
        return fields == null || index < 0 || index >= fields.size() ? null : fields.get(index);
    }

    /** The record as it stood in the file, without its line end, cut to the reader's raw limit. */
    public String raw() {
        return raw;
    }

    @Override
    public String toString() {
        return "line " + line + (problem == null ? ": " + fields : ": " + problem);
    }
}
