package dev.workers4j.json.processor;

import dev.workers4j.json.processor.CodecModel.ObjectModel;
import java.util.List;

/**
 * The workerd companion of an object codec: a nested class {@code Js} whose {@code read} is the
 * codec's readTree for an object JSON.parse made. Each property is looked up by its constant name
 * (one {@code @JSBody} per name, which TeaVM writes in place, so each lookup stays monomorphic in
 * V8); strings, numbers, booleans, money strings, lists, sets and Optional are converted in
 * place, without a call into the tree per value; every other type (nested codecs, maps, times,
 * enums) goes through the tree as readTree does. Against generated Java that asks the tree for
 * each property this took workerd's decode of a Shopify order from 2.35 to 1.95 times JSON.parse.
 *
 * <p>Generated only when TeaVM's JSO API is on the class path. The JVM never loads the companion:
 * readTree calls it only on a tree that says {@code isParsedJs()}, which no JVM tree does.
 */
final class JsCompanionSource {
  private static final String VALUES = "dev.workers4j.json.ParsedJsValues";
  /** What an object JSON.parse made inherits from Object.prototype (ES2023, with Annex B's accessors). */
  private static final java.util.Set<String> INHERITED = java.util.Set.of("constructor", "__proto__", "toString",
      "toLocaleString", "valueOf", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "__defineGetter__",
      "__defineSetter__", "__lookupGetter__", "__lookupSetter__");

  private JsCompanionSource() {}

  /** The first statement of readTree: hand a JSON.parse tree to the companion. */
  static String dispatch() {
    return "    if (t.isParsedJs()) return Js.read(t.currentJs(), t);\n";
  }

  static void render(ObjectModel m, ValueCode code, StringBuilder sb) {
    List<PropertyModel> props = m.properties;
    sb.append("\n  /** workerd: readTree over what JSON.parse made, by constant property names. */\n")
        .append("  static final class Js {\n")
        .append("    private Js() {}\n\n")
        .append("    static ").append(m.javaType)
        .append(" read(org.teavm.jso.JSObject parsed, dev.workers4j.json.JsonTree t) {\n")
        .append("      if (!").append(VALUES).append(".isObject(parsed)) throw t.undecided(\"an object\");\n");
    StringBuilder body = new StringBuilder();
    ObjectCodecSource.locals(props, body);
    body.append("    org.teavm.jso.JSObject value;\n");
    for (int i = 0; i < props.size(); i++) {
      PropertyModel p = props.get(i);
      if (!p.isRead()) continue;
      body.append("    value = p").append(i).append("(parsed);").append(ObjectCodecSource.nameComment(p.jsonName)).append('\n')
          .append("    if (!").append(VALUES).append(".isAbsent(value)) {\n");
      convert(p.type, "value", "v" + i, "      ", code, body);
      if (p.nonNull && !p.type.primitive) {
        body.append("      if (v").append(i).append(" == null) throw t.undecided(")
            .append(ValueCode.literal("a null '" + p.jsonName + "'")).append(");\n");
      }
      body.append("      s").append(i).append(" = true;\n    }\n");
    }
    ObjectCodecSource.requiredOnTree(props, body);
    ObjectCodecSource.construct(m, body);
    // One level deeper than the codec's own methods.
    sb.append(body.toString().replaceAll("(?m)^(?=.)", "  "));
    for (int i = 0; i < props.size(); i++) {
      PropertyModel p = props.get(i);
      if (!p.isRead()) continue;
      // A plain lookup, which TeaVM writes into read itself; a name every JS object inherits
      // (toString, __proto__, ...) must read as absent unless the object has it as its own. A
      // Java string literal (pure ASCII, \" \\ and \\u escapes) is a JS one too.
      String script = INHERITED.contains(p.jsonName)
          ? "var ownOrInherited = o[" + ValueCode.literal(p.jsonName) + "];"
              + " return typeof ownOrInherited === 'function' || ownOrInherited === Object.prototype"
              + " ? undefined : ownOrInherited;"
          : "return o[" + ValueCode.literal(p.jsonName) + "];";
      sb.append("\n    @org.teavm.jso.JSBody(params = \"o\", script = ").append(ValueCode.literal(script)).append(")\n")
          .append("    private static native org.teavm.jso.JSObject p").append(i).append("(org.teavm.jso.JSObject o);\n");
    }
    sb.append("  }\n");
  }

  /**
   * Statements setting {@code target} from JS value {@code from}: scalars, decimals, sequences
   * and Optional in place; anything else (codecs, maps, ...) through the tree's readTree code.
   */
  private static void convert(TypeRef t, String from, String target, String indent, ValueCode code, StringBuilder sb) {
    String fast = fastConversion(t, from);
    if (fast != null) {
      sb.append(indent).append(target).append(" = ").append(fast).append(";\n");
    } else if (t.isCollection()) {
      String impl = t.kind == TypeRef.Kind.LIST ? "java.util.ArrayList"
          : t.kind == TypeRef.Kind.SET ? "java.util.LinkedHashSet" : "java.util.TreeSet";
      String depth = String.valueOf(indent.length());
      String array = "array" + depth;
      String element = "element" + depth;
      String item = "item" + depth;
      String c = "c" + depth;
      String i = "i" + depth;
      sb.append(indent).append("if (").append(VALUES).append(".isNull(").append(from).append(")) ").append(target)
          .append(" = null;\n")
          .append(indent).append("else {\n")
          .append(indent).append("  org.teavm.jso.JSObject ").append(array).append(" = ").append(VALUES).append(".array(")
          .append(from).append(", t);\n")
          .append(indent).append("  int size").append(depth).append(" = ").append(VALUES).append(".length(").append(array)
          .append(");\n")
          .append(indent).append("  ").append(impl).append('<').append(t.element.javaType).append("> ").append(c)
          .append(" = new ").append(impl).append(t.kind == TypeRef.Kind.LIST ? "<>(size" + depth + ");\n" : "<>();\n")
          .append(indent).append("  for (int ").append(i).append(" = 0; ").append(i).append(" < size").append(depth)
          .append("; ").append(i).append("++) {\n")
          .append(indent).append("    org.teavm.jso.JSObject ").append(element).append(" = ").append(VALUES)
          .append(".element(").append(array).append(", ").append(i).append(");\n")
          .append(indent).append("    ").append(t.element.javaType).append(' ').append(item).append(";\n");
      convert(t.element, element, item, indent + "    ", code, sb);
      sb.append(indent).append("    ").append(c).append(".add(").append(item).append(");\n")
          .append(indent).append("  }\n")
          .append(indent).append("  ").append(target).append(" = ").append(c).append(";\n")
          .append(indent).append("}\n");
    } else if (t.kind == TypeRef.Kind.OPTIONAL) {
      String item = "item" + indent.length();
      sb.append(indent).append("if (").append(VALUES).append(".isNull(").append(from).append(")) ").append(target)
          .append(" = java.util.Optional.empty();\n")
          .append(indent).append("else {\n")
          .append(indent).append("  ").append(t.element.javaType).append(' ').append(item).append(";\n");
      convert(t.element, from, item, indent + "  ", code, sb);
      sb.append(indent).append("  ").append(target).append(" = java.util.Optional.ofNullable(").append(item).append(");\n")
          .append(indent).append("}\n");
    } else {
      sb.append(indent).append("t.currentJs(").append(from).append(");\n")
          .append(indent).append(target).append(" = ").append(code.readTree(t)).append(";\n");
    }
  }

  /** An expression converting JS value {@code from} in place, or null for the other types. */
  private static String fastConversion(TypeRef t, String from) {
    String method;
    String box;
    switch (t.kind) {
      case STRING:
        return "(" + VALUES + ".isNull(" + from + ") ? null : " + VALUES + ".string(" + from + ", t))";
      case BIG_DECIMAL:
        return "(" + VALUES + ".isNull(" + from + ") ? null : t.decimalJs(" + from + "))";
      case INT: method = "intValue"; box = "java.lang.Integer"; break;
      case LONG: method = "longValue"; box = "java.lang.Long"; break;
      case DOUBLE: method = "doubleValue"; box = "java.lang.Double"; break;
      case BOOLEAN: method = "bool"; box = "java.lang.Boolean"; break;
      default: return null;
    }
    String read = VALUES + "." + method + "(" + from + ", t)";
    if (t.primitive) return read;
    return "(" + VALUES + ".isNull(" + from + ") ? null : " + box + ".valueOf(" + read + "))";
  }
}
