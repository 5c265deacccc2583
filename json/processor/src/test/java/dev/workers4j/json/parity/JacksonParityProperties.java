package dev.workers4j.json.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workers4j.json.Json;
import dev.workers4j.json.fixtures.Job;
import dev.workers4j.json.fixtures.Job_JsonCodec;
import dev.workers4j.json.fixtures.LedgerEntry;
import dev.workers4j.json.fixtures.LedgerEntry_JsonCodec;
import dev.workers4j.json.fixtures.Order;
import dev.workers4j.json.fixtures.Order_JsonCodec;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The generated codecs against jackson-databind, both directions, on generated values:
 * (a) our output parses with Jackson into an equal value; (b) Jackson's output parses with our
 * codec into an equal value. Also: string and byte paths agree, and writing is stable.
 */
class JacksonParityProperties {
  static final int TRIES = 1000;
  private static final ObjectMapper JACKSON = JacksonMapper.create();

  @Provide
  Arbitrary<Order> orders() {
    return Generators.orders();
  }

  @Provide
  Arbitrary<LedgerEntry> ledgerEntries() {
    return Generators.ledgerEntries();
  }

  @Provide
  Arbitrary<Job> jobs() {
    return Generators.jobs();
  }

  @Property(tries = TRIES)
  void orderWrittenByCodecReadsBackInJackson(@ForAll("orders") Order order) throws Exception {
    String json = Json.toJson(Order_JsonCodec.INSTANCE, order);
    assertEquals(order, JACKSON.readValue(json, Order.class), json);
  }

  @Property(tries = TRIES)
  void orderWrittenByJacksonReadsBackInCodec(@ForAll("orders") Order order) throws Exception {
    String json = JACKSON.writeValueAsString(order);
    assertEquals(order, Json.fromJson(Order_JsonCodec.INSTANCE, json), json);
    if (isWellFormedUtf16(json)) { // a lone surrogate cannot survive UTF-8 in any library
      byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
      assertEquals(order, Json.fromJson(Order_JsonCodec.INSTANCE, utf8), json);
    }
  }

  static boolean isWellFormedUtf16(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
      else if (Character.isSurrogate(c)) return false;
    }
    return true;
  }

  @Property(tries = TRIES)
  void orderRoundTripIsStable(@ForAll("orders") Order order) {
    byte[] first = Json.toJsonBytes(Order_JsonCodec.INSTANCE, order);
    Order back = Json.fromJson(Order_JsonCodec.INSTANCE, first);
    assertEquals(order, back);
    assertEquals(new String(first, StandardCharsets.UTF_8), Json.toJson(Order_JsonCodec.INSTANCE, back));
  }

  @Property(tries = TRIES)
  void ledgerEntryWrittenByCodecReadsBackInJackson(@ForAll("ledgerEntries") LedgerEntry entry) throws Exception {
    String json = Json.toJson(LedgerEntry_JsonCodec.INSTANCE, entry);
    assertEquals(entry, JACKSON.readValue(json, LedgerEntry.class), json);
  }

  @Property(tries = TRIES)
  void ledgerEntryWrittenByJacksonReadsBackInCodec(@ForAll("ledgerEntries") LedgerEntry entry) throws Exception {
    String json = JACKSON.writeValueAsString(entry);
    LedgerEntry back = Json.fromJson(LedgerEntry_JsonCodec.INSTANCE, json);
    assertEquals(entry, back, json);
    assertEquals(Json.toJson(LedgerEntry_JsonCodec.INSTANCE, entry), Json.toJson(LedgerEntry_JsonCodec.INSTANCE, back));
  }

  @Property(tries = TRIES)
  void jobWrittenByCodecReadsBackInJackson(@ForAll("jobs") Job job) throws Exception {
    String json = Json.toJson(Job_JsonCodec.INSTANCE, job);
    assertEquals(job, JACKSON.readValue(json, Job.class), json);
  }

  @Property(tries = TRIES)
  void jobWrittenByJacksonReadsBackInCodec(@ForAll("jobs") Job job) throws Exception {
    String json = JACKSON.writeValueAsString(job);
    assertEquals(job, Json.fromJson(Job_JsonCodec.INSTANCE, json), json);
  }
}
