package dev.workers4j.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A streaming RFC 4180 reader over UTF-8 bytes, fed a piece at a time (an R2 range, a body
 * chunk), so a file is never held whole and a record may span pieces.
 *
 * <p>Reads: fields separated by commas; quoted fields with doubled quotes and embedded commas, CR
 * and LF; records ended by CRLF, LF or a lone CR (the last may have none); a UTF-8 BOM at the
 * stream's start. Empty lines are skipped, as Commons CSV's default does. Each record knows the
 * physical line it starts on and its byte offsets, so a reader can resume at a record's end
 * offset ({@link #CsvReader(long, int, int, int)}).
 *
 * <p>A malformed record does not stop the stream: {@link #next()} returns it with
 * {@link CsvRecord#problem()} set (a quote inside an unquoted field, a character after a closing
 * quote, a quote never closed, a field or record over its limit) and goes on at the next line:
 * after the bad line for a stray quote, after the record's first line for an unclosed quote (so
 * one missing quote cannot swallow the rest of the file).
 *
 * <p>Works on bytes, not chars: every delimiter is ASCII, which never occurs inside a UTF-8
 * multi-byte sequence, and byte offsets are what a range read resumes from. No regex, no
 * String.format: it compiles small under TeaVM.
 */
public final class CsvReader {
    public static final int DEFAULT_MAX_FIELD_BYTES = 64 * 1024;
    public static final int DEFAULT_MAX_RECORD_BYTES = 1024 * 1024;
    /** How much of a record's text {@link CsvRecord#raw()} keeps. */
    public static final int RAW_LIMIT_BYTES = 1000;

    private static final byte QUOTE = '"';
    private static final byte COMMA = ',';
    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private final int maxFieldBytes;
    private final int maxRecordBytes;
    private byte[] buffer = new byte[8192];
    private int start;
    private int end;
    /** The stream offset of buffer[0]. */
    private long bufferOffset;
    private int line;
    private boolean ended;
    private boolean bomPending;
    private byte[] field = new byte[256];
    private int fieldLength;

    /** A reader at the start of a stream (a BOM is skipped), with the default limits. */
    public CsvReader() {
        this(0, 1, DEFAULT_MAX_FIELD_BYTES, DEFAULT_MAX_RECORD_BYTES);
    }

    /**
     * A reader whose first byte is at {@code offset} of the stream, on physical line
     * {@code line}: at 0 a BOM is skipped; elsewhere it must be a record's start (a checkpoint).
     */
    public CsvReader(long offset, int line, int maxFieldBytes, int maxRecordBytes) {
        if (offset < 0 || line < 1 || maxFieldBytes < 1 || maxRecordBytes < maxFieldBytes) {
            throw new IllegalArgumentException("bad CSV reader position or limits");
        }
        this.bufferOffset = offset;
        this.line = line;
        this.bomPending = offset == 0;
        this.maxFieldBytes = maxFieldBytes;
        this.maxRecordBytes = maxRecordBytes;
    }

    /** Every record of a whole text (tests, small inputs). */
    public static List<CsvRecord> readAll(byte[] bytes) {
        CsvReader reader = new CsvReader();
        reader.feed(bytes);
        reader.end();
        List<CsvRecord> out = new ArrayList<>();
        for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
            out.add(record);
        }
        return out;
    }

    public void feed(byte[] bytes) {
        feed(bytes, 0, bytes.length);
    }

    /** Appends the next bytes of the stream. */
    public void feed(byte[] bytes, int offset, int length) {
        if (ended) {
            throw new IllegalStateException("the CSV stream has ended");
        }
        if (start > 0 && (start == end || start >= buffer.length / 2)) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            bufferOffset += start;
            end -= start;
            start = 0;
        }
        if (end + length > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, end + length));
        }
        System.arraycopy(bytes, offset, buffer, end, length);
        end += length;
    }

    /** Says no more bytes will come: a last record without a line end is complete. */
    public void end() {
        ended = true;
    }

    /** Whether the stream has ended and every record was returned. */
    public boolean finished() {
        return ended && start == end;
    }

    /** The byte offset of the next record: after the last one returned (and any empty lines). */
    public long offset() {
        return bufferOffset + start;
    }

    /** The physical line the next record starts on. */
    public int line() {
        return line;
    }

    /** How many bytes are fed and not yet returned as records. */
    public int buffered() {
        return end - start;
    }

    /**
     * The next record, or null when the bytes fed so far hold no whole record (feed more, or
     * {@link #end()}) or when the stream is finished.
     */
    public CsvRecord next() {
        if (bomPending && !skipBom()) {
            return null;
        }
        if (!skipEmptyLines()) {
            return null;
        }
        if (start == end) {
            return null;
        }
        return record();
    }

    private boolean skipBom() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        int have = end - start;
        for (int i = 0; i < 3 && i < have; i++) {
            if (buffer[start + i] != bom[i]) {
                bomPending = false;
                return true;
            }
        }
        if (have < 3 && !ended) {
            return false;
        }
        if (have >= 3) {
            start += 3;
        }
        bomPending = false;
        return true;
    }

    /** Skips blank lines; false when a CR at the end of the bytes leaves it open whether an LF follows. */
    private boolean skipEmptyLines() {
        while (start < end) {
            byte b = buffer[start];
            if (b == LF) {
                start++;
            } else if (b == CR) {
                if (start + 1 == end && !ended) {
                    return false;
                }
                start += start + 1 < end && buffer[start + 1] == LF ? 2 : 1;
            } else {
                return true;
            }
            line++;
        }
        return true;
    }

    /** What {@link #quoted} and {@link #unquoted} return when the bytes fed end before the field does. */
    private static final int MORE = -1;
    /** What they return when the field is malformed: {@link #failure} says how, {@link #failureAt} where. */
    private static final int FAILED = -2;
    private static final int TOO_LONG = 1;
    private static final int STRAY_QUOTE = 2;

    private int failure;
    private int failureAt;

    private CsvRecord record() {
        List<String> fields = new ArrayList<>();
        int p = start;
        while (true) {
            fieldLength = 0;
            int after;
            if (buffer[p] == QUOTE) {
                after = quoted(p + 1);
                if (after == MORE) {
                    if (ended) {
                        return bad("a quoted field is never closed", lineEndFrom(start));
                    }
                    if (end - start > maxRecordBytes) {
                        return bad("a record is longer than " + maxRecordBytes + " bytes (a quote never closed?)",
                                lineEndFrom(start));
                    }
                    return null;
                }
                if (after == FAILED) {
                    return bad("a field is longer than " + maxFieldBytes + " bytes", lineEndFrom(start));
                }
                if (after < end) {
                    byte b = buffer[after];
                    if (b != COMMA && b != CR && b != LF) {
                        return bad("a character after a closing quote (a quote inside a quoted field must be doubled)",
                                lineEndFrom(after));
                    }
                } else if (!ended) {
                    return null;
                }
            } else {
                after = unquoted(p);
                if (after == MORE) {
                    if (end - start > maxRecordBytes) {
                        return bad("a record is longer than " + maxRecordBytes + " bytes", lineEndFrom(p));
                    }
                    return null;
                }
                if (after == FAILED) {
                    return bad(failure == TOO_LONG ? "a field is longer than " + maxFieldBytes + " bytes"
                            : "a quote inside an unquoted field (quote the whole field and double the quote)",
                            lineEndFrom(failureAt));
                }
            }
            fields.add(new String(field, 0, fieldLength, StandardCharsets.UTF_8));
            if (after - start > maxRecordBytes) {
                return bad("a record is longer than " + maxRecordBytes + " bytes", lineEndFrom(after));
            }
            if (after == end) {
                return ended ? done(fields, end, end) : null;
            }
            byte b = buffer[after];
            if (b == COMMA) {
                p = after + 1;
                if (p == end) {
                    if (!ended) {
                        return null;
                    }
                    fields.add("");
                    return done(fields, end, end);
                }
                continue;
            }
            if (b == LF) {
                return done(fields, after, after + 1);
            }
            // CR: a CRLF or a lone CR
            if (after + 1 == end && !ended) {
                return null;
            }
            return done(fields, after, after + 1 < end && buffer[after + 1] == LF ? after + 2 : after + 1);
        }
    }

    /**
     * Reads an unquoted field from {@code p} into {@link #field}: the index of the byte that ends
     * it (comma, CR, LF, or the stream's end), {@link #MORE} or {@link #FAILED}.
     */
    private int unquoted(int p) {
        while (p < end) {
            byte b = buffer[p];
            if (b == COMMA || b == CR || b == LF) {
                return p;
            }
            if (b == QUOTE || !append(b)) {
                failure = b == QUOTE ? STRAY_QUOTE : TOO_LONG;
                failureAt = p;
                return FAILED;
            }
            p++;
        }
        return ended ? end : MORE;
    }

    /**
     * Reads a quoted field's content from after its opening quote: the index after its closing
     * quote, {@link #MORE} (also when the stream ends inside it) or {@link #FAILED} (too long).
     */
    private int quoted(int p) {
        while (p < end) {
            byte b = buffer[p];
            if (b == QUOTE) {
                if (p + 1 == end) {
                    return ended ? p + 1 : MORE;
                }
                if (buffer[p + 1] != QUOTE) {
                    return p + 1;
                }
                p++; // a doubled quote: one quote
            }
            if (!append(b)) {
                failure = TOO_LONG;
                return FAILED;
            }
            p++;
        }
        return MORE;
    }

    private boolean append(byte b) {
        if (fieldLength == maxFieldBytes) {
            return false;
        }
        if (fieldLength == field.length) {
            field = Arrays.copyOf(field, Math.min(field.length * 2, maxFieldBytes));
        }
        field[fieldLength++] = b;
        return true;
    }

    private CsvRecord done(List<String> fields, int contentEnd, int next) {
        CsvRecord record = new CsvRecord(line, bufferOffset + start, bufferOffset + next, fields, null, raw(contentEnd));
        consume(next);
        return record;
    }

    /** An unreadable record from {@link #start} to {@code resume} (where reading goes on), or null to wait for bytes. */
    private CsvRecord bad(String problem, int resume) {
        if (resume == MORE) {
            return null;
        }
        int contentEnd = resume;
        while (contentEnd > start && (buffer[contentEnd - 1] == LF || buffer[contentEnd - 1] == CR)) {
            contentEnd--;
        }
        CsvRecord record = new CsvRecord(line, bufferOffset + start, bufferOffset + resume, null,
                "line " + line + ": " + problem, raw(contentEnd));
        consume(resume);
        return record;
    }

    private String raw(int contentEnd) {
        int length = Math.min(contentEnd - start, RAW_LIMIT_BYTES);
        return new String(buffer, start, length, StandardCharsets.UTF_8);
    }

    /** Moves past a record, counting the physical lines it spans. */
    private void consume(int next) {
        for (int i = start; i < next; i++) {
            byte b = buffer[i];
            if (b == LF || (b == CR && (i + 1 == next || buffer[i + 1] != LF))) {
                line++;
            }
        }
        start = next;
    }

    /** Where the line holding {@code from} ends (after its CRLF, LF or CR), or MORE. */
    private int lineEndFrom(int from) {
        for (int i = from; i < end; i++) {
            if (buffer[i] == LF) {
                return i + 1;
            }
            if (buffer[i] == CR) {
                if (i + 1 == end) {
                    return ended ? end : MORE;
                }
                return buffer[i + 1] == LF ? i + 2 : i + 1;
            }
        }
        return ended ? end : MORE;
    }
}
