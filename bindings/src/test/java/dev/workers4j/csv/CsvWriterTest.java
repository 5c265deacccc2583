package dev.workers4j.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CsvWriterTest {
    private static String row(String... fields) {
        StringBuilder out = new StringBuilder();
        new CsvWriter(out).row(fields);
        return out.toString();
    }

    @Test
    void plainFieldsAreWrittenAsTheyAreAndRowsEndInCrlf() {
        assertEquals("a,b c,ünï,\r\n", row("a", "b c", "ünï", ""));
    }

    @Test
    void nullIsAnEmptyField() {
        assertEquals(",x,\r\n", row(null, "x", null));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rlf\",\"\"\"\"\r\n",
                row("a,b", "say \"hi\"", "two\nlines", "cr\rlf", "\""));
    }

    @Test
    void fieldsAndRowsChain() {
        StringBuilder out = new StringBuilder();
        new CsvWriter(out).row("h1", "h2").field("1").field("x\"\"y").endRow().field("only").endRow();
        assertEquals("h1,h2\r\n1,\"x\"\"\"\"y\"\r\nonly\r\n", out.toString());
    }

    @Test
    void needsQuotesOnlyForTheFourSpecialCharacters() {
        assertFalse(CsvWriter.needsQuotes("tab\there; semi 'single'"));
        assertTrue(CsvWriter.needsQuotes("end\n"));
        assertTrue(CsvWriter.needsQuotes(","));
    }
}
