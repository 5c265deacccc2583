package dev.workers4j.json.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.json.Json;
import dev.workers4j.json.JsonCodec;
import dev.workers4j.json.JsonException;
import dev.workers4j.json.fixtures.Job;
import dev.workers4j.json.fixtures.Job_JsonCodec;
import dev.workers4j.json.fixtures.LedgerEntry;
import dev.workers4j.json.fixtures.LedgerEntry_JsonCodec;
import dev.workers4j.json.fixtures.Order;
import dev.workers4j.json.fixtures.Order_JsonCodec;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The generated readTree code (what workerd runs over JSON.parse's tree) on generated values:
 * whatever the tree decides equals what the exact text reader reads; what it cannot decide it
 * reports, and Json.fromJson then reads the text. Counts how often the tree decided, so a tree
 * that gave up on everything would fail.
 */
class TreeReadProperties {
  /** Per codec: documents the tree decided, and those it left to the text. */
  private static final Map<String, int[]> COUNTS = new TreeMap<>();

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

  @Property(tries = JacksonParityProperties.TRIES)
  void orderTreeReadsAsTheText(@ForAll("orders") Order order) {
    assertTreeReadsAsText(Order_JsonCodec.INSTANCE, Json.toJson(Order_JsonCodec.INSTANCE, order));
  }

  @Property(tries = JacksonParityProperties.TRIES)
  void ledgerEntryTreeReadsAsTheText(@ForAll("ledgerEntries") LedgerEntry entry) {
    assertTreeReadsAsText(LedgerEntry_JsonCodec.INSTANCE, Json.toJson(LedgerEntry_JsonCodec.INSTANCE, entry));
  }

  @Property(tries = JacksonParityProperties.TRIES)
  void jobTreeReadsAsTheText(@ForAll("jobs") Job job) {
    assertTreeReadsAsText(Job_JsonCodec.INSTANCE, Json.toJson(Job_JsonCodec.INSTANCE, job));
  }

  private static <T> void assertTreeReadsAsText(JsonCodec<T> codec, String json) {
    T exact = Json.fromJson(codec, json);
    JacksonTree tree = new JacksonTree(json);
    tree.root();
    T fromTree;
    try {
      fromTree = codec.readTree(tree);
    } catch (JsonException notDecided) {
      assertEquals(-1, notDecided.position(), "the tree reports what it cannot decide, nothing else");
      COUNTS.computeIfAbsent(codec.getClass().getSimpleName(), k -> new int[2])[1]++;
      return;
    }
    COUNTS.computeIfAbsent(codec.getClass().getSimpleName(), k -> new int[2])[0]++;
    assertEquals(exact, fromTree, json);
  }

  @AfterContainer
  static void theTreeDecidedWhatItCan() {
    // The generators favour edge values (ids beyond 2^53, decimals written as numbers), which only
    // the text decides; jobs have none, and about a third of the orders none.
    assertTrue(COUNTS.get("Job_JsonCodec")[0] == JacksonParityProperties.TRIES, "every job decided: " + describe());
    assertTrue(COUNTS.get("Order_JsonCodec")[0] > JacksonParityProperties.TRIES / 5, "orders decided: " + describe());
  }

  private static String describe() {
    StringBuilder sb = new StringBuilder();
    COUNTS.forEach((k, v) -> sb.append(k).append(" decided ").append(v[0]).append(", undecided ").append(v[1]).append("; "));
    return sb.toString();
  }
}
