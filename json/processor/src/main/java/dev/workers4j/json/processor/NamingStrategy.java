package dev.workers4j.json.processor;

/** The @JsonNaming strategies Jackson ships, applied to names not set by @JsonProperty. */
final class NamingStrategy {
  private NamingStrategy() {}

  /** strategy is the simple class name, e.g. "SnakeCaseStrategy"; unknown ones keep the name. */
  static String apply(String strategy, String name) {
    switch (strategy) {
      case "SnakeCaseStrategy": return separated(name, '_');
      case "KebabCaseStrategy": return separated(name, '-');
      case "LowerDotCaseStrategy": return separated(name, '.');
      case "LowerCaseStrategy": return name.toLowerCase(java.util.Locale.ROOT);
      case "UpperCamelCaseStrategy":
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
      default: return name;
    }
  }

  static boolean known(String strategy) {
    return !apply(strategy, "aB").equals("aB") || strategy.equals("LowerCamelCaseStrategy");
  }

  /** "lineItems" -> "line_items", "orderID" -> "order_id" (as Jackson's SnakeCaseStrategy). */
  private static String separated(String name, char separator) {
    StringBuilder sb = new StringBuilder(name.length() + 4);
    boolean previousUpper = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean upper = Character.isUpperCase(c);
      if (upper) {
        if (i > 0 && !previousUpper && sb.charAt(sb.length() - 1) != separator) sb.append(separator);
        sb.append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
      previousUpper = upper;
    }
    return sb.toString();
  }
}
