package dev.workers4j.json.processor;

import dev.workers4j.json.processor.CodecModel.EnumModel;
import dev.workers4j.json.processor.CodecModel.PolymorphicModel;
import dev.workers4j.json.processor.CodecModel.ValueModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/** Decides which kind of codec a type gets and builds its model (objects: {@link ObjectModelFactory}). */
final class ModelFactory {
  private final Elements elements;
  private final TypeResolver resolver;
  private final CodecQueue queue;
  private final ObjectModelFactory objects;

  ModelFactory(Elements elements, javax.lang.model.util.Types types, TypeResolver resolver,
      CodecQueue queue) {
    this.elements = elements;
    this.resolver = resolver;
    this.queue = queue;
    this.objects = new ObjectModelFactory(elements, types, resolver);
  }

  /** Throws {@link ModelException} with a message for the user when the type cannot be mapped. */
  CodecModel build(TypeElement type) {
    if (!type.getTypeParameters().isEmpty()) {
      throw new ModelException("generic types cannot get a codec; use a concrete record", type);
    }
    String javaType = type.getQualifiedName().toString();
    String pkg = CodecQueue.packageOf(type);
    String codec = CodecQueue.simpleCodecName(type);
    String simple = type.getSimpleName().toString();
    if (type.getKind() == ElementKind.ENUM) return enumModel(type, javaType, pkg, codec, simple);
    if (Annotations.has(type, Annotations.JSON_TYPE_INFO)) {
      return polymorphic(type, javaType, pkg, codec, simple);
    }
    ExecutableElement jsonValue = findJsonValue(type);
    if (jsonValue != null) return valueModel(type, jsonValue, javaType, pkg, codec, simple);
    if (type.getKind() == ElementKind.INTERFACE || type.getModifiers().contains(Modifier.ABSTRACT)) {
      throw new ModelException(
          "an interface or abstract class needs @JsonTypeInfo(use = NAME) and subtypes", type);
    }
    return objects.build(type, javaType, pkg, codec, simple);
  }

  private EnumModel enumModel(TypeElement type, String javaType, String pkg, String codec,
      String simple) {
    EnumModel m = new EnumModel(javaType, pkg, codec, simple);
    for (Element e : type.getEnclosedElements()) {
      if (e.getKind() != ElementKind.ENUM_CONSTANT) continue;
      String name = e.getSimpleName().toString();
      m.constants.add(name);
      m.jsonNames.add(Annotations.string(Annotations.find(e, Annotations.JSON_PROPERTY), "value", name));
    }
    ExecutableElement value = findJsonValue(type);
    if (value != null) {
      if (!value.getReturnType().toString().equals("java.lang.String")) {
        throw new ModelException("@JsonValue on an enum must return String", value);
      }
      m.valueMethod = value.getSimpleName().toString();
    }
    return m;
  }

  private PolymorphicModel polymorphic(TypeElement type, String javaType, String pkg,
      String codec, String simple) {
    AnnotationMirror info = Annotations.find(type, Annotations.JSON_TYPE_INFO);
    String use = Annotations.enumName(info, "use", "NAME");
    if (!use.equals("NAME")) {
      throw new ModelException("only @JsonTypeInfo(use = Id.NAME) is supported, not " + use, type);
    }
    String include = Annotations.enumName(info, "include", "PROPERTY");
    if (!include.equals("PROPERTY") && !include.equals("EXISTING_PROPERTY")) {
      throw new ModelException("only include = PROPERTY or EXISTING_PROPERTY is supported", type);
    }
    PolymorphicModel m = new PolymorphicModel(javaType, pkg, codec, simple);
    m.typeProperty = TypeIds.property(type);
    for (TypeElement sub : subtypes(type)) {
      m.ids.add(TypeIds.idOf(type, sub, elements));
      m.subtypes.add(sub.getQualifiedName().toString());
      m.subtypeCodecs.add(queue.codecFor(sub));
    }
    if (m.subtypes.isEmpty()) {
      throw new ModelException("no subtypes: use a sealed type or @JsonSubTypes", type);
    }
    return m;
  }

  /** @JsonSubTypes entries, else the permitted subclasses of a sealed type. */
  private List<TypeElement> subtypes(TypeElement type) {
    List<TypeElement> out = new ArrayList<>();
    AnnotationMirror subTypes = Annotations.find(type, Annotations.JSON_SUB_TYPES);
    for (Object o : Annotations.list(subTypes, "value")) {
      TypeMirror value = (TypeMirror) Annotations.explicit((AnnotationMirror) o, "value");
      out.add((TypeElement) ((DeclaredType) value).asElement());
    }
    if (out.isEmpty()) {
      for (TypeMirror permitted : type.getPermittedSubclasses()) {
        out.add((TypeElement) ((DeclaredType) permitted).asElement());
      }
    }
    return out;
  }

  private ValueModel valueModel(TypeElement type, ExecutableElement jsonValue, String javaType,
      String pkg, String codec, String simple) {
    ValueModel m = new ValueModel(javaType, pkg, codec, simple);
    m.valueMethod = jsonValue.getSimpleName().toString();
    m.valueType = resolver.resolve(jsonValue.getReturnType());
    for (ExecutableElement c : creators(type)) {
      if (c.getParameters().size() != 1) continue;
      boolean annotated = Annotations.has(c, Annotations.JSON_CREATOR);
      if (annotated || c.getKind() == ElementKind.CONSTRUCTOR) {
        m.creatorCall = ObjectModelFactory.callOf(c, javaType);
        if (annotated) break;
      }
    }
    if (m.creatorCall == null) {
      throw new ModelException("@JsonValue type needs a one-argument constructor or @JsonCreator", type);
    }
    return m;
  }

  private static List<ExecutableElement> creators(TypeElement type) {
    List<ExecutableElement> out = new ArrayList<>();
    for (ExecutableElement c : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (!c.getModifiers().contains(Modifier.PRIVATE)) out.add(c);
    }
    for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (m.getModifiers().contains(Modifier.STATIC) && Annotations.has(m, Annotations.JSON_CREATOR)) {
        out.add(m);
      }
    }
    return out;
  }

  private static ExecutableElement findJsonValue(TypeElement type) {
    for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
      AnnotationMirror v = Annotations.find(m, Annotations.JSON_VALUE);
      if (v != null && Annotations.bool(v, "value", true) && m.getParameters().isEmpty()
          && m.getReturnType().getKind() != TypeKind.VOID) {
        return m;
      }
    }
    return null;
  }

  /** A mapping problem to report on an element. */
  static final class ModelException extends RuntimeException {
    final Element element;

    ModelException(String message, Element element) {
      super(message);
      this.element = element;
    }
  }
}
