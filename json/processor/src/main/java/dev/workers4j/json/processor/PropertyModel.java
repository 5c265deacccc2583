package dev.workers4j.json.processor;

import java.util.ArrayList;
import java.util.List;

/** One JSON property of an object codec: how it is named, read from JSON, and written. */
final class PropertyModel {
  final String javaName;
  String jsonName;
  final List<String> aliases = new ArrayList<>();
  TypeRef type;
  /** Expression reading the value from {@code value} for writing, e.g. "value.total()"; null = not written. */
  String getter;
  /** Index in the creator's arguments, or -1. */
  int creatorIndex = -1;
  /** Setter method name, or null. */
  String setter;
  /** Field assigned directly (non-private, non-final), or null. */
  String field;
  boolean required;
  /** A non-null annotation: an explicit JSON null is an error too. */
  boolean nonNull;
  /** ALWAYS, NON_NULL, NON_ABSENT, NON_EMPTY. */
  String include = "ALWAYS";
  boolean ignored;
  boolean readOnly; // JsonProperty.Access.READ_ONLY: written, never read
  boolean writeOnly; // JsonProperty.Access.WRITE_ONLY: read, never written

  PropertyModel(String javaName) {
    this.javaName = javaName;
    this.jsonName = javaName;
  }

  boolean isRead() {
    return !ignored && !readOnly && (creatorIndex >= 0 || setter != null || field != null);
  }

  boolean isWritten() {
    return !ignored && !writeOnly && getter != null;
  }
}
