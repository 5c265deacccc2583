package dev.workers4j.json.processor;

import java.util.HashMap;
import java.util.Map;

/**
 * Emits Java code reading ({@code r}) or writing ({@code w}) one value of a {@link TypeRef}.
 * Scalars are inlined; each container type gets a private static helper pair in the generated
 * class, so List<Map<String, X>> is two small methods and no codec objects (nothing to wire at
 * class-init time, no recursion hazards between codecs).
 */
final class ValueCode {
  private final StringBuilder helpers = new StringBuilder();
  private final Map<String, Integer> helperIds = new HashMap<>();
  private final Map<String, Integer> treeHelperIds = new HashMap<>();
  private int temps;

  /** Helper methods generated so far, to append to the class body. */
  String helpers() {
    return helpers.toString();
  }

  /** An expression of type t.javaType reading the next value (JSON null gives null). */
  String read(TypeRef t) {
    switch (t.kind) {
      case BOOLEAN: return boxedRead(t, "r.nextBoolean()");
      case BYTE: return boxedRead(t, "(byte) r.nextInt()");
      case SHORT: return boxedRead(t, "(short) r.nextInt()");
      case INT: return boxedRead(t, "r.nextInt()");
      case LONG: return boxedRead(t, "r.nextLong()");
      case FLOAT: return boxedRead(t, "r.nextFloat()");
      case DOUBLE: return boxedRead(t, "r.nextDouble()");
      case STRING: return "(r.peekNull() ? r.<java.lang.String>readNull() : r.nextString())";
      case BIG_DECIMAL: return "(r.peekNull() ? r.<java.math.BigDecimal>readNull() : r.nextBigDecimal())";
      case BIG_INTEGER: return "(r.peekNull() ? r.<java.math.BigInteger>readNull() : r.nextBigInteger())";
      case CODEC: return t.codecClass + ".INSTANCE.read(r)";
      default: return "read" + helper(t) + "(r)";
    }
  }

  /**
   * An expression of type t.javaType reading the current value of a JsonTree {@code t} (JSON
   * null gives null). Maps with String keys are read in document order (the tree declines what it
   * cannot order); other keys keep the reader; codecs of their own go through their readTree.
   * Like read(), containers get a private static helper (readTreeN).
   */
  String readTree(TypeRef t) {
    switch (t.kind) {
      case BOOLEAN: return boxedTreeRead(t, "t.booleanValue()");
      case BYTE: return boxedTreeRead(t, "(byte) t.intValue()");
      case SHORT: return boxedTreeRead(t, "(short) t.intValue()");
      case INT: return boxedTreeRead(t, "t.intValue()");
      case LONG: return boxedTreeRead(t, "t.longValue()");
      case FLOAT: return boxedTreeRead(t, "t.floatValue()");
      case DOUBLE: return boxedTreeRead(t, "t.doubleValue()");
      case STRING: return "(t.isNull() ? null : t.stringValue())";
      case BIG_DECIMAL: return "(t.isNull() ? null : t.decimalValue())";
      case CODEC: return t.codecClass + ".INSTANCE.readTree(t)";
      default: return "readTree" + treeHelper(t) + "(t)"; // containers, BigInteger
    }
  }

  private static String boxedTreeRead(TypeRef t, String primitiveRead) {
    if (t.primitive) return primitiveRead;
    return "(t.isNull() ? null : " + t.javaType + ".valueOf(" + primitiveRead + "))";
  }

  /** The id of the readTreeN helper for t, generated on first use. */
  private int treeHelper(TypeRef t) {
    Integer existing = treeHelperIds.get(t.javaType);
    if (existing != null) return existing;
    int id = treeHelperIds.size();
    treeHelperIds.put(t.javaType, id);
    boolean sequence = t.kind == TypeRef.Kind.LIST || t.kind == TypeRef.Kind.SET || t.kind == TypeRef.Kind.SORTED_SET;
    // String keys are the tree's own; other key types keep the reader, which parses them.
    boolean stringKeyed = t.isMap() && t.key.kind == TypeRef.Kind.STRING;
    // Element and reader code first: either may add helpers of its own, which must not land
    // inside this one's text.
    String element = sequence || stringKeyed || t.kind == TypeRef.Kind.OPTIONAL ? readTree(t.element) : null;
    String viaReader = element == null ? read(t) : null;
    helpers.append("\n  private static ").append(t.javaType).append(" readTree").append(id)
        .append("(dev.workers4j.json.JsonTree t) {\n");
    switch (t.kind) {
      case OPTIONAL:
        helpers.append("    if (t.isNull()) return java.util.Optional.empty();\n")
            .append("    return java.util.Optional.ofNullable(").append(element).append(");\n");
        break;
      case LIST:
      case SET:
      case SORTED_SET: {
        String impl = t.kind == TypeRef.Kind.LIST ? "java.util.ArrayList"
            : t.kind == TypeRef.Kind.SET ? "java.util.LinkedHashSet" : "java.util.TreeSet";
        helpers.append("    if (t.isNull()) return null;\n")
            .append("    int array = t.enterArray();\n")
            .append("    int size = t.length(array);\n")
            .append("    ").append(impl).append('<').append(t.element.javaType).append("> c = new ").append(impl)
            .append(t.kind == TypeRef.Kind.LIST ? "<>(size);\n" : "<>();\n")
            .append("    for (int i = 0; i < size; i++) {\n")
            .append("      t.element(array, i);\n")
            .append("      c.add(").append(element).append(");\n")
            .append("    }\n")
            .append("    return c;\n");
        break;
      }
      case MAP:
      case SORTED_MAP:
        if (stringKeyed) {
          String impl = t.kind == TypeRef.Kind.MAP ? "java.util.LinkedHashMap" : "java.util.TreeMap";
          helpers.append("    if (t.isNull()) return null;\n")
              .append("    int map = t.enterMap();\n")
              .append("    int size = t.keyCount(map);\n")
              .append("    ").append(impl).append("<java.lang.String, ").append(t.element.javaType).append("> m = new ")
              .append(impl).append("<>();\n")
              .append("    for (int i = 0; i < size; i++) {\n")
              .append("      java.lang.String k = t.key(map, i);\n")
              .append("      t.member(map, i);\n")
              .append("      m.put(k, ").append(element).append(");\n")
              .append("    }\n")
              .append("    return m;\n");
          break;
        }
        // fall through: keys of other types are parsed by the reader
      default: // maps with other keys, and BigInteger
        helpers.append("    JsonReader r = t.reader();\n")
            .append("    ").append(t.javaType).append(" v = ").append(viaReader).append(";\n")
            .append("    r.endDocument();\n")
            .append("    return v;\n");
    }
    helpers.append("  }\n");
    return id;
  }

  private static String boxedRead(TypeRef t, String primitiveRead) {
    if (t.primitive) return primitiveRead;
    return "(r.peekNull() ? r.<" + t.javaType + ">readNull() : " + t.javaType + ".valueOf(" + primitiveRead + "))";
  }

  /** A statement writing expression {@code expr} (evaluated once) of type t. */
  String write(TypeRef t, String expr) {
    switch (t.kind) {
      case BOOLEAN:
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
      case FLOAT:
      case DOUBLE:
        if (t.primitive) return "w.value(" + expr + ");";
        String tmp = "t" + (temps++);
        return "{ " + t.javaType + " " + tmp + " = " + expr + "; if (" + tmp + " == null) w.nullValue(); else w.value("
            + tmp + "." + unboxMethod(t) + "()); }";
      case BIG_DECIMAL:
        return (t.asString ? "w.valueAsString(" : "w.value(") + expr + ");";
      case STRING:
      case BIG_INTEGER:
        return "w.value(" + expr + ");";
      case CODEC:
        return t.codecClass + ".INSTANCE.write(w, " + expr + ");";
      default:
        return "write" + helper(t) + "(w, " + expr + ");";
    }
  }

  private static String unboxMethod(TypeRef t) {
    switch (t.kind) {
      case BOOLEAN: return "booleanValue";
      case FLOAT: return "floatValue";
      case DOUBLE: return "doubleValue";
      default: return "longValue";
    }
  }

  private int helper(TypeRef t) {
    Integer id = helperIds.get(t.signature());
    if (id != null) return id;
    id = helperIds.size();
    helperIds.put(t.signature(), id);
    if (t.kind == TypeRef.Kind.OPTIONAL) optionalHelpers(t, id);
    else if (t.isMap()) mapHelpers(t, id);
    else collectionHelpers(t, id);
    return id;
  }

  private void collectionHelpers(TypeRef t, int id) {
    String impl = t.kind == TypeRef.Kind.LIST ? "java.util.ArrayList"
        : t.kind == TypeRef.Kind.SET ? "java.util.LinkedHashSet" : "java.util.TreeSet";
    String e = t.element.javaType;
    String readElement = read(t.element);
    String writeElement = write(t.element, "e");
    helpers.append("\n  private static ").append(t.javaType).append(" read").append(id)
        .append("(JsonReader r) {\n")
        .append("    if (r.peekNull()) return r.readNull();\n")
        .append(t.kind == TypeRef.Kind.LIST
            ? "    int size = r.beginArrayKnownSize();\n    " + impl + "<" + e + "> c = size < 0 ? new " + impl
                + "<>() : new " + impl + "<>(size);\n"
            : "    " + impl + "<" + e + "> c = new " + impl + "<>();\n    r.beginArray();\n")
        .append("    while (r.hasNext()) c.add(").append(readElement).append(");\n")
        .append("    r.endArray();\n")
        .append("    return c;\n  }\n")
        .append("\n  private static void write").append(id).append("(JsonWriter w, ").append(t.javaType)
        .append(" v) {\n")
        .append("    if (v == null) { w.nullValue(); return; }\n")
        .append("    w.beginArray();\n")
        .append("    for (").append(e).append(" e : v) ").append(writeElement).append('\n')
        .append("    w.endArray();\n  }\n");
  }

  private void mapHelpers(TypeRef t, int id) {
    String impl = t.kind == TypeRef.Kind.MAP ? "java.util.LinkedHashMap" : "java.util.TreeMap";
    String k = t.key.javaType;
    String v = t.element.javaType;
    String readValue = read(t.element);
    String writeValue = write(t.element, "e.getValue()");
    helpers.append("\n  private static ").append(t.javaType).append(" read").append(id)
        .append("(JsonReader r) {\n")
        .append("    if (r.peekNull()) return r.readNull();\n")
        .append("    ").append(impl).append('<').append(k).append(", ").append(v).append("> m = new ")
        .append(impl).append("<>();\n")
        .append("    r.beginObject();\n")
        .append("    while (r.hasNext()) {\n")
        .append("      ").append(k).append(" k = ").append(readKey(t.key)).append(";\n")
        .append("      m.put(k, ").append(readValue).append(");\n")
        .append("    }\n")
        .append("    r.endObject();\n")
        .append("    return m;\n  }\n")
        .append("\n  private static void write").append(id).append("(JsonWriter w, ").append(t.javaType)
        .append(" v) {\n")
        .append("    if (v == null) { w.nullValue(); return; }\n")
        .append("    w.beginObject();\n")
        .append("    for (java.util.Map.Entry<").append(k).append(", ").append(v).append("> e : v.entrySet()) {\n")
        .append("      w.name(").append(writeKey(t.key, "e.getKey()")).append(");\n")
        .append("      ").append(writeValue).append('\n')
        .append("    }\n")
        .append("    w.endObject();\n  }\n");
  }

  private static String readKey(TypeRef key) {
    switch (key.kind) {
      case STRING: return "r.nextName()";
      case LONG: return "dev.workers4j.json.JsonKeys.nextLongName(r)";
      case INT: return "dev.workers4j.json.JsonKeys.nextIntName(r)";
      default: return key.codecClass + ".INSTANCE.nextNameAsKey(r)";
    }
  }

  private static String writeKey(TypeRef key, String expr) {
    switch (key.kind) {
      case STRING: return expr;
      case LONG:
      case INT: return "java.lang.String.valueOf(" + expr + ")";
      default: return key.codecClass + ".INSTANCE.jsonName(" + expr + ")";
    }
  }

  private void optionalHelpers(TypeRef t, int id) {
    String readElement = read(t.element);
    String writeElement = write(t.element, "v.get()");
    helpers.append("\n  private static ").append(t.javaType).append(" read").append(id)
        .append("(JsonReader r) {\n")
        .append("    if (r.peekNull()) { r.nextNull(); return java.util.Optional.empty(); }\n")
        .append("    return java.util.Optional.ofNullable(").append(readElement).append(");\n  }\n")
        .append("\n  private static void write").append(id).append("(JsonWriter w, ").append(t.javaType)
        .append(" v) {\n")
        .append("    if (v == null || !v.isPresent()) { w.nullValue(); return; }\n")
        .append("    ").append(writeElement).append("\n  }\n");
  }

  /** A Java string literal. */
  static String literal(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') sb.append('\\').append(c);
      else if (c < 0x20 || c > 0x7e) {
        String hex = Integer.toHexString(c);
        sb.append("\\u");
        for (int k = hex.length(); k < 4; k++) sb.append('0');
        sb.append(hex);
      } else sb.append(c);
    }
    return sb.append('"').toString();
  }
}
