package dev.workers4j.json.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.json.JsonException;
import dev.workers4j.json.JsonLines;
import dev.workers4j.json.JsonLinesReader;
import dev.workers4j.json.JsonLinesWriter;
import dev.workers4j.json.fixtures.Job;
import dev.workers4j.json.fixtures.Job_JsonCodec;
import dev.workers4j.json.fixtures.Order;
import dev.workers4j.json.fixtures.Order_JsonCodec;
import dev.workers4j.json.fixtures.SampleOrders;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
  @Test
  void writesAndReadsOneValuePerLine() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter<Job> w = JsonLines.writer(out, Job_JsonCodec.INSTANCE)) {
      for (Job job : SampleOrders.jobs()) w.write(job);
      assertEquals(5, w.count());
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(5, text.split("\n", -1).length - 1);
    assertTrue(text.endsWith("}\n"));
    List<Job> back = new ArrayList<>();
    try (JsonLinesReader<Job> r = JsonLines.reader(new ByteArrayInputStream(out.toByteArray()), Job_JsonCodec.INSTANCE)) {
      r.forEachRemaining(back::add);
    }
    assertEquals(SampleOrders.jobs(), back);
  }

  @Test
  void toleratesCrlfBlankLinesAndNoFinalNewline() {
    String text = "{\"job_type\":\"MART_REFRESH\"}\r\n\r\n  \n{\"job_type\":\"ASSET_INGEST\"}";
    JsonLinesReader<Job> r = JsonLines.reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        Job_JsonCodec.INSTANCE);
    assertTrue(r.hasNext());
    r.next();
    assertTrue(r.hasNext());
    r.next();
    assertEquals(4, r.lineNumber());
    assertFalse(r.hasNext());
  }

  @Test
  void badLineNamesItsNumber() {
    String text = "{\"job_type\":\"MART_REFRESH\"}\n{\"job_type\":\"NOPE\"}\n";
    JsonLinesReader<Job> r = JsonLines.reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        Job_JsonCodec.INSTANCE);
    r.next();
    JsonException e = assertThrows(JsonException.class, r::next);
    assertTrue(e.getMessage().startsWith("line 2: unknown job_type 'NOPE'"), e.getMessage());
  }

  /** 20,000 orders (~40 MB) streamed through 1 KB reads without collecting them. */
  @Test
  void streamsAFileLargerThanItsBufferInSmallReads() {
    int lines = 20_000;
    InputStream generated = new GeneratedOrdersStream(lines);
    long count = 0;
    long idSum = 0;
    try (JsonLinesReader<Order> r = JsonLines.reader(generated, Order_JsonCodec.INSTANCE)) {
      while (r.hasNext()) {
        idSum += r.next().id();
        count++;
      }
    }
    assertEquals(lines, count);
    long expected = 0;
    for (int i = 0; i < lines; i++) expected += SampleOrders.order(i, 10).id();
    assertEquals(expected, idSum);
  }

  /** Produces JSONL lazily, at most 1 KB per read, so no test-side copy of the file exists. */
  private static final class GeneratedOrdersStream extends InputStream {
    private final int lines;
    private int nextLine;
    private byte[] current = new byte[0];
    private int pos;

    GeneratedOrdersStream(int lines) {
      this.lines = lines;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (pos == current.length) {
        if (nextLine == lines) return -1;
        current = (dev.workers4j.json.Json.toJson(Order_JsonCodec.INSTANCE, SampleOrders.order(nextLine++, 10)) + "\n")
            .getBytes(StandardCharsets.UTF_8);
        pos = 0;
      }
      int n = Math.min(Math.min(len, 1024), current.length - pos);
      System.arraycopy(current, pos, b, off, n);
      pos += n;
      return n;
    }
  }
}
