package dev.workers4j.json;

import java.nio.charset.StandardCharsets;

/**
 * The writer on the JVM: streaming JSON into a char buffer. Calls chain; the caller is trusted to nest
 * correctly (generated code is), so there is no state machine beyond the comma flag: that keeps
 * the hot path to a few appends.
 *
 * <p>Strings are escaped per RFC 8259: {@code "} and {@code \} and control characters, plus lone
 * surrogates (as {@code \}{@code uXXXX}) so the UTF-8 bytes are the same on the JVM and in TeaVM.
 */
final class CharJsonWriter extends JsonWriter {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final long[] POW10 = new long[19];
  private static final char[] DIGITS_TENS = new char[100];
  private static final char[] DIGITS_ONES = new char[100];

  static {
    long p = 1;
    for (int i = 0; i < 19; i++, p *= 10) POW10[i] = p;
    for (int i = 0; i < 100; i++) {
      DIGITS_TENS[i] = (char) ('0' + i / 10);
      DIGITS_ONES[i] = (char) ('0' + i % 10);
    }
  }

  /** Our own char buffer, not a StringBuilder: strings are copied in bulk with getChars and
   * scanned as an array (no per-char coder checks), and UTF-8 bytes come straight from it. */
  private char[] buf;
  private int len;
  /** True when the next value or name must be preceded by a comma. */
  private boolean needComma;

  CharJsonWriter() {
    this(128); // grows by doubling; most bodies are small, and in workerd every char[] is a typed array
  }

  CharJsonWriter(int initialCapacity) {
    buf = new char[Math.max(16, initialCapacity)];
  }

  @Override
  public JsonWriter reset() {
    len = 0;
    needComma = false;
    return this;
  }

  @Override
  public JsonWriter beginObject() {
    ensure(2);
    if (needComma) buf[len++] = ',';
    buf[len++] = '{';
    needComma = false;
    return this;
  }

  @Override
  public JsonWriter endObject() {
    ensure(1);
    buf[len++] = '}';
    needComma = true;
    return this;
  }

  @Override
  public JsonWriter beginArray() {
    ensure(2);
    if (needComma) buf[len++] = ',';
    buf[len++] = '[';
    needComma = false;
    return this;
  }

  @Override
  public JsonWriter endArray() {
    ensure(1);
    buf[len++] = ']';
    needComma = true;
    return this;
  }

  @Override
  public JsonWriter name(String name) {
    comma();
    appendQuoted(name);
    ensure(1);
    buf[len++] = ':';
    needComma = false;
    return this;
  }

  @Override
  public JsonWriter name(JsonName name) {
    char[] q = name.quotedChars();
    ensure(q.length + 1);
    if (needComma) buf[len++] = ',';
    System.arraycopy(q, 0, buf, len, q.length);
    len += q.length;
    needComma = false;
    return this;
  }

  @Override
  public JsonWriter value(String value) {
    if (value == null) return nullValue();
    comma();
    appendQuoted(value);
    needComma = true;
    return this;
  }

  @Override
  public JsonWriter value(long value) {
    comma();
    appendLong(value);
    needComma = true;
    return this;
  }

  @Override
  public JsonWriter rawValue(String json) {
    comma();
    appendRaw(json);
    needComma = true;
    return this;
  }

  @Override
  public int length() {
    return len;
  }

  @Override
  public String toString() {
    return new String(buf, 0, len);
  }

  /**
   * Through a String: the JDK's encoder is vectorised and beats a hand loop. Lone surrogates,
   * which it would replace, never reach the buffer: strings escape them.
   */
  @Override
  public byte[] toUtf8Bytes() {
    return new String(buf, 0, len).getBytes(StandardCharsets.UTF_8);
  }

  private void comma() {
    if (needComma) {
      ensure(1);
      buf[len++] = ',';
    }
  }

  private void ensure(int extra) {
    if (len + extra > buf.length) {
      char[] bigger = new char[Math.max(buf.length * 2, len + extra)];
      System.arraycopy(buf, 0, bigger, 0, len);
      buf = bigger;
    }
  }

  private void appendRaw(String s) {
    int n = s.length();
    ensure(n);
    s.getChars(0, n, buf, len);
    len += n;
  }

  /** Digits written backwards into the buffer: no Long.toString garbage per number. */
  private void appendLong(long v) {
    // TeaVM compiles long to BigInt: most values fit an int, whose arithmetic is plain JS numbers.
    if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
      appendInt((int) v);
      return;
    }
    if (v == Long.MIN_VALUE) {
      appendRaw("-9223372036854775808");
      return;
    }
    ensure(20);
    if (v < 0) {
      buf[len++] = '-';
      v = -v;
    }
    int digits = 1;
    while (digits < 19 && v >= POW10[digits]) digits++;
    int i = len + digits;
    len = i;
    char[] b = buf;
    while (v >= 100) { // two digits per (slow) long division
      int pair = (int) (v % 100);
      v /= 100;
      b[--i] = DIGITS_ONES[pair];
      b[--i] = DIGITS_TENS[pair];
    }
    int rest = (int) v;
    if (rest >= 10) {
      b[--i] = DIGITS_ONES[rest];
      b[--i] = DIGITS_TENS[rest];
    } else {
      b[--i] = (char) ('0' + rest);
    }
  }

  private void appendInt(int v) {
    if (v == Integer.MIN_VALUE) {
      appendRaw("-2147483648");
      return;
    }
    ensure(11);
    if (v < 0) {
      buf[len++] = '-';
      v = -v;
    }
    int digits = 1;
    for (int bound = 10; digits < 10 && v >= bound; bound *= 10) digits++;
    int i = len + digits;
    len = i;
    char[] b = buf;
    while (v >= 100) {
      int pair = v % 100;
      v /= 100;
      b[--i] = DIGITS_ONES[pair];
      b[--i] = DIGITS_TENS[pair];
    }
    if (v >= 10) {
      b[--i] = DIGITS_ONES[v];
      b[--i] = DIGITS_TENS[v];
    } else {
      b[--i] = (char) ('0' + v);
    }
  }

  private void appendQuoted(String s) {
    int n = s.length();
    ensure(n + 2);
    char[] b = buf;
    b[len++] = '"';
    s.getChars(0, n, b, len);
    int end = len + n;
    for (int i = len; i < end; i++) {
      if (!isPlain(b[i])) {
        len = i;
        appendEscaped(s, i - (end - n));
        return;
      }
    }
    len = end;
    b[len++] = '"';
  }

  private static boolean isPlain(char c) {
    return c >= 0x20 && c != '"' && c != '\\' && (c < 0xD800 || c > 0xDFFF);
  }

  /** Slow path from the first char needing attention; closes the quote. */
  private void appendEscaped(String s, int first) {
    int n = s.length();
    ensure((n - first) * 6 + 1); // worst case: every char becomes a six-char escape
    char[] b = buf;
    int o = len;
    for (int i = first; i < n; i++) {
      char c = s.charAt(i);
      if (isPlain(c)) {
        b[o++] = c;
      } else if (c >= 0xD800 && c <= 0xDFFF && isPairedSurrogate(s, i, c)) {
        b[o++] = c; // a valid pair passes through unescaped
        b[o++] = s.charAt(++i);
      } else {
        len = o;
        appendEscape(c);
        o = len;
      }
    }
    b[o++] = '"';
    len = o;
  }

  private static boolean isPairedSurrogate(String s, int i, char c) {
    return c <= 0xDBFF && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
  }

  private void appendEscape(char c) {
    buf[len++] = '\\';
    switch (c) {
      case '"': buf[len++] = '"'; return;
      case '\\': buf[len++] = '\\'; return;
      case '\n': buf[len++] = 'n'; return;
      case '\r': buf[len++] = 'r'; return;
      case '\t': buf[len++] = 't'; return;
      case '\b': buf[len++] = 'b'; return;
      case '\f': buf[len++] = 'f'; return;
      default:
        buf[len++] = 'u';
        buf[len++] = HEX[(c >> 12) & 15];
        buf[len++] = HEX[(c >> 8) & 15];
        buf[len++] = HEX[(c >> 4) & 15];
        buf[len++] = HEX[c & 15];
    }
  }
}
