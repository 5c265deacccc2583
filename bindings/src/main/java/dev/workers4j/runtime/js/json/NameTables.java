package dev.workers4j.runtime.js.json;

import static dev.workers4j.json.ParsedJsValues.isAbsent;
import static dev.workers4j.runtime.js.json.ParsedJs.arrayElement;
import static dev.workers4j.runtime.js.json.ParsedJs.newArray;
import static dev.workers4j.runtime.js.json.ParsedJs.setElement;
import static dev.workers4j.runtime.js.json.ParsedJs.setString;

import dev.workers4j.json.JsonFields;
import org.teavm.jso.JSObject;

/** Each JsonFields' names as a JS array of JS strings, built once, for lookups by name. */
final class NameTables {
  private static final JSObject TABLES = newArray();

  private NameTables() {}

  static JSObject of(JsonFields fields) {
    JSObject table = arrayElement(TABLES, fields.id());
    if (isAbsent(table)) {
      table = newArray();
      for (int i = 0; i < fields.size(); i++) setString(table, i, fields.name(i));
      setElement(TABLES, fields.id(), table);
    }
    return table;
  }
}
