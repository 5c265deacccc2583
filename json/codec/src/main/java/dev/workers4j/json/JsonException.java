package dev.workers4j.json;

/**
 * The one exception every JSON failure raises: malformed text, a value of the wrong type,
 * a missing required property, an unknown subtype id, or a value that JSON cannot hold.
 *
 * <p>{@link #path()} names where in the document it happened, in JSONPath style
 * ({@code $.line_items[3].quantity}); {@link #position()} is the 0-based index of the
 * offending character in the decoded text, or -1 when writing.
 */
public class JsonException extends RuntimeException {
  private final String path;
  private final int position;
  private final String reason;

  public JsonException(String reason, String path, int position) {
    super(describe(reason, path, position));
    this.reason = reason;
    this.path = path;
    this.position = position;
  }

  /** The JSONPath of the value that failed, e.g. {@code $.line_items[3].quantity}. */
  public String path() {
    return path;
  }

  /** 0-based character index in the input, or -1 when the error was raised while writing. */
  public int position() {
    return position;
  }

  /** The message without path and position. */
  public String reason() {
    return reason;
  }

  // Plain concatenation: String.format costs ~200 KB in a TeaVM bundle.
  private static String describe(String reason, String path, int position) {
    String where = path == null ? "" : " at " + path;
    return position < 0 ? reason + where : reason + where + " (position " + position + ")";
  }
}
