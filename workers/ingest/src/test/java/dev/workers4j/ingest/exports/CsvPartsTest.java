package dev.workers4j.ingest.exports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.workers4j.testing.r2.InMemoryR2Bucket;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * CsvParts encodes a row in one loop while the part has room and byte by byte at a part's end: the
 * file is String.getBytes(UTF_8) of the text (an unpaired surrogate as '?'), whatever chars straddle
 * the part boundaries, and every part but the last is exactly the part size.
 */
class CsvPartsTest {
    private static final String[] PIECES = {"a", "order,", "\r\n", "é", "€", "\uD83D\uDE00", "\uD83D", "\uDE00", "x\"y",
        "ü", "\u07FF", "\u0800", "\uFFFF"};

    @Test
    void theFileIsTheTextsUtf8AcrossPartBoundaries() {
        for (int seed = 0; seed < 3; seed++) {
            Random random = new Random(seed);
            InMemoryR2Bucket bucket = new InMemoryR2Bucket();
            int partBytes = InMemoryR2Bucket.MIN_PART_SIZE + seed;
            CsvParts parts = new CsvParts(bucket, "f.csv", partBytes, null, List.of());
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            StringBuilder line = new StringBuilder();
            while (expected.size() < 2 * partBytes + 12345) {
                line.setLength(0);
                int pieces = 1 + random.nextInt(40);
                for (int i = 0; i < pieces; i++) {
                    line.append(PIECES[random.nextInt(PIECES.length)]);
                }
                byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
                expected.write(bytes, 0, bytes.length);
                if (random.nextInt(10) == 0) {
                    parts.append(line.toString()); // a CharSequence that is not a StringBuilder
                } else {
                    parts.append(line);
                }
            }
            assertEquals(expected.size(), parts.size());
            parts.finish();
            assertEquals(3, parts.parts().size());
            assertArrayEquals(expected.toByteArray(), bucket.get("f.csv").bytes(), "seed " + seed);
        }
    }
}
