package dev.workers4j.json.processor;

import dev.workers4j.json.processor.CodecModel.ObjectModel;
import dev.workers4j.json.processor.ModelFactory.ModelException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Properties of a record (its components) or a class (its fields, reached through non-private
 * fields or getters/setters), plus the creator that builds it.
 */
final class ObjectModelFactory {
  private final Elements elements;
  private final Types types;
  private final TypeResolver resolver;
  /** The current type's unmappable properties. */
  private List<ModelException> problems;

  ObjectModelFactory(Elements elements, Types types, TypeResolver resolver) {
    this.elements = elements;
    this.types = types;
    this.resolver = resolver;
  }

  /**
   * Throws {@link ModelException} for a problem with the type itself, or {@link ModelProblems}
   * with every property that cannot be mapped (all of them, so one build reports them all).
   */
  ObjectModel build(TypeElement type, String javaType, String pkg, String codec, String simple) {
    problems = new ArrayList<>();
    ObjectModel m = new ObjectModel(javaType, pkg, codec, simple);
    Map<String, PropertyModel> props = new LinkedHashMap<>();
    Map<String, List<Element>> annotated = new LinkedHashMap<>();
    if (type.getKind() == ElementKind.RECORD) {
      recordProperties(type, m, props, annotated);
    } else {
      classProperties(type, props, annotated);
    }
    ExecutableElement creator = explicitCreator(type);
    if (creator != null) applyCreator(creator, m, props, annotated);
    if (m.creatorCall == null) {
      if (type.getKind() != ElementKind.RECORD && !hasNoArgConstructor(type)) {
        throw new ModelException("a class needs a non-private no-arg constructor or @JsonCreator", type);
      }
      if (type.getKind() != ElementKind.RECORD) m.creatorCall = "new " + javaType;
    }
    ClassDefaults defaults = new ClassDefaults(type);
    Set<String> explicitNames = new HashSet<>();
    for (PropertyModel p : props.values()) {
      try {
        applyAnnotations(p, annotated.get(p.javaName), defaults, explicitNames);
      } catch (ModelException e) {
        problems.add(onField(type, e));
      }
    }
    if (!problems.isEmpty()) throw new ModelProblems(problems);
    for (PropertyModel p : props.values()) {
      if (!explicitNames.contains(p.javaName) && defaults.naming != null) {
        p.jsonName = NamingStrategy.apply(defaults.naming, p.javaName);
      }
      if (defaults.ignored.contains(p.jsonName)) p.ignored = true;
    }
    m.properties.addAll(order(props, defaults));
    polymorphicBase(type, m);
    return m;
  }

  private void recordProperties(TypeElement type, ObjectModel m, Map<String, PropertyModel> props,
      Map<String, List<Element>> annotated) {
    List<? extends RecordComponentElement> components = type.getRecordComponents();
    ExecutableElement canonical = canonicalConstructor(type, components);
    m.creatorCall = "new " + type.getQualifiedName();
    m.creatorArity = components.size();
    for (int i = 0; i < components.size(); i++) {
      RecordComponentElement rc = components.get(i);
      String name = rc.getSimpleName().toString();
      PropertyModel p = new PropertyModel(name);
      // javac places diagnostics on a record's field (its header's declaration), not on the component.
      VariableElement field = field(type, name);
      p.type = resolveFor(rc.asType(), field != null ? field : rc);
      p.getter = "value." + name + "()";
      p.creatorIndex = i;
      m.creatorTypes.add(p.type);
      List<Element> sources = new ArrayList<>();
      sources.add(rc);
      sources.add(rc.getAccessor());
      sources.add(field);
      if (canonical != null) sources.add(canonical.getParameters().get(i));
      props.put(name, p);
      annotated.put(name, sources);
    }
  }

  private void classProperties(TypeElement type, Map<String, PropertyModel> props,
      Map<String, List<Element>> annotated) {
    List<VariableElement> fields = new ArrayList<>();
    collectFields(type, fields);
    List<ExecutableElement> methods = ElementFilter.methodsIn(elements.getAllMembers(type));
    for (VariableElement f : fields) {
      String name = f.getSimpleName().toString();
      boolean visible = !f.getModifiers().contains(Modifier.PRIVATE);
      String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
      ExecutableElement getter = method(methods, "get" + cap, 0);
      if (getter == null && f.asType().getKind() == TypeKind.BOOLEAN) getter = method(methods, "is" + cap, 0);
      ExecutableElement setter = method(methods, "set" + cap, 1);
      if (!visible && getter == null && setter == null) {
        if (Annotations.has(f, Annotations.JSON_PROPERTY)) {
          problems.add(new ModelException(propertyLabel(f) + ": private field without getter or setter: "
              + "the generated codec cannot reach it (make it package-private or add accessors)", f));
        }
        continue; // Jackson ignores such fields too
      }
      PropertyModel p = new PropertyModel(name);
      p.type = resolveFor(f.asType(), f);
      p.getter = getter != null ? "value." + getter.getSimpleName() + "()" : visible ? "value." + name : null;
      if (setter != null) p.setter = setter.getSimpleName().toString();
      else if (visible && !f.getModifiers().contains(Modifier.FINAL)) p.field = name;
      List<Element> sources = new ArrayList<>();
      sources.add(f);
      if (getter != null) sources.add(getter);
      if (setter != null) sources.add(setter);
      props.put(name, p);
      annotated.put(name, sources);
    }
  }

  private void collectFields(TypeElement type, List<VariableElement> out) {
    TypeMirror superclass = type.getSuperclass();
    if (superclass.getKind() == TypeKind.DECLARED) {
      TypeElement sup = (TypeElement) ((DeclaredType) superclass).asElement();
      if (!sup.getQualifiedName().toString().startsWith("java.")) collectFields(sup, out);
    }
    for (VariableElement f : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      Set<Modifier> mods = f.getModifiers();
      if (!mods.contains(Modifier.STATIC) && !mods.contains(Modifier.TRANSIENT)) out.add(f);
    }
  }

  /** @JsonCreator constructor or static factory (properties mode), or null. */
  private ExecutableElement explicitCreator(TypeElement type) {
    for (Element e : type.getEnclosedElements()) {
      if ((e.getKind() == ElementKind.CONSTRUCTOR || e.getKind() == ElementKind.METHOD)
          && Annotations.has(e, Annotations.JSON_CREATOR)) {
        AnnotationMirror c = Annotations.find(e, Annotations.JSON_CREATOR);
        if (Annotations.enumName(c, "mode", "DEFAULT").equals("DISABLED")) continue;
        return (ExecutableElement) e;
      }
    }
    return null;
  }

  /** Maps creator parameters to properties by JSON name (or Java name); others become new properties. */
  private void applyCreator(ExecutableElement creator, ObjectModel m, Map<String, PropertyModel> props,
      Map<String, List<Element>> annotated) {
    for (PropertyModel p : props.values()) p.creatorIndex = -1;
    m.creatorCall = callOf(creator, m.javaType);
    m.creatorArity = creator.getParameters().size();
    m.creatorTypes.clear();
    for (int i = 0; i < creator.getParameters().size(); i++) {
      VariableElement param = creator.getParameters().get(i);
      String jsonName = Annotations.string(
          Annotations.find(param, Annotations.JSON_PROPERTY), "value", param.getSimpleName().toString());
      PropertyModel target = null;
      for (PropertyModel p : props.values()) {
        String pName = Annotations.string(firstJsonProperty(annotated.get(p.javaName)), "value", p.javaName);
        if (pName.equals(jsonName) || p.javaName.equals(jsonName)) target = p;
      }
      if (target == null) {
        target = new PropertyModel(jsonName);
        target.type = resolveFor(param.asType(), param);
        props.put(jsonName, target);
        annotated.put(jsonName, new ArrayList<>());
      }
      target.creatorIndex = i;
      target.setter = null;
      target.field = null;
      annotated.get(target.javaName).add(param);
      m.creatorTypes.add(target.type);
    }
  }

  private static AnnotationMirror firstJsonProperty(List<Element> sources) {
    for (Element e : sources) {
      AnnotationMirror a = Annotations.find(e, Annotations.JSON_PROPERTY);
      if (a != null && Annotations.explicit(a, "value") != null) return a;
    }
    return null;
  }

  static String callOf(ExecutableElement creator, String javaType) {
    return creator.getKind() == ElementKind.CONSTRUCTOR
        ? "new " + javaType
        : javaType + "." + creator.getSimpleName();
  }

  private void applyAnnotations(PropertyModel p, List<Element> sources, ClassDefaults defaults,
      Set<String> explicitNames) {
    p.include = defaults.include;
    for (Element e : sources) {
      if (e == null) continue;
      AnnotationMirror ignore = Annotations.find(e, Annotations.JSON_IGNORE);
      if (ignore != null && Annotations.bool(ignore, "value", true)) p.ignored = true;
      AnnotationMirror prop = Annotations.find(e, Annotations.JSON_PROPERTY);
      if (prop != null) {
        String name = Annotations.string(prop, "value", "");
        if (!name.isEmpty()) {
          p.jsonName = name;
          explicitNames.add(p.javaName);
        }
        if (Annotations.bool(prop, "required", false)) p.required = true;
        String access = Annotations.enumName(prop, "access", "AUTO");
        if (access.equals("READ_ONLY")) p.readOnly = true;
        if (access.equals("WRITE_ONLY")) p.writeOnly = true;
      }
      for (Object alias : Annotations.list(Annotations.find(e, Annotations.JSON_ALIAS), "value")) {
        if (!p.aliases.contains(alias.toString())) p.aliases.add(alias.toString());
      }
      AnnotationMirror format = Annotations.find(e, Annotations.JSON_FORMAT);
      if (format != null && Annotations.enumName(format, "shape", "ANY").equals("STRING")) {
        TypeRef shaped = p.type.stringShaped();
        if (shaped == null) {
          throw new ModelException(propertyLabel(e) + ": @JsonFormat(shape = STRING) is supported on "
              + "BigDecimal properties only", e);
        }
        p.type = shaped;
      }
      AnnotationMirror include = Annotations.find(e, Annotations.JSON_INCLUDE);
      if (include != null) p.include = includeOf(include);
      if (Annotations.hasNonNull(e)) {
        p.required = true;
        p.nonNull = true;
      }
    }
    if (p.type.primitive) p.required = true;
  }

  static String includeOf(AnnotationMirror include) {
    String v = Annotations.enumName(include, "value", "ALWAYS");
    switch (v) {
      case "NON_NULL":
      case "NON_ABSENT":
      case "NON_EMPTY":
        return v;
      case "NON_DEFAULT":
        return "NON_EMPTY";
      default:
        return "ALWAYS";
    }
  }

  /** @JsonPropertyOrder names first, in that order; the rest in declaration order. */
  private static List<PropertyModel> order(Map<String, PropertyModel> props, ClassDefaults defaults) {
    List<PropertyModel> out = new ArrayList<>();
    for (String name : defaults.order) {
      for (PropertyModel p : props.values()) {
        if ((p.jsonName.equals(name) || p.javaName.equals(name)) && !out.contains(p)) out.add(p);
      }
    }
    for (PropertyModel p : props.values()) if (!out.contains(p)) out.add(p);
    return out;
  }

  /** Links a subtype to the @JsonTypeInfo base it implements, so it writes its type id. */
  private void polymorphicBase(TypeElement type, ObjectModel m) {
    List<TypeMirror> supers = new ArrayList<>(type.getInterfaces());
    supers.add(type.getSuperclass());
    for (TypeMirror s : supers) {
      if (s.getKind() != TypeKind.DECLARED) continue;
      TypeElement base = (TypeElement) ((DeclaredType) s).asElement();
      AnnotationMirror info = Annotations.find(base, Annotations.JSON_TYPE_INFO);
      if (info == null) continue;
      if (Annotations.enumName(info, "include", "PROPERTY").equals("PROPERTY")) {
        m.typeProperty = TypeIds.property(base);
        m.typeId = TypeIds.idOf(base, type, elements);
      }
      return;
    }
  }

  /**
   * The property's type, or (recording the problem against the property's element, so javac
   * shows its line) a stand-in that lets the other properties be checked too.
   */
  private TypeRef resolveFor(TypeMirror type, Element where) {
    try {
      return resolver.resolve(type);
    } catch (TypeResolver.UnsupportedTypeException e) {
      problems.add(new ModelException(propertyLabel(where) + ": " + e.getMessage(), where));
      return TypeRef.scalar(TypeRef.Kind.STRING, false, "java.lang.String");
    }
  }

  /**
   * A record's problem placed on its field, the component in the header: javac cannot place one
   * on the component itself, nor on the accessor and constructor parameter it generates from it.
   */
  private static ModelException onField(TypeElement type, ModelException e) {
    if (type.getKind() != ElementKind.RECORD) return e;
    VariableElement field = field(type, e.element.getSimpleName().toString());
    return field == null ? e : new ModelException(e.getMessage(), field);
  }

  /** {@code record Order, property 'id'}: where a property's problem is, in the user's words. */
  static String propertyLabel(Element property) {
    Element owner = property.getEnclosingElement();
    if (owner.getKind() == ElementKind.CONSTRUCTOR || owner.getKind() == ElementKind.METHOD) {
      owner = owner.getEnclosingElement(); // a creator's parameter
    }
    String kind = owner.getKind() == ElementKind.RECORD ? "record" : "class";
    return kind + " " + owner.getSimpleName() + ", property '" + property.getSimpleName() + "'";
  }

  /** Several properties of one type that cannot be mapped, each on its own element. */
  static final class ModelProblems extends RuntimeException {
    final List<ModelException> problems;

    ModelProblems(List<ModelException> problems) {
      super(problems.size() + " unmappable properties");
      this.problems = List.copyOf(problems);
    }
  }

  private ExecutableElement canonicalConstructor(TypeElement type,
      List<? extends RecordComponentElement> components) {
    for (ExecutableElement c : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      List<? extends VariableElement> params = c.getParameters();
      if (params.size() != components.size()) continue;
      boolean same = true;
      for (int i = 0; i < params.size() && same; i++) {
        same = types.isSameType(types.erasure(params.get(i).asType()),
            types.erasure(components.get(i).asType()));
      }
      if (same) return c;
    }
    return null;
  }

  private static VariableElement field(TypeElement type, String name) {
    for (VariableElement f : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (f.getSimpleName().contentEquals(name)) return f;
    }
    return null;
  }

  private static ExecutableElement method(List<ExecutableElement> methods, String name, int arity) {
    for (ExecutableElement m : methods) {
      if (m.getSimpleName().contentEquals(name) && m.getParameters().size() == arity
          && !m.getModifiers().contains(Modifier.PRIVATE) && !m.getModifiers().contains(Modifier.STATIC)) {
        return m;
      }
    }
    return null;
  }

  private static boolean hasNoArgConstructor(TypeElement type) {
    for (ExecutableElement c : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE)) return true;
    }
    return false;
  }

  /** Class-level settings: @JsonInclude, @JsonIgnoreProperties, @JsonNaming, @JsonPropertyOrder. */
  private static final class ClassDefaults {
    final String include;
    final Set<String> ignored = new HashSet<>();
    final String naming;
    final List<String> order = new ArrayList<>();

    ClassDefaults(TypeElement type) {
      AnnotationMirror inc = Annotations.find(type, Annotations.JSON_INCLUDE);
      include = inc == null ? "ALWAYS" : includeOf(inc);
      for (Object o : Annotations.list(Annotations.find(type, Annotations.JSON_IGNORE_PROPERTIES), "value")) {
        ignored.add(o.toString());
      }
      Object strategy = Annotations.explicit(Annotations.find(type, Annotations.JSON_NAMING), "value");
      if (strategy instanceof DeclaredType) {
        String simple = ((DeclaredType) strategy).asElement().getSimpleName().toString();
        if (!NamingStrategy.known(simple)) {
          throw new ModelException("unsupported @JsonNaming strategy " + simple, type);
        }
        naming = simple;
      } else {
        naming = null;
      }
      for (Object o : Annotations.list(Annotations.find(type, Annotations.JSON_PROPERTY_ORDER), "value")) {
        order.add(o.toString());
      }
    }
  }
}
