package dev.workers4j.json.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Jackson's rules for a subtype's type id under {@code @JsonTypeInfo(use = NAME)}. */
final class TypeIds {
  private TypeIds() {}

  /** The type property of a base type: JsonTypeInfo.property, defaulting to "@type". */
  static String property(TypeElement base) {
    AnnotationMirror info = Annotations.find(base, Annotations.JSON_TYPE_INFO);
    String p = Annotations.string(info, "property", "");
    return p.isEmpty() ? "@type" : p;
  }

  /** The base's @JsonSubTypes name, else the subtype's @JsonTypeName, else Jackson's default. */
  static String idOf(TypeElement base, TypeElement sub, Elements elements) {
    AnnotationMirror subTypes = Annotations.find(base, Annotations.JSON_SUB_TYPES);
    for (Object o : Annotations.list(subTypes, "value")) {
      AnnotationMirror type = (AnnotationMirror) o;
      TypeMirror value = (TypeMirror) Annotations.explicit(type, "value");
      if (value != null && ((DeclaredType) value).asElement().equals(sub)) {
        String name = Annotations.string(type, "name", "");
        if (!name.isEmpty()) return name;
      }
    }
    AnnotationMirror typeName = Annotations.find(sub, Annotations.JSON_TYPE_NAME);
    String name = Annotations.string(typeName, "value", "");
    if (!name.isEmpty()) return name;
    // Jackson's default: the binary name after the package, so nested types read "Outer$Inner".
    String binary = elements.getBinaryName(sub).toString();
    return binary.substring(binary.lastIndexOf('.') + 1);
  }
}
