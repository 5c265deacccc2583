package dev.workers4j.json.processor;

import dev.workers4j.json.processor.CodecModel.EnumModel;

/** Source of an enum codec: constants by ordinal, JSON names in a parallel array. */
final class EnumCodecSource {
  private EnumCodecSource() {}

  static String render(EnumModel m) {
    StringBuilder sb = SourceHeader.open(m);
    sb.append("\n  private static final ").append(m.javaType).append("[] VALUES = ").append(m.javaType)
        .append(".values();\n");
    if (m.valueMethod != null) {
      sb.append("  private static final String[] NAMES = names();\n\n")
          .append("  private static String[] names() {\n")
          .append("    String[] names = new String[VALUES.length];\n")
          .append("    for (int i = 0; i < names.length; i++) names[i] = VALUES[i].").append(m.valueMethod)
          .append("();\n    return names;\n  }\n");
    } else {
      sb.append("  private static final String[] NAMES = {");
      for (int i = 0; i < m.jsonNames.size(); i++) {
        sb.append(i == 0 ? "" : ", ").append(ValueCode.literal(m.jsonNames.get(i)));
      }
      sb.append("};\n");
    }
    String type = ValueCode.literal(m.simpleName);
    sb.append("\n  @Override\n  public ").append(m.javaType).append(" read(JsonReader r) {\n")
        .append("    if (r.peekNull()) return r.readNull();\n")
        .append("    return VALUES[r.nextEnumIndex(NAMES, ").append(type).append(")];\n  }\n")
        .append("\n  @Override\n  public ").append(m.javaType).append(" readTree(dev.workers4j.json.JsonTree t) {\n")
        .append("    if (t.isNull()) return null;\n")
        .append("    String s = t.stringValue();\n")
        .append("    for (int i = 0; i < NAMES.length; i++) if (NAMES[i].equals(s)) return VALUES[i];\n")
        .append("    throw t.undecided(\"an unknown \" + ").append(type).append(");\n  }\n")
        .append("\n  @Override\n  public void write(JsonWriter w, ").append(m.javaType).append(" value) {\n")
        .append("    if (value == null) w.nullValue();\n")
        .append("    else w.value(NAMES[value.ordinal()]);\n  }\n")
        .append("\n  /** The JSON name of a constant (also used for map keys). */\n")
        .append("  public String jsonName(").append(m.javaType).append(" value) {\n")
        .append("    return NAMES[value.ordinal()];\n  }\n")
        .append("\n  /** Reads a property name as a map key of this enum. */\n")
        .append("  public ").append(m.javaType).append(" nextNameAsKey(JsonReader r) {\n")
        .append("    int at = r.position();\n")
        .append("    String name = r.nextName();\n")
        .append("    for (int i = 0; i < NAMES.length; i++) if (NAMES[i].equals(name)) return VALUES[i];\n")
        .append("    throw new dev.workers4j.json.JsonException(\"unknown \" + ").append(type)
        .append(" + \" key '\" + name + \"'\", r.path(), at);\n  }\n")
        .append("}\n");
    return sb.toString();
  }
}
