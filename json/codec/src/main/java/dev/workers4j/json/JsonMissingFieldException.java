package dev.workers4j.json;

/**
 * A well-formed document lacks a required property. Unlike other JSON failures this is the
 * client's request being incomplete, not its JSON being broken: HTTP layers answer it as an
 * invalid request naming {@link #field()}.
 */
public final class JsonMissingFieldException extends JsonException {
  private final String field;

  public JsonMissingFieldException(String field, String path, int position) {
    super("missing required property '" + field + "'", path, position);
    this.field = field;
  }

  /** The JSON name of the missing property; {@link #path()} is its full path. */
  public String field() {
    return field;
  }
}
