package dev.workers4j.json;

/** Map keys that are numbers in Java but property names in JSON ({@code Map<Long, X>}). */
public final class JsonKeys {
  private JsonKeys() {}

  public static Long nextLongName(JsonReader reader) {
    int at = reader.position();
    String name = reader.nextName();
    try {
      return Long.valueOf(Long.parseLong(name));
    } catch (NumberFormatException e) {
      throw new JsonException("expected an integer key but found '" + name + "'", reader.path(), at);
    }
  }

  public static Integer nextIntName(JsonReader reader) {
    int at = reader.position();
    String name = reader.nextName();
    try {
      return Integer.valueOf(Integer.parseInt(name));
    } catch (NumberFormatException e) {
      throw new JsonException("expected an integer key but found '" + name + "'", reader.path(), at);
    }
  }
}
