package dev.workers4j.json.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workers4j.json.Json;
import dev.workers4j.json.JsonException;
import dev.workers4j.json.parity.JacksonMapper;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Annotation features beyond the order fixture: classes, value types, naming, aliases, keys. */
class FeaturesTest {
  private static final ObjectMapper JACKSON = JacksonMapper.create();

  @Test
  void classWithCreatorSetterAndFieldMatchesJackson() throws Exception {
    Address a = new Address("GB", "Leeds");
    a.setZip("LS1");
    a.lines = List.of("1 Park Row");
    String ours = Json.toJson(Address_JsonCodec.INSTANCE, a);
    assertEquals("{\"country_code\":\"GB\",\"city\":\"Leeds\",\"zip\":\"LS1\",\"lines\":[\"1 Park Row\"]}", ours);
    assertEquals(JACKSON.writeValueAsString(a), ours);
    Address back = Json.fromJson(Address_JsonCodec.INSTANCE, ours);
    assertEquals("GB", back.getCountry());
    assertEquals("LS1", back.getZip());
    assertEquals(List.of("1 Park Row"), back.lines);
  }

  @Test
  void nonEmptyIncludeOmitsNullAndEmpty() {
    Address a = new Address("GB", "");
    a.lines = List.of();
    assertEquals("{\"country_code\":\"GB\"}", Json.toJson(Address_JsonCodec.INSTANCE, a));
  }

  @Test
  void namingStrategyValueTypeAndKeysMatchJackson() throws Exception {
    Inventory inv = new Inventory(new Sku("SKU-1"), 7, Map.of(Region.EU, 3),
        new TreeMap<>(Map.of(9007199254740993L, "A1", -2L, "B2")), new TreeSet<>(List.of("b", "a")),
        new BigInteger("123456789012345678901234567890"), null, "Leeds DC");
    String ours = Json.toJson(Inventory_JsonCodec.INSTANCE, inv);
    assertEquals(JACKSON.writeValueAsString(inv), ours);
    assertEquals(inv, Json.fromJson(Inventory_JsonCodec.INSTANCE, ours));
    assertEquals(inv, JACKSON.readValue(ours, Inventory.class));
  }

  @Test
  void aliasesAreRead() {
    Inventory inv = Json.fromJson(Inventory_JsonCodec.INSTANCE,
        "{\"sku\":\"X\",\"qty\":4,\"warehouse_name\":\"W\"}");
    assertEquals(4, inv.onHand());
    assertEquals(new Sku("X"), inv.sku());
  }

  @Test
  void ignoredComponentIsNeitherWrittenNorRead() {
    Inventory inv = new Inventory(new Sku("X"), 1, null, null, null, null, "secret", "W");
    String json = Json.toJson(Inventory_JsonCodec.INSTANCE, inv);
    assertEquals(-1, json.indexOf("secret"));
    assertNull(Json.fromJson(Inventory_JsonCodec.INSTANCE,
        "{\"sku\":\"X\",\"on_hand\":1,\"scratch\":\"s\",\"warehouse_name\":\"W\"}").scratch());
  }

  @Test
  void nonNullAnnotatedComponentIsRequiredAndNotNull() {
    JsonException missing = assertThrows(JsonException.class,
        () -> Json.fromJson(Inventory_JsonCodec.INSTANCE, "{\"sku\":\"X\",\"on_hand\":1}"));
    assertEquals("$.warehouse_name", missing.path());
    JsonException nul = assertThrows(JsonException.class, () -> Json.fromJson(Inventory_JsonCodec.INSTANCE,
        "{\"sku\":\"X\",\"on_hand\":1,\"warehouse_name\":null}"));
    assertEquals("$.warehouse_name", nul.path());
    assertEquals(40, nul.position()); // the null token
  }

  @Test
  void unknownEnumKeyNamesThePath() {
    JsonException e = assertThrows(JsonException.class, () -> Json.fromJson(Inventory_JsonCodec.INSTANCE,
        "{\"sku\":\"X\",\"on_hand\":1,\"warehouse_name\":\"W\",\"by_region\":{\"MARS\":1}}"));
    assertEquals("$.by_region.MARS", e.path());
  }
}
