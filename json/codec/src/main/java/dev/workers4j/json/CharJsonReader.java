package dev.workers4j.json;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The exact reader: a pull parser over text held in memory (a String, or UTF-8 bytes decoded
 * once). Its values and errors are the reference every other reader must match.
 */
final class CharJsonReader extends JsonReader {
  // What the scope on top of the stack expects next.
  private static final int EMPTY_ARRAY = 1;
  private static final int NONEMPTY_ARRAY = 2;
  private static final int EMPTY_OBJECT = 3;
  private static final int DANGLING_NAME = 4; // a name was read, its value comes next
  private static final int NONEMPTY_OBJECT = 5;
  private static final int EMPTY_DOCUMENT = 6;
  private static final int NONEMPTY_DOCUMENT = 7;

  // The token found by doPeek() and not yet consumed.
  private static final int P_NONE = 0;
  private static final int P_BEGIN_OBJECT = 1;
  private static final int P_END_OBJECT = 2;
  private static final int P_BEGIN_ARRAY = 3;
  private static final int P_END_ARRAY = 4;
  private static final int P_NAME = 5; // pos is just after the opening quote
  private static final int P_STRING = 6; // pos is just after the opening quote
  private static final int P_NUMBER = 7; // pos is at the first char
  private static final int P_TRUE = 8;
  private static final int P_FALSE = 9;
  private static final int P_NULL = 10;
  private static final int P_EOF = 11;

  private static final int NAME_CACHE_SIZE = 128; // power of two

  private final char[] buf;
  private final int end;
  private int pos;
  private int peeked = P_NONE;
  /** Where the peeked token starts: the position errors report. */
  private int tokenStart;
  /** Where the last consumed value started, for {@link #valueError}. */
  private int lastValueStart;

  private int[] stack = new int[16];
  private String[] pathNames = new String[16];
  private int[] pathIndices = new int[16];
  private int stackSize;

  /**
   * The text itself, scanned through {@link #buf}: values are substrings of it (under TeaVM a
   * native JS substring, far cheaper than building a String from chars).
   */
  private final String source;

  /** Property names repeat (every line item has "quantity"): reuse one String per name. */
  private String[] nameCache;

  CharJsonReader(String json) {
    this.source = json;
    this.buf = json.toCharArray();
    this.end = buf.length;
    stack[0] = EMPTY_DOCUMENT;
    stackSize = 1;
  }

  CharJsonReader(byte[] utf8) {
    this(utf8, 0, utf8.length);
  }

  /** Decoded by the engine, as Json.fromJson(bytes) decodes: one UTF-8 decoder, one behaviour. */
  CharJsonReader(byte[] utf8, int offset, int length) {
    this(JsonEngine.current().decodeUtf8(utf8, offset, length));
  }

  // ---------------------------------------------------------------- structure

  @Override
  public JsonToken peek() {
    int p = peeked == P_NONE ? doPeek() : peeked;
    switch (p) {
      case P_BEGIN_OBJECT: return JsonToken.BEGIN_OBJECT;
      case P_END_OBJECT: return JsonToken.END_OBJECT;
      case P_BEGIN_ARRAY: return JsonToken.BEGIN_ARRAY;
      case P_END_ARRAY: return JsonToken.END_ARRAY;
      case P_NAME: return JsonToken.NAME;
      case P_STRING: return JsonToken.STRING;
      case P_NUMBER: return JsonToken.NUMBER;
      case P_TRUE:
      case P_FALSE: return JsonToken.BOOLEAN;
      case P_NULL: return JsonToken.NULL;
      default: return JsonToken.END_DOCUMENT;
    }
  }

  /** True when the next value is JSON null (without consuming it). */
  @Override
  public boolean peekNull() {
    int p = peeked == P_NONE ? doPeek() : peeked;
    return p == P_NULL;
  }

  @Override
  public JsonReader beginObject() {
    expect(P_BEGIN_OBJECT, "an object");
    push(EMPTY_OBJECT);
    peeked = P_NONE;
    return this;
  }

  @Override
  public JsonReader endObject() {
    expect(P_END_OBJECT, "the end of the object");
    stackSize--;
    pathNames[stackSize] = null;
    peeked = P_NONE;
    valueDone();
    return this;
  }

  @Override
  public JsonReader beginArray() {
    expect(P_BEGIN_ARRAY, "an array");
    push(EMPTY_ARRAY);
    pathIndices[stackSize - 1] = 0;
    peeked = P_NONE;
    return this;
  }

  @Override
  public JsonReader endArray() {
    expect(P_END_ARRAY, "the end of the array");
    stackSize--;
    peeked = P_NONE;
    valueDone();
    return this;
  }

  /** True while the current object or array has more members. */
  @Override
  public boolean hasNext() {
    int p = peeked == P_NONE ? doPeek() : peeked;
    return p != P_END_OBJECT && p != P_END_ARRAY && p != P_EOF;
  }

  @Override
  public String nextName() {
    expect(P_NAME, "a property name");
    String name = readName();
    pathNames[stackSize - 1] = name;
    peeked = P_NONE;
    return name;
  }

  /** Fails unless the whole input has been consumed (trailing whitespace is fine). */
  @Override
  public void endDocument() {
    int p = peeked == P_NONE ? doPeek() : peeked;
    if (p != P_EOF) throw errorAt("unexpected content after the JSON value", tokenStart);
  }

  // ---------------------------------------------------------------- scalars

  @Override
  public String nextString() {
    expect(P_STRING, "a string");
    String s = readString();
    peeked = P_NONE;
    valueDone();
    return s;
  }

  @Override
  public boolean nextBoolean() {
    int p = peeked == P_NONE ? doPeek() : peeked;
    if (p != P_TRUE && p != P_FALSE) throw wrongType("a boolean", p);
    peeked = P_NONE;
    valueDone();
    return p == P_TRUE;
  }

  @Override
  public void nextNull() {
    expect(P_NULL, "null");
    peeked = P_NONE;
    valueDone();
  }

  @Override
  public long nextLong() {
    expect(P_NUMBER, "an integer");
    int start = pos;
    boolean negative = buf[start] == '-';
    int i = negative ? start + 1 : start;
    int digitsStart = i;
    // TeaVM compiles long to BigInt: take up to 9 digits as an int (plain JS numbers), then go on
    // in long only for longer numbers. Accumulate negatively so Long.MIN_VALUE fits.
    int small = 0;
    while (i < end && i - digitsStart < 9) {
      char c = buf[i];
      if (c < '0' || c > '9') break;
      small = small * 10 - (c - '0');
      i++;
    }
    long value = small;
    while (i < end) {
      char c = buf[i];
      if (c < '0' || c > '9') break;
      int d = c - '0';
      if (value < -922337203685477580L || (value == -922337203685477580L && d > 8)) {
        throw errorAt("number does not fit in a long", start);
      }
      value = value * 10 - d;
      i++;
    }
    if (i == digitsStart) throw errorAt("malformed number", start);
    if (i < end && (buf[i] == '.' || buf[i] == 'e' || buf[i] == 'E')) {
      return (long) integralDouble(start);
    }
    checkNumberEnd(start, digitsStart, i);
    if (!negative) {
      if (value == Long.MIN_VALUE) throw errorAt("number does not fit in a long", start);
      value = -value;
    }
    pos = i;
    peeked = P_NONE;
    valueDone();
    return value;
  }

  @Override
  public int nextInt() {
    int start = peeked == P_NONE ? peekStart() : tokenStart;
    long v = nextLong();
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw errorAt("number does not fit in an int", start);
    }
    return (int) v;
  }

  @Override
  public double nextDouble() {
    expect(P_NUMBER, "a number");
    int start = pos;
    int stop = scanNumber(start);
    double d = FastDoubleParse.parse(buf, start, stop);
    pos = stop;
    peeked = P_NONE;
    valueDone();
    return d;
  }

  /** Parsed straight to float (not via double, which could round twice). */
  @Override
  public float nextFloat() {
    expect(P_NUMBER, "a number");
    int start = pos;
    int stop = scanNumber(start);
    float f = Floats.fromDecimal(text(start, stop), FastDoubleParse.parse(buf, start, stop));
    pos = stop;
    peeked = P_NONE;
    valueDone();
    return f;
  }

  /**
   * Exact decimal. Also accepts a string holding a number ("12.50"), as Shopify sends money;
   * the text is kept exactly, scale included.
   */
  @Override
  public BigDecimal nextBigDecimal() {
    int p = peeked == P_NONE ? doPeek() : peeked;
    int start = pos;
    if (p == P_STRING) {
      String s = readString();
      try {
        BigDecimal value = Decimals.parse(s);
        peeked = P_NONE;
        valueDone();
        return value;
      } catch (NumberFormatException e) {
        throw errorAt("expected a decimal number but found \"" + s + "\"", tokenStart);
      }
    }
    if (p != P_NUMBER) throw wrongType("a number", p);
    int stop = scanNumber(start);
    BigDecimal value = Decimals.parse(text(start, stop));
    pos = stop;
    peeked = P_NONE;
    valueDone();
    return value;
  }

  @Override
  public BigInteger nextBigInteger() {
    expect(P_NUMBER, "an integer");
    int start = pos;
    int stop = scanNumber(start);
    for (int i = start; i < stop; i++) {
      char c = buf[i];
      if (c == '.' || c == 'e' || c == 'E') return BigInteger.valueOf((long) integralDouble(start));
    }
    BigInteger value = new BigInteger(text(start, stop));
    pos = stop;
    peeked = P_NONE;
    valueDone();
    return value;
  }

  /**
   * An integer written with a fraction or exponent: read through the nearest double, as a
   * JSON.parse-based reader must, and accepted when whole and within 2^53 (see {@link JsonReader}).
   */
  private double integralDouble(int start) {
    int stop = scanNumber(start); // reports malformed numbers before the type mismatch
    double d = FastDoubleParse.parse(buf, start, stop);
    if (!isExactInteger(d)) {
      throw errorAt("expected an integer but found " + text(start, stop), start);
    }
    pos = stop;
    peeked = P_NONE;
    valueDone();
    return d;
  }

  /** Skips the next value, however deeply nested. */
  @Override
  public void skipValue() {
    int depth = 0;
    do {
      int p = peeked == P_NONE ? doPeek() : peeked;
      switch (p) {
        case P_BEGIN_OBJECT: beginObject(); depth++; break;
        case P_BEGIN_ARRAY: beginArray(); depth++; break;
        case P_END_OBJECT: endObject(); depth--; break;
        case P_END_ARRAY: endArray(); depth--; break;
        case P_NAME: skipString(); peeked = P_NONE; break;
        case P_STRING: skipString(); peeked = P_NONE; valueDone(); break;
        case P_NUMBER: pos = scanNumber(pos); peeked = P_NONE; valueDone(); break;
        case P_EOF: throw errorAt("unexpected end of input", pos);
        default: peeked = P_NONE; valueDone(); break; // true, false, null
      }
    } while (depth > 0);
  }

  /**
   * Looks ahead in the object that starts here for a string property (a polymorphic type id,
   * which need not come first) and returns its value, or null when absent. Nothing is consumed:
   * the text is in memory, so the lookahead just rewinds.
   */
  @Override
  public String peekStringProperty(String property) {
    int savedPos = pos;
    int savedPeeked = peeked;
    int savedTokenStart = tokenStart;
    int savedSize = stackSize;
    int savedScope = stack[stackSize - 1];
    int savedIndex = pathIndices[stackSize - 1];
    String savedName = pathNames[stackSize - 1];
    String found = null;
    beginObject();
    while (hasNext()) {
      if (nextName().equals(property)) {
        int p = peeked == P_NONE ? doPeek() : peeked;
        if (p != P_STRING) throw wrongType("a string type id", p);
        found = readString();
        break;
      }
      skipValue();
    }
    pos = savedPos;
    peeked = savedPeeked;
    tokenStart = savedTokenStart;
    stackSize = savedSize;
    stack[stackSize - 1] = savedScope;
    pathIndices[stackSize - 1] = savedIndex;
    pathNames[stackSize - 1] = savedName;
    return found;
  }

  // ---------------------------------------------------------------- errors and path

  /** The JSONPath of the current value, e.g. {@code $.line_items[3].quantity}. */
  @Override
  public String path() {
    return path(false);
  }

  /** previousValue: the array index already moved past the value just consumed; step back. */
  private String path(boolean previousValue) {
    StringBuilder sb = new StringBuilder("$");
    for (int i = 1; i < stackSize; i++) {
      int scope = stack[i];
      if (scope == EMPTY_ARRAY || scope == NONEMPTY_ARRAY) {
        int index = previousValue && i == stackSize - 1 ? pathIndices[i] - 1 : pathIndices[i];
        sb.append('[').append(index).append(']');
      } else if (pathNames[i] != null) {
        sb.append('.').append(pathNames[i]);
      }
    }
    return sb.toString();
  }

  /** An exception at the current path and the start of the current token, for codecs. */
  @Override
  public JsonException error(String reason) {
    int at = peeked == P_NONE ? pos : tokenStart;
    return new JsonException(reason, path(), at);
  }

  /**
   * An exception about the scalar just consumed (its text was read but is not acceptable: an
   * unknown enum constant, a bad date); path and position point at that value.
   */
  @Override
  public JsonException valueError(String reason) {
    return new JsonException(reason, path(true), lastValueStart);
  }

  /** The 0-based position of the next token, for codecs building their own messages. */
  @Override
  public int position() {
    return peeked == P_NONE ? peekStart() : tokenStart;
  }

  /** A required property was absent from the object whose closing brace is next. */
  @Override
  public JsonException missingProperty(String name) {
    int at = peeked == P_NONE ? peekStart() : tokenStart;
    int top = stackSize - 1;
    String lastName = pathNames[top]; // the object's last property, not part of this path
    pathNames[top] = null;
    String objectPath = path();
    pathNames[top] = lastName;
    return new JsonMissingFieldException(name, objectPath + "." + name, at);
  }

  /** A type id not listed by the base type; {@code known} is the list for the message. */
  @Override
  public JsonUnknownTypeException unknownType(String property, String typeId, String known) {
    int at = peeked == P_NONE ? peekStart() : tokenStart;
    String reason = typeId == null
        ? "missing type property '" + property + "' (one of: " + known + ")"
        : "unknown " + property + " '" + typeId + "' (one of: " + known + ")";
    return new JsonUnknownTypeException(reason, typeId, path(), at);
  }

  private JsonException errorAt(String reason, int position) {
    return new JsonException(reason, path(), position);
  }

  private JsonException wrongType(String expected, int p) {
    if (p == P_EOF) return errorAt("unexpected end of input, expected " + expected, pos);
    return errorAt("expected " + expected + " but found " + describe(p), tokenStart);
  }

  private void expect(int wanted, String what) {
    int p = peeked == P_NONE ? doPeek() : peeked;
    if (p != wanted) throw wrongType(what, p);
  }

  private static String describe(int p) {
    switch (p) {
      case P_BEGIN_OBJECT: return "an object";
      case P_END_OBJECT: return "the end of an object";
      case P_BEGIN_ARRAY: return "an array";
      case P_END_ARRAY: return "the end of an array";
      case P_NAME: return "a property name";
      case P_STRING: return "a string";
      case P_NUMBER: return "a number";
      case P_TRUE: return "true";
      case P_FALSE: return "false";
      case P_NULL: return "null";
      default: return "the end of input";
    }
  }

  // ---------------------------------------------------------------- tokenizer

  private void push(int scope) {
    if (stackSize == stack.length) {
      int n = stackSize * 2;
      int[] s = new int[n];
      System.arraycopy(stack, 0, s, 0, stackSize);
      stack = s;
      int[] idx = new int[n];
      System.arraycopy(pathIndices, 0, idx, 0, stackSize);
      pathIndices = idx;
      String[] names = new String[n];
      System.arraycopy(pathNames, 0, names, 0, stackSize);
      pathNames = names;
    }
    stack[stackSize++] = scope;
  }

  /** A value was fully consumed: advance the enclosing array's index. */
  private void valueDone() {
    lastValueStart = tokenStart;
    int top = stackSize - 1;
    if (stack[top] == NONEMPTY_ARRAY) pathIndices[top]++;
  }

  private int peekStart() {
    doPeek();
    return tokenStart;
  }

  private int doPeek() {
    int top = stackSize - 1;
    int scope = stack[top];
    int c;
    switch (scope) {
      case EMPTY_ARRAY:
        stack[top] = NONEMPTY_ARRAY;
        c = nextNonWhitespace();
        if (c == ']') return token(P_END_ARRAY, 1);
        return readValueStart(c);
      case NONEMPTY_ARRAY:
        c = nextNonWhitespace();
        if (c == ']') return token(P_END_ARRAY, 1);
        if (c != ',') throw errorAt(unexpected(c, "',' or ']'"), pos);
        pos++;
        return readValueStart(nextNonWhitespace());
      case EMPTY_OBJECT:
      case NONEMPTY_OBJECT:
        stack[top] = DANGLING_NAME;
        c = nextNonWhitespace();
        if (c == '}') return token(P_END_OBJECT, 1);
        if (scope == NONEMPTY_OBJECT) {
          if (c != ',') throw errorAt(unexpected(c, "',' or '}'"), pos);
          pos++;
          c = nextNonWhitespace();
        }
        if (c != '"') throw errorAt(unexpected(c, "a property name"), pos);
        return token(P_NAME, 1);
      case DANGLING_NAME:
        stack[top] = NONEMPTY_OBJECT;
        c = nextNonWhitespace();
        if (c != ':') throw errorAt(unexpected(c, "':'"), pos);
        pos++;
        return readValueStart(nextNonWhitespace());
      case EMPTY_DOCUMENT:
        stack[top] = NONEMPTY_DOCUMENT;
        return readValueStart(nextNonWhitespace());
      default: // NONEMPTY_DOCUMENT
        c = nextNonWhitespace();
        tokenStart = pos;
        if (c == -1) return peeked = P_EOF;
        throw errorAt("unexpected content after the JSON value", pos);
    }
  }

  private int token(int p, int length) {
    tokenStart = pos;
    pos += length;
    return peeked = p;
  }

  private int readValueStart(int c) {
    switch (c) {
      case '{': return token(P_BEGIN_OBJECT, 1);
      case '[': return token(P_BEGIN_ARRAY, 1);
      case '"': return token(P_STRING, 1);
      case 't': return literal("true", P_TRUE);
      case 'f': return literal("false", P_FALSE);
      case 'n': return literal("null", P_NULL);
      case -1: throw errorAt("unexpected end of input", pos);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          tokenStart = pos; // numbers are scanned when read: pos stays on the first char
          return peeked = P_NUMBER;
        }
        throw errorAt(unexpected(c, "a value"), pos);
    }
  }

  private int literal(String word, int p) {
    int n = word.length();
    if (pos + n > end) throw errorAt("malformed literal, expected " + word, pos);
    for (int i = 1; i < n; i++) {
      if (buf[pos + i] != word.charAt(i)) throw errorAt("malformed literal, expected " + word, pos);
    }
    if (pos + n < end && isLiteralChar(buf[pos + n])) {
      throw errorAt("malformed literal, expected " + word, pos);
    }
    return token(p, n);
  }

  private static boolean isLiteralChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private int nextNonWhitespace() {
    char[] b = buf;
    int p = pos;
    while (p < end) {
      char c = b[p];
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        p++;
        continue;
      }
      pos = p;
      return c;
    }
    pos = p;
    return -1;
  }

  private String unexpected(int c, String expected) {
    if (c == -1) return "unexpected end of input, expected " + expected;
    return "unexpected character '" + (char) c + "', expected " + expected;
  }

  /** Validates JSON number grammar from start; returns the index just past the number. */
  private int scanNumber(int start) {
    int i = start;
    if (i < end && buf[i] == '-') i++;
    int intStart = i;
    while (i < end && buf[i] >= '0' && buf[i] <= '9') i++;
    if (i == intStart) throw errorAt("malformed number", start);
    if (buf[intStart] == '0' && i - intStart > 1) throw errorAt("malformed number (leading zero)", start);
    if (i < end && buf[i] == '.') {
      int fracStart = ++i;
      while (i < end && buf[i] >= '0' && buf[i] <= '9') i++;
      if (i == fracStart) throw errorAt("malformed number", start);
    }
    if (i < end && (buf[i] == 'e' || buf[i] == 'E')) {
      i++;
      if (i < end && (buf[i] == '+' || buf[i] == '-')) i++;
      int expStart = i;
      while (i < end && buf[i] >= '0' && buf[i] <= '9') i++;
      if (i == expStart) throw errorAt("malformed number", start);
    }
    if (i < end && isLiteralChar(buf[i])) throw errorAt("malformed number", start);
    return i;
  }

  private void checkNumberEnd(int start, int digitsStart, int i) {
    if (buf[digitsStart] == '0' && i - digitsStart > 1) {
      throw errorAt("malformed number (leading zero)", start);
    }
    if (i < end && isLiteralChar(buf[i])) throw errorAt("malformed number", start);
  }

  /** pos is just after the opening quote; leaves pos after the closing one. */
  private String readString() {
    char[] b = buf;
    int start = pos;
    for (int i = start; i < end; i++) {
      char c = b[i];
      if (c == '"') {
        pos = i + 1;
        return text(start, i);
      }
      if (c == '\\') return readEscapedString(start, i);
      if (c < 0x20) throw errorAt("unescaped control character in string", i);
    }
    throw errorAt("unterminated string", start - 1);
  }

  private String readName() {
    char[] b = buf;
    int start = pos;
    int hash = 0;
    for (int i = start; i < end; i++) {
      char c = b[i];
      if (c == '"') {
        pos = i + 1;
        return cachedName(start, i - start, hash);
      }
      if (c == '\\') return readEscapedString(start, i);
      if (c < 0x20) throw errorAt("unescaped control character in string", i);
      hash = 31 * hash + c;
    }
    throw errorAt("unterminated string", start - 1);
  }

  private String cachedName(int start, int length, int hash) {
    String[] cache = nameCache;
    if (cache == null) cache = nameCache = new String[NAME_CACHE_SIZE];
    int slot = (hash ^ (hash >>> 7)) & (NAME_CACHE_SIZE - 1);
    String cached = cache[slot];
    if (cached != null && cached.length() == length && sameChars(cached, start, length)) {
      return cached;
    }
    String name = text(start, start + length);
    cache[slot] = name;
    return name;
  }

  private String text(int start, int stop) {
    return source.substring(start, stop);
  }

  private boolean sameChars(String s, int start, int length) {
    for (int i = 0; i < length; i++) {
      if (s.charAt(i) != buf[start + i]) return false;
    }
    return true;
  }

  private String readEscapedString(int start, int firstEscape) {
    StringBuilder sb = new StringBuilder(firstEscape - start + 16);
    sb.append(buf, start, firstEscape - start);
    int i = firstEscape;
    while (i < end) {
      char c = buf[i];
      if (c == '"') {
        pos = i + 1;
        return sb.toString();
      }
      if (c < 0x20) throw errorAt("unescaped control character in string", i);
      if (c != '\\') {
        sb.append(c);
        i++;
        continue;
      }
      if (i + 1 >= end) break;
      char e = buf[i + 1];
      switch (e) {
        case '"': sb.append('"'); break;
        case '\\': sb.append('\\'); break;
        case '/': sb.append('/'); break;
        case 'b': sb.append('\b'); break;
        case 'f': sb.append('\f'); break;
        case 'n': sb.append('\n'); break;
        case 'r': sb.append('\r'); break;
        case 't': sb.append('\t'); break;
        case 'u':
          if (i + 6 > end) throw errorAt("malformed unicode escape", i);
          sb.append((char) hex4(i + 2));
          i += 6;
          continue;
        default:
          throw errorAt("invalid escape '\\" + e + "'", i);
      }
      i += 2;
    }
    throw errorAt("unterminated string", start - 1);
  }

  private int hex4(int at) {
    int v = 0;
    for (int k = 0; k < 4; k++) {
      char c = buf[at + k];
      int d;
      if (c >= '0' && c <= '9') d = c - '0';
      else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
      else throw errorAt("malformed unicode escape", at - 2);
      v = (v << 4) | d;
    }
    return v;
  }

  private void skipString() {
    for (int i = pos; i < end; i++) {
      char c = buf[i];
      if (c == '"') {
        pos = i + 1;
        return;
      }
      if (c == '\\') {
        readEscapedString(pos, i); // validates the escapes; sets pos
        return;
      }
      if (c < 0x20) throw errorAt("unescaped control character in string", i);
    }
    throw errorAt("unterminated string", pos - 1);
  }
}
