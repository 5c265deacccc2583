package dev.workers4j.json;

/** A polymorphic value named a type id that its base type does not list. */
public final class JsonUnknownTypeException extends JsonException {
  private final String typeId;

  public JsonUnknownTypeException(String reason, String typeId, String path, int position) {
    super(reason, path, position);
    this.typeId = typeId;
  }

  /** The type id found in the document (null when the type property was missing). */
  public String typeId() {
    return typeId;
  }
}
