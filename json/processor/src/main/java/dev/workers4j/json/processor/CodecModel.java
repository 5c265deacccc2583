package dev.workers4j.json.processor;

import java.util.ArrayList;
import java.util.List;

/** What the processor learned about one type; each kind has its own source writer. */
abstract class CodecModel {
  final String javaType; // fully qualified
  final String codecPackage;
  final String codecSimpleName;
  final String simpleName;

  CodecModel(String javaType, String codecPackage, String codecSimpleName, String simpleName) {
    this.javaType = javaType;
    this.codecPackage = codecPackage;
    this.codecSimpleName = codecSimpleName;
    this.simpleName = simpleName;
  }

  /** A record or class read and written as a JSON object. */
  static final class ObjectModel extends CodecModel {
    final List<PropertyModel> properties = new ArrayList<>();
    /** "new com.x.Foo" or "com.x.Foo.of": called with the creator arguments. */
    String creatorCall;
    int creatorArity;
    /** Java types of the creator arguments (for properties without a JSON counterpart). */
    final List<TypeRef> creatorTypes = new ArrayList<>();
    /** When a subtype of a polymorphic base: the type property and this type's id. */
    String typeProperty;
    String typeId;

    ObjectModel(String javaType, String pkg, String codec, String simpleName) {
      super(javaType, pkg, codec, simpleName);
    }
  }

  /** An enum written as a string. */
  static final class EnumModel extends CodecModel {
    final List<String> constants = new ArrayList<>();
    final List<String> jsonNames = new ArrayList<>();
    /** A @JsonValue method: names are computed from it at class init. */
    String valueMethod;

    EnumModel(String javaType, String pkg, String codec, String simpleName) {
      super(javaType, pkg, codec, simpleName);
    }
  }

  /** A base type whose subtypes are told apart by a type id property. */
  static final class PolymorphicModel extends CodecModel {
    String typeProperty;
    final List<String> ids = new ArrayList<>();
    final List<String> subtypes = new ArrayList<>(); // java type
    final List<String> subtypeCodecs = new ArrayList<>();

    PolymorphicModel(String javaType, String pkg, String codec, String simpleName) {
      super(javaType, pkg, codec, simpleName);
    }
  }

  /** A type written as one value through its @JsonValue method, read through its single-argument creator. */
  static final class ValueModel extends CodecModel {
    TypeRef valueType;
    String valueMethod;
    String creatorCall;

    ValueModel(String javaType, String pkg, String codec, String simpleName) {
      super(javaType, pkg, codec, simpleName);
    }
  }
}
