package dev.workers4j.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** CsvReader against Apache Commons CSV (DEFAULT: RFC 4180, empty lines skipped) on tricky and random inputs. */
class CsvReaderTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaksAcrossCrlfAndLf() {
        String text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\n\nlast,,\"\"";
        List<CsvRecord> records = read(text);
        assertEquals(List.of(List.of("a", "b", "c"), List.of("x, y", "say \"hi\"", "two\r\nlines"), List.of("last", "", "")),
                fields(records));
        assertEquals(List.of(1, 2, 5), lines(records), "the physical line each record starts on");
        assertEquals(List.of(fields(commons(text))), List.of(fields(records)));
        assertEquals("\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"", records.get(1).raw());
    }

    @Test
    void aBomIsSkippedAndNotPartOfTheFirstField() {
        byte[] body = concat(BOM, "title,sku\n\u00e9t\u00e9,X-1\n".getBytes(StandardCharsets.UTF_8));
        List<CsvRecord> records = CsvReader.readAll(body);
        assertEquals(List.of(List.of("title", "sku"), List.of("\u00e9t\u00e9", "X-1")), fields(records));
        assertEquals(3, records.get(0).offset(), "offsets count the BOM's bytes");
        assertEquals(body.length, records.get(1).endOffset());
    }

    @Test
    void malformedRecordsAreReportedWithTheirLineAndTheRestIsRead() {
        String text = "h1,h2\nok,1\nbad\"quote,2\n\"closed\"x,3\nfine,4\n\"never closed,5\nafter,6\n";
        List<CsvRecord> records = read(text);
        assertEquals(7, records.size(), records.toString());
        assertTrue(records.get(2).problem().startsWith("line 3: a quote inside an unquoted field"), records.get(2).problem());
        assertEquals("bad\"quote,2", records.get(2).raw());
        assertTrue(records.get(3).problem().startsWith("line 4: a character after a closing quote"), records.get(3).problem());
        assertEquals(List.of("fine", "4"), records.get(4).fields());
        assertEquals("line 6: a quoted field is never closed", records.get(5).problem());
        assertEquals(List.of("after", "6"), records.get(6).fields(), "an unclosed quote swallows one line, not the file");
        assertEquals(7, records.get(6).line());
    }

    @Test
    void fieldsAndRecordsOverTheirLimitsAreRefusedNotBuffered() {
        CsvReader reader = new CsvReader(0, 1, 8, 20);
        reader.feed("short,123456789\nnext\na,b,c,d,e,f,g,h,i,j,k".getBytes(StandardCharsets.UTF_8));
        assertEquals("line 1: a field is longer than 8 bytes", reader.next().problem());
        assertEquals(List.of("next"), reader.next().fields());
        assertNull(reader.next(), "a record without its line end waits for more bytes");
        reader.feed(",l\n\"open,\nnope\nafter\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("line 3: a record is longer than 20 bytes", reader.next().problem());
        CsvRecord open = reader.next();
        assertEquals("line 4: a field is longer than 8 bytes", open.problem());
        assertEquals("\"open,", open.raw(), "an open quote costs its own line only");
        assertEquals(List.of("nope"), reader.next().fields());
        assertEquals(List.of("after"), reader.next().fields());
    }

    @Test
    void aRecordSplitAcrossPiecesIsReadOnceWhole() {
        CsvReader reader = new CsvReader();
        reader.feed(new byte[] {(byte) 0xEF, (byte) 0xBB});
        assertNull(reader.next());
        reader.feed(concat(new byte[] {(byte) 0xBF}, "a,\"b\r".getBytes(StandardCharsets.UTF_8)));
        assertNull(reader.next());
        reader.feed("\nc\"\r".getBytes(StandardCharsets.UTF_8));
        assertNull(reader.next(), "a CR at the end may be the start of a CRLF");
        reader.feed("\nx".getBytes(StandardCharsets.UTF_8));
        CsvRecord first = reader.next();
        assertEquals(List.of("a", "b\r\nc"), first.fields());
        assertEquals(3, first.offset());
        assertNull(reader.next(), "x may go on");
        reader.end();
        CsvRecord last = reader.next();
        assertEquals(List.of("x"), last.fields());
        assertEquals(3, last.line());
        assertTrue(reader.finished());
    }

    @Test
    void aReaderResumedAtARecordsEndOffsetReadsWhatTheWholeReadRead() {
        String text = "h\r\n\"a\nb\",1\r\n\r\nc,2\r\nd,3";
        List<CsvRecord> whole = read(text);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        CsvRecord second = whole.get(1);
        CsvReader resumed = new CsvReader(second.endOffset(), 4, 100, 1000);
        resumed.feed(bytes, (int) second.endOffset(), bytes.length - (int) second.endOffset());
        resumed.end();
        CsvRecord third = resumed.next();
        assertEquals(whole.get(2).fields(), third.fields());
        assertEquals(whole.get(2).line(), third.line());
        assertEquals(whole.get(2).offset(), third.offset());
        assertEquals(whole.get(3).fields(), resumed.next().fields());
    }

    @Test
    void randomWellFormedFilesReadAsCommonsCsvReadsThemWhateverThePieceSizes() {
        Random random = new Random(4180);
        String[] atoms = {"a", "b", "Zz", " ", ",", "\"", "\r\n", "\n", "\r", "\u00e9", "\u20ac", "x y", ""};
        for (int round = 0; round < 2000; round++) {
            List<List<String>> written = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            int records = 1 + random.nextInt(6);
            for (int r = 0; r < records; r++) {
                List<String> record = new ArrayList<>();
                int n = 1 + random.nextInt(4);
                for (int f = 0; f < n; f++) {
                    StringBuilder value = new StringBuilder();
                    int parts = random.nextInt(4);
                    for (int i = 0; i < parts; i++) {
                        value.append(atoms[random.nextInt(atoms.length)]);
                    }
                    record.add(value.toString());
                    text.append(f == 0 ? "" : ",").append(quote(value.toString(), random.nextInt(4) == 0 || n == 1));
                }
                written.add(record);
                if (r < records - 1 || random.nextBoolean()) {
                    text.append(random.nextBoolean() ? "\r\n" : "\n");
                }
            }
            String csv = text.toString();
            List<CsvRecord> mine = readInPieces(csv.getBytes(StandardCharsets.UTF_8), random);
            assertEquals(written, fields(mine), csv);
            assertEquals(fields(commons(csv)), fields(mine), csv);
            assertEquals(startLines(csv, mine), lines(mine), csv);
        }
    }

    @Test
    void randomBytesEitherReadAsCommonsCsvReadsThemOrAreReportedAndNeverLost() {
        Random random = new Random(14);
        char[] alphabet = {'a', ',', '"', '\r', '\n', 'b'};
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String csv = text.toString();
            byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
            List<CsvRecord> whole = CsvReader.readAll(bytes);
            List<CsvRecord> pieces = readInPieces(bytes, random);
            assertEquals(whole.toString(), pieces.toString(), csv);
            long at = 0;
            for (CsvRecord record : whole) {
                assertTrue(record.offset() >= at, "records go forward: " + csv);
                at = record.endOffset();
            }
            long last = whole.isEmpty() ? 0 : whole.get(whole.size() - 1).endOffset();
            assertTrue(csv.substring((int) last).chars().allMatch(c -> c == '\r' || c == '\n'),
                    "nothing but empty lines after the last record: " + csv);
            if (whole.stream().allMatch(CsvRecord::ok)) {
                List<List<String>> theirs = commonsOrNull(csv);
                if (theirs != null) {
                    assertEquals(theirs, fields(whole), csv);
                }
            } else {
                assertFalse(whole.stream().filter(r -> !r.ok()).anyMatch(r -> r.problem() == null));
            }
        }
    }

    // ---- helpers ----

    private static String quote(String value, boolean always) {
        boolean needs = always || value.isEmpty() || value.contains(",") || value.contains("\"") || value.contains("\r")
                || value.contains("\n");
        return needs ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static List<CsvRecord> read(String text) {
        return CsvReader.readAll(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<CsvRecord> readInPieces(byte[] bytes, Random random) {
        CsvReader reader = new CsvReader();
        List<CsvRecord> out = new ArrayList<>();
        int at = 0;
        while (at < bytes.length) {
            int n = Math.min(bytes.length - at, 1 + random.nextInt(5));
            reader.feed(bytes, at, n);
            at += n;
            for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
                out.add(r);
            }
        }
        reader.end();
        for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
            out.add(r);
        }
        return out;
    }

    private static List<List<String>> fields(List<?> records) {
        List<List<String>> out = new ArrayList<>();
        for (Object record : records) {
            if (record instanceof CsvRecord mine) {
                out.add(mine.fields());
            } else {
                List<String> values = new ArrayList<>();
                ((CSVRecord) record).forEach(values::add);
                out.add(values);
            }
        }
        return out;
    }

    private static List<Integer> lines(List<CsvRecord> records) {
        List<Integer> out = new ArrayList<>();
        records.forEach(r -> out.add(r.line()));
        return out;
    }

    /** The line each record starts on, counted from the text before its offset. */
    private static List<Integer> startLines(String text, List<CsvRecord> records) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<Integer> out = new ArrayList<>();
        for (CsvRecord record : records) {
            String before = new String(bytes, 0, (int) record.offset(), StandardCharsets.UTF_8);
            out.add(1 + before.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1).length - 1);
        }
        return out;
    }

    private static List<CSVRecord> commons(String text) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<List<String>> commonsOrNull(String text) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
            return fields(parser.getRecords());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
