package dev.workers4j.json.processor;

import dev.workers4j.json.processor.CodecModel.PolymorphicModel;

/**
 * Source of a base-type codec: read() looks ahead for the type id (it need not come first) and
 * hands the whole object to the subtype's codec, which skips the id as an unknown property;
 * write() dispatches on instanceof, and the subtype's codec writes the id first.
 */
final class PolymorphicCodecSource {
  private PolymorphicCodecSource() {}

  static String render(PolymorphicModel m) {
    StringBuilder sb = SourceHeader.open(m);
    StringBuilder known = new StringBuilder();
    for (int i = 0; i < m.ids.size(); i++) known.append(i == 0 ? "" : ", ").append(m.ids.get(i));
    String property = ValueCode.literal(m.typeProperty);
    sb.append("\n  private static final String KNOWN = ").append(ValueCode.literal(known.toString())).append(";\n")
        .append("\n  @Override\n  public ").append(m.javaType).append(" read(JsonReader r) {\n")
        .append("    if (r.peekNull()) return r.readNull();\n")
        .append("    String id = r.peekStringProperty(").append(property).append(");\n")
        .append("    if (id == null) throw r.unknownType(").append(property).append(", null, KNOWN);\n")
        .append("    switch (id) {\n");
    for (int i = 0; i < m.ids.size(); i++) {
      sb.append("      case ").append(ValueCode.literal(m.ids.get(i))).append(": return ")
          .append(m.subtypeCodecs.get(i)).append(".INSTANCE.read(r);\n");
    }
    sb.append("      default: throw r.unknownType(").append(property).append(", id, KNOWN);\n")
        .append("    }\n  }\n")
        .append("\n  @Override\n  public void write(JsonWriter w, ").append(m.javaType).append(" value) {\n")
        .append("    if (value == null) {\n      w.nullValue();\n      return;\n    }\n");
    for (int i = 0; i < m.subtypes.size(); i++) {
      sb.append("    if (value instanceof ").append(m.subtypes.get(i)).append(") {\n      ")
          .append(m.subtypeCodecs.get(i)).append(".INSTANCE.write(w, (").append(m.subtypes.get(i))
          .append(") value);\n      return;\n    }\n");
    }
    // No getClass().getName(): it can be null in TeaVM.
    sb.append("    throw new dev.workers4j.json.JsonException(")
        .append(ValueCode.literal("a " + m.simpleName + " subtype not listed in its @JsonSubTypes / permits"))
        .append(", null, -1);\n  }\n}\n");
    return sb.toString();
  }
}
