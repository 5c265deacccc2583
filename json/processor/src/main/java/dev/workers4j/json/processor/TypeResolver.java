package dev.workers4j.json.processor;

import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;

/**
 * Maps a Java type to a {@link TypeRef}. A record, class, enum or interface it meets gets a
 * codec of its own: it is handed to the {@link CodecQueue}, unless one already exists.
 */
final class TypeResolver {
  /** Said with an unsupported JDK type, so the user sees the choices. */
  static final String SUPPORTED = "supported: String, primitives and their boxes, BigDecimal, BigInteger, "
      + "Instant, LocalDate, LocalDateTime, OffsetDateTime, UUID, List, Set, SortedSet, Map, SortedMap, "
      + "Optional, and records, classes, enums of your own";

  private final Elements elements;
  private final CodecQueue queue;

  TypeResolver(Elements elements, CodecQueue queue) {
    this.elements = elements;
    this.queue = queue;
  }

  /** Throws {@link UnsupportedTypeException} for types JSON cannot map. */
  TypeRef resolve(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN: return TypeRef.scalar(TypeRef.Kind.BOOLEAN, true, "boolean");
      case BYTE: return TypeRef.scalar(TypeRef.Kind.BYTE, true, "byte");
      case SHORT: return TypeRef.scalar(TypeRef.Kind.SHORT, true, "short");
      case INT: return TypeRef.scalar(TypeRef.Kind.INT, true, "int");
      case LONG: return TypeRef.scalar(TypeRef.Kind.LONG, true, "long");
      case FLOAT: return TypeRef.scalar(TypeRef.Kind.FLOAT, true, "float");
      case DOUBLE: return TypeRef.scalar(TypeRef.Kind.DOUBLE, true, "double");
      case WILDCARD: {
        TypeMirror bound = ((WildcardType) type).getExtendsBound();
        if (bound == null) throw new UnsupportedTypeException("unbounded wildcard " + type);
        return resolve(bound);
      }
      case DECLARED: return resolveDeclared((DeclaredType) type);
      case ARRAY:
        throw new UnsupportedTypeException("arrays are not supported (" + ((ArrayType) type)
            + "); use List");
      default:
        throw new UnsupportedTypeException("unsupported type " + type);
    }
  }

  private TypeRef resolveDeclared(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    List<? extends TypeMirror> args = type.getTypeArguments();
    switch (name) {
      case "java.lang.Boolean": return TypeRef.scalar(TypeRef.Kind.BOOLEAN, false, name);
      case "java.lang.Byte": return TypeRef.scalar(TypeRef.Kind.BYTE, false, name);
      case "java.lang.Short": return TypeRef.scalar(TypeRef.Kind.SHORT, false, name);
      case "java.lang.Integer": return TypeRef.scalar(TypeRef.Kind.INT, false, name);
      case "java.lang.Long": return TypeRef.scalar(TypeRef.Kind.LONG, false, name);
      case "java.lang.Float": return TypeRef.scalar(TypeRef.Kind.FLOAT, false, name);
      case "java.lang.Double": return TypeRef.scalar(TypeRef.Kind.DOUBLE, false, name);
      case "java.lang.String": return TypeRef.scalar(TypeRef.Kind.STRING, false, name);
      case "java.math.BigDecimal": return TypeRef.scalar(TypeRef.Kind.BIG_DECIMAL, false, name);
      case "java.math.BigInteger": return TypeRef.scalar(TypeRef.Kind.BIG_INTEGER, false, name);
      case "java.time.Instant": return TypeRef.codec(name, "dev.workers4j.json.InstantCodec", false);
      case "java.time.LocalDate": return TypeRef.codec(name, "dev.workers4j.json.LocalDateCodec", false);
      case "java.time.OffsetDateTime":
        return TypeRef.codec(name, "dev.workers4j.json.OffsetDateTimeCodec", false);
      case "java.time.LocalDateTime":
        return TypeRef.codec(name, "dev.workers4j.json.LocalDateTimeCodec", false);
      case "java.util.UUID": return TypeRef.codec(name, "dev.workers4j.json.UuidCodec", false);
      case "java.util.List":
      case "java.util.Collection":
      case "java.lang.Iterable":
        return container(TypeRef.Kind.LIST, "java.util.List", args);
      case "java.util.Set":
        return container(TypeRef.Kind.SET, "java.util.Set", args);
      case "java.util.SortedSet":
      case "java.util.NavigableSet":
        return container(TypeRef.Kind.SORTED_SET, "java.util.SortedSet", args);
      case "java.util.Optional":
        return container(TypeRef.Kind.OPTIONAL, "java.util.Optional", args);
      case "java.util.Map":
        return map(TypeRef.Kind.MAP, "java.util.Map", args);
      case "java.util.SortedMap":
      case "java.util.NavigableMap":
        return map(TypeRef.Kind.SORTED_MAP, "java.util.SortedMap", args);
      default:
        break;
    }
    if (name.startsWith("java.") || name.startsWith("javax.")) {
      throw new UnsupportedTypeException("no JSON mapping for " + name + " (" + SUPPORTED + ")");
    }
    if (!args.isEmpty()) {
      throw new UnsupportedTypeException("generic type " + type + " is not supported; use a concrete record");
    }
    boolean isEnum = element.getKind() == ElementKind.ENUM;
    return TypeRef.codec(name, queue.codecFor(element), isEnum);
  }

  private TypeRef container(TypeRef.Kind kind, String raw, List<? extends TypeMirror> args) {
    if (args.size() != 1) throw new UnsupportedTypeException("raw " + raw + " needs a type argument");
    TypeRef element = resolve(args.get(0));
    return TypeRef.container(kind, raw + "<" + element.javaType + ">", element, null);
  }

  private TypeRef map(TypeRef.Kind kind, String raw, List<? extends TypeMirror> args) {
    if (args.size() != 2) throw new UnsupportedTypeException("raw " + raw + " needs type arguments");
    TypeRef key = resolve(args.get(0));
    boolean keyOk = key.kind == TypeRef.Kind.STRING || key.kind == TypeRef.Kind.LONG
        || key.kind == TypeRef.Kind.INT || key.isEnum;
    if (!keyOk) throw new UnsupportedTypeException("map keys must be String, Long, Integer or an enum");
    TypeRef value = resolve(args.get(1));
    return TypeRef.container(kind, raw + "<" + key.javaType + ", " + value.javaType + ">", value, key);
  }

  /** Spelling of a declared type without type-use annotations (which toString() would include). */
  static String spell(Element element) {
    return ((TypeElement) element).getQualifiedName().toString();
  }

  static final class UnsupportedTypeException extends RuntimeException {
    UnsupportedTypeException(String message) {
      super(message);
    }
  }
}
