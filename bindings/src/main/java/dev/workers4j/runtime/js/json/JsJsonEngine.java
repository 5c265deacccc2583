package dev.workers4j.runtime.js.json;

import dev.workers4j.json.JsonEngine;
import dev.workers4j.json.JsonTree;
import dev.workers4j.json.JsonWriter;
import dev.workers4j.json.ParsedJsValues;
import dev.workers4j.runtime.js.WasmGcCounterpart;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int8Array;

/** workerd's JSON: native JSON.parse under the reader, native strings under the writer. */
public final class JsJsonEngine extends JsonEngine {
  @Override
  public JsonWriter newWriter() {
    return new JsStringJsonWriter();
  }

  /** A tree over a value workerd has already parsed (a json queue message's body). */
  public static JsonTree parsedTree(JSObject value) {
    return new JsJsonTree(value, false);
  }

  /** Null for text JSON.parse rejects: the exact reader then produces the error. */
  @Override
  public JsonTree parseTree(String json) {
    JSObject root = parseOrUndefined(json);
    return ParsedJsValues.isAbsent(root) ? null : new JsJsonTree(root, true);
  }

  // java.time values from fields IsoTime has checked, without threetenbp's BigInt arithmetic.
  @Override
  public Instant instant(double seconds, int nanos) {
    return ParsedJs.instant(seconds, nanos);
  }

  @Override
  public LocalDate localDate(int year, int month, int day) {
    return ParsedJs.localDate(year, month, day);
  }

  @Override
  public LocalDateTime localDateTime(int year, int month, int day, int hour, int minute, int second, int nano) {
    return ParsedJs.localDateTime(year, month, day, hour, minute, second, nano);
  }

  @Override
  public OffsetDateTime offsetDateTime(int year, int month, int day, int hour, int minute, int second, int nano,
      ZoneOffset offset) {
    return ParsedJs.offsetDateTime(year, month, day, hour, minute, second, nano, offset);
  }

  /** The engine's own conversion rounds correctly; TeaVM's Double.parseDouble keeps limited digits. */
  @Override
  public double parseDouble(String number) {
    return toNumber(number);
  }

  /** The engine's TextDecoder: native speed, WHATWG replacement of malformed bytes; the BOM is kept. */
  @Override
  @WasmGcCounterpart(WasmGcJson.class)
  public String decodeUtf8(byte[] bytes, int offset, int length) {
    return decode(Int8Array.fromJavaArray(bytes), offset, length);
  }

  /** {@link dev.workers4j.http.Utf8}'s decoder in workerd: the same TextDecoder. */
  @WasmGcCounterpart(WasmGcJson.class)
  public static String utf8(byte[] bytes, int offset, int length) {
    return decode(Int8Array.fromJavaArray(bytes), offset, length);
  }

  @JSBody(params = {"a", "off", "len"}, script = "return new TextDecoder('utf-8', { ignoreBOM: true })"
      + ".decode(new Uint8Array(a.buffer, a.byteOffset + off, len));")
  private static native String decode(Int8Array a, int off, int len);

  @JSBody(params = "s", script = "return Number(s);")
  private static native double toNumber(String s);

  @JSBody(params = "s", script = "try { return JSON.parse(s); } catch (e) { return undefined; }")
  private static native JSObject parseOrUndefined(String s);
}
