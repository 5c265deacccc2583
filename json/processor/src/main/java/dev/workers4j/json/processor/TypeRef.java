package dev.workers4j.json.processor;

/** How one Java type is read and written: a scalar, a container, or a type with its own codec. */
final class TypeRef {
  enum Kind {
    BOOLEAN, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE,
    STRING, BIG_DECIMAL, BIG_INTEGER,
    /** A type with a codec class: generated (records, classes, enums, sealed) or a time codec. */
    CODEC,
    LIST, SET, SORTED_SET, MAP, SORTED_MAP, OPTIONAL
  }

  final Kind kind;
  /** Primitive (int) rather than boxed (Integer); only for the numeric and boolean kinds. */
  final boolean primitive;
  /** Source spelling, fully qualified, with type arguments. */
  final String javaType;
  /** CODEC: fully qualified codec class with a static INSTANCE. */
  final String codecClass;
  /** CODEC: an enum (its codec can convert map keys). */
  final boolean isEnum;
  /** Containers: element (LIST, SET, OPTIONAL) or value (MAP) type. */
  final TypeRef element;
  /** MAP: key type (STRING, LONG, INT or an enum CODEC). */
  final TypeRef key;
  /** BIG_DECIMAL written as a JSON string ({@code @JsonFormat(shape = STRING)}, as Shopify sends money). */
  final boolean asString;

  TypeRef(Kind kind, boolean primitive, String javaType, String codecClass, boolean isEnum,
      TypeRef element, TypeRef key) {
    this(kind, primitive, javaType, codecClass, isEnum, element, key, false);
  }

  private TypeRef(Kind kind, boolean primitive, String javaType, String codecClass, boolean isEnum,
      TypeRef element, TypeRef key, boolean asString) {
    this.kind = kind;
    this.primitive = primitive;
    this.javaType = javaType;
    this.codecClass = codecClass;
    this.isEnum = isEnum;
    this.element = element;
    this.key = key;
    this.asString = asString;
  }

  /**
   * The same type written as a JSON string: a BigDecimal, or an Optional of one; null when the
   * type has no string shape.
   */
  TypeRef stringShaped() {
    if (kind == Kind.BIG_DECIMAL) return new TypeRef(kind, false, javaType, null, false, null, null, true);
    if (kind == Kind.OPTIONAL && element.kind == Kind.BIG_DECIMAL) {
      return new TypeRef(kind, false, javaType, null, false, element.stringShaped(), null, false);
    }
    return null;
  }

  static TypeRef scalar(Kind kind, boolean primitive, String javaType) {
    return new TypeRef(kind, primitive, javaType, null, false, null, null);
  }

  static TypeRef codec(String javaType, String codecClass, boolean isEnum) {
    return new TypeRef(Kind.CODEC, false, javaType, codecClass, isEnum, null, null);
  }

  static TypeRef container(Kind kind, String javaType, TypeRef element, TypeRef key) {
    return new TypeRef(kind, false, javaType, null, false, element, key);
  }

  boolean isCollection() {
    return kind == Kind.LIST || kind == Kind.SET || kind == Kind.SORTED_SET;
  }

  boolean isMap() {
    return kind == Kind.MAP || kind == Kind.SORTED_MAP;
  }

  /** The Java default a missing, non-required value gets. */
  String defaultValue() {
    if (!primitive) return kind == Kind.OPTIONAL ? "java.util.Optional.empty()" : "null";
    switch (kind) {
      case BOOLEAN: return "false";
      case FLOAT: return "0f";
      case DOUBLE: return "0d";
      case LONG: return "0L";
      case BYTE: return "(byte) 0";
      case SHORT: return "(short) 0";
      default: return "0";
    }
  }

  /** A key identifying the type for helper-method reuse. */
  String signature() {
    return kind + ":" + javaType + (asString || (element != null && element.asString) ? ":string" : "");
  }
}
