package dev.workers4j.json.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workers4j.json.Json;
import dev.workers4j.json.JsonException;
import dev.workers4j.json.JsonMissingFieldException;
import dev.workers4j.json.fixtures.Stamped;
import dev.workers4j.json.fixtures.Stamped_JsonCodec;
import dev.workers4j.json.parity.JacksonMapper;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** UUID and LocalDateTime properties, and the missing-field error an HTTP layer answers as 400 invalid_request. */
class UuidAndLocalDateTimeTest {
  private static final ObjectMapper JACKSON = JacksonMapper.create();
  private static final UUID ID = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

  @Test
  void roundTripsInCanonicalText() {
    Stamped value = new Stamped(ID, LocalDateTime.of(2024, 3, 5, 7, 8, 9, 120_000_000),
        List.of(new UUID(0, 0), new UUID(-1, -1)), List.of(LocalDateTime.of(-1, 12, 31, 23, 59)),
        Optional.of(ID));
    String json = Json.toJson(Stamped_JsonCodec.INSTANCE, value);
    assertEquals("{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"created_at\":\"2024-03-05T07:08:09.120\","
        + "\"refs\":[\"00000000-0000-0000-0000-000000000000\",\"ffffffff-ffff-ffff-ffff-ffffffffffff\"],"
        + "\"times\":[\"-0001-12-31T23:59:00\"],\"parent\":\"123e4567-e89b-12d3-a456-426614174000\"}", json);
    assertEquals(value, Json.fromJson(Stamped_JsonCodec.INSTANCE, json));
  }

  @Test
  void readsWhatJacksonWritesAndUpperCaseUuids() throws Exception {
    Stamped value = new Stamped(ID, LocalDateTime.of(2024, 2, 29, 0, 0, 0, 1), List.of(), List.of(), Optional.empty());
    assertEquals(value, Json.fromJson(Stamped_JsonCodec.INSTANCE, JACKSON.writeValueAsString(value)));
    Stamped upper = Json.fromJson(Stamped_JsonCodec.INSTANCE,
        "{\"id\":\"123E4567-E89B-12D3-A456-426614174000\",\"refs\":[],\"times\":[],\"parent\":null}");
    assertEquals(ID, upper.id());
    assertEquals("123e4567-e89b-12d3-a456-426614174000", upper.id().toString());
  }

  @Test
  void rejectsTextThatIsNotACanonicalUuidOrLocalDateTime() {
    // The JVM's UUID.fromString would accept "1-2-3-4-5"; TeaVM's accepts anything: the codec decides.
    for (String bad : List.of("1-2-3-4-5", "123e4567e89b12d3a456426614174000", "123e4567-e89b-12d3-a456-42661417400g",
        "123e4567-e89b-12d3-a456_426614174000", "")) {
      JsonException e = assertThrows(JsonException.class,
          () -> Json.fromJson(Stamped_JsonCodec.INSTANCE, "{\"id\":\"" + bad + "\"}"));
      assertEquals("$.id", e.path());
      assertEquals("expected a UUID (8-4-4-4-12 hex digits) but found '" + bad + "'", e.reason());
    }
    JsonException offset = assertThrows(JsonException.class, () -> Json.fromJson(Stamped_JsonCodec.INSTANCE,
        "{\"id\":\"" + ID + "\",\"created_at\":\"2024-03-05T07:08:09Z\"}"));
    assertEquals("$.created_at", offset.path());
  }

  @Test
  void aMissingRequiredFieldIsItsOwnExceptionNamingTheField() {
    JsonException e = assertThrows(JsonException.class,
        () -> Json.fromJson(Stamped_JsonCodec.INSTANCE, "{\"refs\":[],\"nested\":{\"id\":1}}"));
    JsonMissingFieldException missing = assertInstanceOf(JsonMissingFieldException.class, e);
    assertEquals("id", missing.field());
    assertEquals("$.id", missing.path());
    assertEquals("missing required property 'id' at $.id (position 28)", missing.getMessage());
  }
}
