package dev.workers4j.json;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Streaming JSON writer into a StringBuilder. Calls chain; the caller is trusted to nest
 * correctly (generated code is), so there is no state machine beyond the comma flag: that keeps
 * the hot path to a few appends.
 *
 * <p>Strings are escaped per RFC 8259: {@code "} and {@code \} and control characters, plus lone
 * surrogates (as {@code \}{@code uXXXX}) so the UTF-8 bytes are the same on the JVM and in TeaVM.
 */
public final class JsonWriter {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder out;
  /** True when the next value or name must be preceded by a comma. */
  private boolean needComma;

  public JsonWriter() {
    this(new StringBuilder(256));
  }

  /** Appends to {@code out}; used by the JSONL writer to reuse one buffer. */
  public JsonWriter(StringBuilder out) {
    this.out = out;
  }

  public JsonWriter beginObject() {
    if (needComma) out.append(',');
    out.append('{');
    needComma = false;
    return this;
  }

  public JsonWriter endObject() {
    out.append('}');
    needComma = true;
    return this;
  }

  public JsonWriter beginArray() {
    if (needComma) out.append(',');
    out.append('[');
    needComma = false;
    return this;
  }

  public JsonWriter endArray() {
    out.append(']');
    needComma = true;
    return this;
  }

  public JsonWriter name(String name) {
    if (needComma) out.append(',');
    appendQuoted(name);
    out.append(':');
    needComma = false;
    return this;
  }

  public JsonWriter value(String value) {
    if (value == null) return nullValue();
    if (needComma) out.append(',');
    appendQuoted(value);
    needComma = true;
    return this;
  }

  public JsonWriter value(long value) {
    if (needComma) out.append(',');
    out.append(value);
    needComma = true;
    return this;
  }

  /** Doubles use {@link DoubleFormat}: shortest round-trip digits, same text on every runtime. */
  public JsonWriter value(double value) {
    if (needComma) out.append(',');
    DoubleFormat.appendDouble(out, value);
    needComma = true;
    return this;
  }

  /** Floats get the shortest digits that read back as the same float ("0.1", not "0.100000001"). */
  public JsonWriter value(float value) {
    if (needComma) out.append(',');
    DoubleFormat.appendFloat(out, value);
    needComma = true;
    return this;
  }

  public JsonWriter value(boolean value) {
    if (needComma) out.append(',');
    out.append(value ? "true" : "false");
    needComma = true;
    return this;
  }

  /** Written with {@link BigDecimal#toString()}, so scale survives the round trip (12.50 stays 12.50). */
  public JsonWriter value(BigDecimal value) {
    if (value == null) return nullValue();
    if (needComma) out.append(',');
    out.append(value.toString());
    needComma = true;
    return this;
  }

  public JsonWriter value(BigInteger value) {
    if (value == null) return nullValue();
    if (needComma) out.append(',');
    out.append(value.toString());
    needComma = true;
    return this;
  }

  public JsonWriter nullValue() {
    if (needComma) out.append(',');
    out.append("null");
    needComma = true;
    return this;
  }

  /** Appends already-encoded JSON as one value; the caller guarantees it is valid. */
  public JsonWriter rawValue(String json) {
    if (needComma) out.append(',');
    out.append(json);
    needComma = true;
    return this;
  }

  /** Number of chars written so far. */
  public int length() {
    return out.length();
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void appendQuoted(String s) {
    StringBuilder o = out;
    o.append('"');
    int start = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\' && (c < 0xD800 || c > 0xDFFF)) continue;
      if (c >= 0xD800 && c <= 0xDFFF && isPairedSurrogate(s, i, c)) {
        i++; // a valid pair passes through unescaped
        continue;
      }
      o.append(s, start, i);
      appendEscape(c);
      start = i + 1;
    }
    o.append(s, start, n);
    o.append('"');
  }

  private static boolean isPairedSurrogate(String s, int i, char c) {
    return c <= 0xDBFF && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
  }

  private void appendEscape(char c) {
    switch (c) {
      case '"': out.append("\\\""); return;
      case '\\': out.append("\\\\"); return;
      case '\n': out.append("\\n"); return;
      case '\r': out.append("\\r"); return;
      case '\t': out.append("\\t"); return;
      case '\b': out.append("\\b"); return;
      case '\f': out.append("\\f"); return;
      default:
        out.append("\\u")
            .append(HEX[(c >> 12) & 15])
            .append(HEX[(c >> 8) & 15])
            .append(HEX[(c >> 4) & 15])
            .append(HEX[c & 15]);
    }
  }
}
