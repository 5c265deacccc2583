package dev.workers4j.json.processor;

import dev.workers4j.json.processor.CodecModel.ObjectModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Source of an object codec: read() collects properties into locals through a switch on each
 * name's index in the codec's name table, FIELDS (unknown names are skipped), checks required
 * ones, then calls the creator and setters; write() emits the type id (for subtypes) and the
 * properties in model order.
 */
final class ObjectCodecSource {
  private ObjectCodecSource() {}

  /** {@code companion}: also the workerd companion (JsCompanionSource), when JSO is on the class path. */
  static String render(ObjectModel m, boolean companion) {
    ValueCode code = new ValueCode();
    StringBuilder sb = SourceHeader.open(m);
    read(m, code, companion, sb);
    write(m, code, sb);
    sb.append(code.helpers()).append("}\n");
    return sb.toString();
  }

  private static void read(ObjectModel m, ValueCode code, boolean companion, StringBuilder sb) {
    List<PropertyModel> props = m.properties;
    // The names the object may hold, aliases included; the switch goes by position in that table.
    List<String> names = new ArrayList<>();
    int[] fieldIndex = new int[props.size()];
    boolean aliased = false;
    StringBuilder cases = new StringBuilder();
    for (int i = 0; i < props.size(); i++) {
      PropertyModel p = props.get(i);
      if (!p.isRead()) continue;
      fieldIndex[i] = names.size();
      cases.append("        case ").append(names.size()).append(":").append(nameComment(p.jsonName)).append('\n');
      names.add(p.jsonName);
      for (String alias : p.aliases) {
        if (alias.equals(p.jsonName) || names.contains(alias)) continue;
        cases.append("        case ").append(names.size()).append(":").append(nameComment(alias)).append('\n');
        names.add(alias);
        aliased = true;
      }
      cases.append("          v").append(i).append(" = ").append(code.read(p.type)).append(";\n");
      if (p.nonNull && !p.type.primitive) {
        cases.append("          if (v").append(i).append(" == null) throw r.valueError(")
            .append(ValueCode.literal("'" + p.jsonName + "' must not be null")).append(");\n");
      }
      cases.append("          s").append(i).append(" = true;\n          break;\n");
    }
    fieldsConstant(names, aliased, sb);
    sb.append("\n  @Override\n  public ").append(m.javaType).append(" read(JsonReader r) {\n")
        .append("    if (r.peekNull()) return r.readNull();\n");
    locals(props, sb);
    sb.append("    r.beginObject();\n")
        .append("    for (int f; (f = r.nextField(FIELDS)) != dev.workers4j.json.JsonFields.END; ) {\n")
        .append("      switch (f) {\n")
        .append(cases);
    sb.append("        default:\n          r.skipValue();\n      }\n    }\n");
    for (int i = 0; i < props.size(); i++) {
      PropertyModel p = props.get(i);
      if (p.isRead() && p.required) {
        sb.append("    if (!s").append(i).append(") throw r.missingProperty(")
            .append(ValueCode.literal(p.jsonName)).append(");\n");
      }
    }
    sb.append("    r.endObject();\n");
    construct(m, sb);
    // Aliases need document order (the later of a name and its alias wins), which looking names
    // up cannot see: such codecs read a tree through JsonCodec.readTree's reader.
    if (!aliased) {
      readTree(m, code, fieldIndex, companion, sb);
      if (companion) JsCompanionSource.render(m, code, sb);
    }
  }

  /**
   * readTree: each property looked up by name in the parsed object and converted in place. Any
   * surprise (wrong type, a missing required or null non-null property) is the tree's undecided
   * exception, after which Json.fromJson reads the text.
   */
  private static void readTree(ObjectModel m, ValueCode code, int[] fieldIndex, boolean companion, StringBuilder sb) {
    List<PropertyModel> props = m.properties;
    sb.append("\n  @Override\n  public ").append(m.javaType).append(" readTree(dev.workers4j.json.JsonTree t) {\n")
        .append("    if (t.isNull()) return null;\n");
    if (companion) sb.append(JsCompanionSource.dispatch());
    sb.append("    int node = t.enterObject();\n");
    locals(props, sb);
    for (int i = 0; i < props.size(); i++) {
      PropertyModel p = props.get(i);
      if (!p.isRead()) continue;
      sb.append("    if (t.field(node, FIELDS, ").append(fieldIndex[i]).append(")) {")
          .append(nameComment(p.jsonName)).append("\n")
          .append("      v").append(i).append(" = ").append(code.readTree(p.type)).append(";\n");
      if (p.nonNull && !p.type.primitive) {
        sb.append("      if (v").append(i).append(" == null) throw t.undecided(")
            .append(ValueCode.literal("a null '" + p.jsonName + "'")).append(");\n");
      }
      sb.append("      s").append(i).append(" = true;\n    }\n");
    }
    requiredOnTree(props, sb);
    construct(m, sb);
  }

  /** A tree's read: a required property the document lacks is undecided (the text says why). */
  static void requiredOnTree(List<PropertyModel> props, StringBuilder sb) {
    for (int i = 0; i < props.size(); i++) {
      PropertyModel p = props.get(i);
      if (p.isRead() && p.required) {
        sb.append("    if (!s").append(i).append(") throw t.undecided(")
            .append(ValueCode.literal("a missing '" + p.jsonName + "'")).append(");\n");
      }
    }
  }

  /** The locals a read collects properties into: the value and whether the document set it. */
  static void locals(List<PropertyModel> props, StringBuilder sb) {
    for (int i = 0; i < props.size(); i++) {
      PropertyModel p = props.get(i);
      if (!p.isRead()) continue;
      sb.append("    ").append(p.type.javaType).append(" v").append(i).append(" = ")
          .append(p.type.defaultValue()).append(";\n")
          .append("    boolean s").append(i).append(" = false;\n");
    }
  }

  /** From the locals to the value: the creator, then the setters and fields of what was set. */
  static void construct(ObjectModel m, StringBuilder sb) {
    List<PropertyModel> props = m.properties;
    sb.append("    ").append(m.javaType).append(" o = ").append(m.creatorCall).append("(");
    for (int j = 0; j < m.creatorArity; j++) {
      if (j > 0) sb.append(", ");
      sb.append(creatorArgument(m, j));
    }
    sb.append(");\n");
    for (int i = 0; i < props.size(); i++) {
      PropertyModel p = props.get(i);
      if (!p.isRead() || p.creatorIndex >= 0) continue;
      sb.append("    if (s").append(i).append(") ");
      if (p.setter != null) sb.append("o.").append(p.setter).append("(v").append(i).append(");\n");
      else sb.append("o.").append(p.field).append(" = v").append(i).append(";\n");
    }
    sb.append("    return o;\n  }\n");
  }

  /**
   * " // name" after a case label, for whoever reads the generated code; nothing for a name that a
   * line comment cannot hold as is (javac reads backslash-u escapes even inside comments).
   */
  static String nameComment(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '\\') return "";
    }
    return " // " + name;
  }

  /** The codec's name table, declared just before read(), whose switch it numbers. */
  private static void fieldsConstant(List<String> names, boolean aliased, StringBuilder sb) {
    StringBuilder decl = new StringBuilder("  private static final dev.workers4j.json.JsonFields FIELDS =\n")
        .append("      dev.workers4j.json.JsonFields.").append(aliased ? "aliased" : "of").append("(");
    for (int i = 0; i < names.size(); i++) decl.append(i == 0 ? "" : ", ").append(ValueCode.literal(names.get(i)));
    decl.append(");\n");
    sb.append("\n").append(decl);
  }

  private static String creatorArgument(ObjectModel m, int j) {
    for (int i = 0; i < m.properties.size(); i++) {
      PropertyModel p = m.properties.get(i);
      if (p.creatorIndex == j) return p.isRead() ? "v" + i : p.type.defaultValue();
    }
    return m.creatorTypes.get(j).defaultValue();
  }

  private static void write(ObjectModel m, ValueCode code, StringBuilder sb) {
    for (int i = 0; i < m.properties.size(); i++) {
      PropertyModel p = m.properties.get(i);
      if (!p.isWritten()) continue;
      sb.append("\n  private static final dev.workers4j.json.JsonName N").append(i)
          .append(" = dev.workers4j.json.JsonName.of(").append(ValueCode.literal(p.jsonName)).append(");");
    }
    sb.append("\n");
    sb.append("\n  @Override\n  public void write(JsonWriter w, ").append(m.javaType).append(" value) {\n")
        .append("    if (value == null) {\n      w.nullValue();\n      return;\n    }\n")
        .append("    w.beginObject();\n");
    if (m.typeProperty != null) {
      sb.append("    w.name(").append(ValueCode.literal(m.typeProperty)).append(").value(")
          .append(ValueCode.literal(m.typeId)).append(");\n");
    }
    for (int i = 0; i < m.properties.size(); i++) {
      PropertyModel p = m.properties.get(i);
      if (!p.isWritten()) continue;
      String name = "w.name(N" + i + ");";
      String condition = p.type.primitive ? null : includeCondition(p, "p" + i);
      if (condition == null) {
        sb.append("    ").append(name).append('\n')
            .append("    ").append(code.write(p.type, p.getter)).append('\n');
      } else {
        sb.append("    {\n      ").append(p.type.javaType).append(" p").append(i).append(" = ")
            .append(p.getter).append(";\n")
            .append("      if (").append(condition).append(") {\n")
            .append("        ").append(name).append('\n')
            .append("        ").append(code.write(p.type, "p" + i)).append('\n')
            .append("      }\n    }\n");
      }
    }
    sb.append("    w.endObject();\n  }\n");
  }

  /** The test that decides whether a property is written, or null to always write it. */
  private static String includeCondition(PropertyModel p, String v) {
    boolean optional = p.type.kind == TypeRef.Kind.OPTIONAL;
    boolean emptiable = p.type.kind == TypeRef.Kind.STRING || p.type.isCollection() || p.type.isMap();
    switch (p.include) {
      case "NON_NULL":
        return v + " != null";
      case "NON_ABSENT":
        return optional ? v + " != null && " + v + ".isPresent()" : v + " != null";
      case "NON_EMPTY":
        if (optional) return v + " != null && " + v + ".isPresent()";
        if (emptiable) return v + " != null && !" + v + ".isEmpty()";
        return v + " != null";
      default:
        return null;
    }
  }
}
