package dev.workers4j.json.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.json.Json;
import dev.workers4j.json.JsonException;
import dev.workers4j.json.JsonUnknownTypeException;
import dev.workers4j.json.fixtures.Job_JsonCodec;
import dev.workers4j.json.fixtures.Moments;
import dev.workers4j.json.fixtures.Moments_JsonCodec;
import dev.workers4j.json.fixtures.Order;
import dev.workers4j.json.fixtures.Order_JsonCodec;
import dev.workers4j.json.fixtures.SampleOrders;
import dev.workers4j.json.fixtures.ShopifyBulkSyncStart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every failure is one JsonException naming the JSONPath and the character position. */
class ErrorsTest {
  private static final String ORDER = Json.toJson(Order_JsonCodec.INSTANCE, SampleOrders.order(7, 5));

  private static JsonException readOrder(String json) {
    return assertThrows(JsonException.class, () -> Json.fromJson(Order_JsonCodec.INSTANCE, json));
  }

  /** The n-th occurrence (0-based) of needle. */
  private static int nth(String s, String needle, int n) {
    int at = -1;
    for (int i = 0; i <= n; i++) at = s.indexOf(needle, at + 1);
    return at;
  }

  @Test
  void wrongTypeNamesPathAndPosition() {
    int q = nth(ORDER, "\"quantity\":", 3) + "\"quantity\":".length();
    int end = ORDER.indexOf(',', q);
    String broken = ORDER.substring(0, q) + "\"three\"" + ORDER.substring(end);
    JsonException e = readOrder(broken);
    assertEquals("$.line_items[3].quantity", e.path());
    assertEquals(q, e.position());
    assertEquals("expected an integer but found a string", e.reason());
    assertEquals("expected an integer but found a string at $.line_items[3].quantity (position " + q + ")",
        e.getMessage());
    // Same position from bytes: it counts characters, not bytes.
    JsonException fromBytes = assertThrows(JsonException.class,
        () -> Json.fromJson(Order_JsonCodec.INSTANCE, broken.getBytes(StandardCharsets.UTF_8)));
    assertEquals(e.getMessage(), fromBytes.getMessage());
  }

  @Test
  void fractionForIntegerIsAnError() {
    JsonException e = readOrder("{\"id\":1.5}");
    assertEquals("$.id", e.path());
    assertEquals(6, e.position());
  }

  @Test
  void integerOverflowIsAnError() {
    JsonException e = readOrder("{\"id\":9223372036854775808}");
    assertEquals("$.id", e.path());
    assertTrue(e.reason().contains("long"), e.reason());
  }

  @Test
  void malformedInputNamesPosition() {
    assertEquals(10, readOrder("{\"id\": 1, }").position()); // trailing comma: name expected at '}'
    assertEquals(6, readOrder("{\"id\" 1}").position()); // missing colon: at the 1
    assertEquals(6, readOrder("{\"id\":01}").position()); // leading zero
    assertEquals(12, readOrder("{\"currency\":\"GBP}").position()); // unterminated string
    assertEquals(6, readOrder("{\"id\":tru}").position());
    assertEquals(7, readOrder("{\"id\":1").position()); // truncated
    JsonException trailing = readOrder(ORDER + " x");
    assertEquals(ORDER.length() + 1, trailing.position());
    assertEquals("$", trailing.path());
    JsonException empty = readOrder("");
    assertEquals(0, empty.position());
  }

  @Test
  void malformedInsideArrayNamesIndex() {
    JsonException e = readOrder("{\"id\":1,\"line_items\":[{\"id\":1,\"quantity\":1},{\"id\":2 \"q\"]}");
    assertEquals("$.line_items[1].id", e.path());
  }

  @Test
  void missingRequiredPrimitive() {
    int q = nth(ORDER, "\"quantity\":", 2);
    int end = ORDER.indexOf(',', q);
    String broken = ORDER.substring(0, q) + ORDER.substring(end + 1);
    JsonException e = readOrder(broken);
    assertEquals("$.line_items[2].quantity", e.path());
    assertEquals("missing required property 'quantity'", e.reason());
  }

  @Test
  void missingRequiredByAnnotation() {
    JsonException e = readOrder("{\"id\":1,\"test\":true,\"total_weight_kg\":0,"
        + "\"customer\":{\"id\":5,\"first_name\":\"A\"}}");
    assertEquals("$.customer.email", e.path());
  }

  @Test
  void nullForPrimitiveIsAnError() {
    JsonException e = readOrder("{\"id\":null}");
    assertEquals("$.id", e.path());
    assertEquals("expected an integer but found null", e.reason());
  }

  @Test
  void unknownSubtypeIsTyped() {
    JsonUnknownTypeException e = assertThrows(JsonUnknownTypeException.class,
        () -> Json.fromJson(Job_JsonCodec.INSTANCE, "{\"run_id\":\"r\",\"job_type\":\"SHOPIFY_TELEPORT\"}"));
    assertEquals("SHOPIFY_TELEPORT", e.typeId());
    assertEquals("$", e.path());
    assertEquals(0, e.position());
    assertTrue(e.getMessage().startsWith("unknown job_type 'SHOPIFY_TELEPORT' (one of: SHOPIFY_BULK_SYNC_START,"),
        e.getMessage());
    JsonUnknownTypeException missing = assertThrows(JsonUnknownTypeException.class,
        () -> Json.fromJson(Job_JsonCodec.INSTANCE, "{\"run_id\":\"r\"}"));
    assertEquals(null, missing.typeId());
  }

  @Test
  void typeIdNeedNotComeFirstAndUnknownFieldsAreIgnored() {
    Object job = Json.fromJson(Job_JsonCodec.INSTANCE,
        "{\"extra\":{\"deep\":[1,{\"x\":null}]},\"run_id\":\"r\",\"attempt\":2,"
            + "\"job_type\":\"SHOPIFY_BULK_SYNC_START\",\"updated_since\":null}");
    assertEquals(new ShopifyBulkSyncStart("r", null, 2), job);
  }

  @Test
  void unknownEnumValueNamesPath() {
    JsonException e = readOrder("{\"id\":1,\"financial_status\":\"stolen\"}");
    assertEquals("$.financial_status", e.path());
    assertEquals(27, e.position());
  }

  @Test
  void badDateNamesPath() {
    JsonException e = readOrder("{\"id\":1,\"business_date\":\"2024-02-30\"}");
    assertEquals("$.business_date", e.path());
    assertEquals(24, e.position());
  }

  /** Instant's years reach +-1,000,000,000, a local date's one less; beyond either is a JSON error, not a crash. */
  @Test
  void datesBeyondTheirTypesRangeAreErrorsNamingThePath() {
    assertEquals(Instant.MIN, Json.fromJson(Moments_JsonCodec.INSTANCE,
        Json.toJson(Moments_JsonCodec.INSTANCE, new Moments(List.of(Instant.MIN, Instant.MAX), List.of(), List.of())))
        .instants().get(0));
    JsonException beforeMin = assertThrows(JsonException.class, () -> Json.fromJson(Moments_JsonCodec.INSTANCE,
        "{\"instants\":[\"-1000000000-01-01T00:00:00+01:00\"]}"));
    assertEquals("$.instants[0]", beforeMin.path());
    assertTrue(beforeMin.getMessage().contains("out of range"), beforeMin.getMessage());
    JsonException date = assertThrows(JsonException.class, () -> Json.fromJson(Moments_JsonCodec.INSTANCE,
        "{\"dates\":[\"2024-01-01\",\"1000000000-01-01\"]}"));
    assertEquals("$.dates[1]", date.path());
    JsonException dateTime = assertThrows(JsonException.class, () -> Json.fromJson(Moments_JsonCodec.INSTANCE,
        "{\"offsetDateTimes\":[\"-1000000000-01-01T00:00:00Z\"]}"));
    assertEquals("$.offsetDateTimes[0]", dateTime.path());
  }

  @Test
  void longsBeyond2Pow53AreExact() {
    Order o = Json.fromJson(Order_JsonCodec.INSTANCE,
        "{\"id\":9007199254740993,\"test\":false,\"total_weight_kg\":0}");
    assertEquals(9007199254740993L, o.id());
  }

  @Test
  void writingNanIsAnError() {
    assertThrows(JsonException.class, () -> dev.workers4j.json.JsonWriter.create().value(Double.NaN));
  }
}
