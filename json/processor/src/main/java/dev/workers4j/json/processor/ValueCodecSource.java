package dev.workers4j.json.processor;

import dev.workers4j.json.processor.CodecModel.ValueModel;

/** Source of a single-value codec (@JsonValue accessor + one-argument creator). */
final class ValueCodecSource {
  private ValueCodecSource() {}

  static String render(ValueModel m) {
    ValueCode code = new ValueCode();
    StringBuilder sb = SourceHeader.open(m);
    sb.append("\n  @Override\n  public ").append(m.javaType).append(" read(JsonReader r) {\n")
        .append("    if (r.peekNull()) return r.readNull();\n")
        .append("    return ").append(m.creatorCall).append("(").append(code.read(m.valueType)).append(");\n  }\n")
        .append("\n  @Override\n  public void write(JsonWriter w, ").append(m.javaType).append(" value) {\n")
        .append("    if (value == null) {\n      w.nullValue();\n      return;\n    }\n")
        .append("    ").append(code.write(m.valueType, "value." + m.valueMethod + "()")).append("\n  }\n")
        .append(code.helpers()).append("}\n");
    return sb.toString();
  }
}
