package dev.workers4j.json.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads annotations by name from mirrors: the processor needs no jackson-annotations on its own
 * classpath, and class-valued members (JsonSubTypes.Type.value) cannot be read reflectively here.
 */
final class Annotations {
  static final String PKG = "com.fasterxml.jackson.annotation.";
  static final String JSON_PROPERTY = PKG + "JsonProperty";
  static final String JSON_IGNORE = PKG + "JsonIgnore";
  static final String JSON_INCLUDE = PKG + "JsonInclude";
  static final String JSON_CREATOR = PKG + "JsonCreator";
  static final String JSON_VALUE = PKG + "JsonValue";
  static final String JSON_TYPE_INFO = PKG + "JsonTypeInfo";
  static final String JSON_SUB_TYPES = PKG + "JsonSubTypes";
  static final String JSON_TYPE_NAME = PKG + "JsonTypeName";
  static final String JSON_ALIAS = PKG + "JsonAlias";
  static final String JSON_IGNORE_PROPERTIES = PKG + "JsonIgnoreProperties";
  static final String JSON_PROPERTY_ORDER = PKG + "JsonPropertyOrder";
  static final String JSON_FORMAT = PKG + "JsonFormat";
  static final String JSON_NAMING = "com.fasterxml.jackson.databind.annotation.JsonNaming";

  private Annotations() {}

  static AnnotationMirror find(Element e, String name) {
    if (e == null) return null;
    for (AnnotationMirror m : e.getAnnotationMirrors()) {
      TypeElement t = (TypeElement) m.getAnnotationType().asElement();
      if (t.getQualifiedName().contentEquals(name)) return m;
    }
    return null;
  }

  static boolean has(Element e, String name) {
    return find(e, name) != null;
  }

  /** An explicitly given member value, or null when the default applies. */
  static Object explicit(AnnotationMirror m, String member) {
    if (m == null) return null;
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> en :
        m.getElementValues().entrySet()) {
      if (en.getKey().getSimpleName().contentEquals(member)) return en.getValue().getValue();
    }
    return null;
  }

  static String string(AnnotationMirror m, String member, String fallback) {
    Object v = explicit(m, member);
    return v == null ? fallback : v.toString();
  }

  static boolean bool(AnnotationMirror m, String member, boolean fallback) {
    Object v = explicit(m, member);
    return v == null ? fallback : (Boolean) v;
  }

  /** The constant name of an enum-valued member (e.g. "NON_NULL"), or fallback. */
  static String enumName(AnnotationMirror m, String member, String fallback) {
    Object v = explicit(m, member);
    return v instanceof VariableElement ? ((VariableElement) v).getSimpleName().toString() : fallback;
  }

  /** A member that is an array (or a single value written without braces). */
  static List<Object> list(AnnotationMirror m, String member) {
    List<Object> out = new ArrayList<>();
    Object v = explicit(m, member);
    if (v instanceof List) {
      for (Object o : (List<?>) v) out.add(((AnnotationValue) o).getValue());
    } else if (v != null) {
      out.add(v);
    }
    return out;
  }

  /** Any annotation (declaration or type use) named NonNull / Nonnull / NotNull, from any package. */
  static boolean hasNonNull(Element e) {
    if (e == null) return false;
    List<AnnotationMirror> all = new ArrayList<>(e.getAnnotationMirrors());
    all.addAll(e.asType().getAnnotationMirrors());
    for (AnnotationMirror m : all) {
      String n = m.getAnnotationType().asElement().getSimpleName().toString();
      if (n.equals("NonNull") || n.equals("Nonnull") || n.equals("NotNull")) return true;
    }
    return false;
  }
}
