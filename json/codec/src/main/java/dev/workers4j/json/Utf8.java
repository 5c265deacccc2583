package dev.workers4j.json;

/**
 * UTF-8 to UTF-16 decoding straight into a char[] the reader parses in place. Malformed bytes
 * become U+FFFD, as {@code new String(bytes, UTF_8)} does; ASCII takes a one-branch loop.
 */
final class Utf8 {
  private Utf8() {}

  /** Decodes bytes[off, off+len) into a new array of exactly the decoded length. */
  static char[] decode(byte[] bytes, int off, int len) {
    char[] out = new char[len]; // UTF-16 never needs more units than UTF-8 has bytes
    int n = decodeInto(bytes, off, len, out);
    if (n == len) return out;
    char[] exact = new char[n];
    System.arraycopy(out, 0, exact, 0, n);
    return exact;
  }

  private static int decodeInto(byte[] in, int off, int len, char[] out) {
    int i = off;
    int end = off + len;
    int o = 0;
    while (i < end) {
      int b = in[i];
      if (b >= 0) {
        out[o++] = (char) b;
        i++;
        continue;
      }
      b &= 0xFF;
      if (b >= 0xC2 && b <= 0xDF && i + 1 < end && isCont(in[i + 1])) {
        out[o++] = (char) (((b & 0x1F) << 6) | (in[i + 1] & 0x3F));
        i += 2;
      } else if (b >= 0xE0 && b <= 0xEF && i + 2 < end && isCont(in[i + 1]) && isCont(in[i + 2])) {
        int c = ((b & 0x0F) << 12) | ((in[i + 1] & 0x3F) << 6) | (in[i + 2] & 0x3F);
        boolean valid = c >= 0x800 && (c < 0xD800 || c > 0xDFFF);
        out[o++] = valid ? (char) c : '\uFFFD';
        i += valid ? 3 : 1;
      } else if (b >= 0xF0 && b <= 0xF4 && i + 3 < end && isCont(in[i + 1]) && isCont(in[i + 2])
          && isCont(in[i + 3])) {
        int c = ((b & 0x07) << 18) | ((in[i + 1] & 0x3F) << 12) | ((in[i + 2] & 0x3F) << 6)
            | (in[i + 3] & 0x3F);
        if (c >= 0x10000 && c <= 0x10FFFF) {
          c -= 0x10000;
          out[o++] = (char) (0xD800 | (c >> 10));
          out[o++] = (char) (0xDC00 | (c & 0x3FF));
          i += 4;
        } else {
          out[o++] = '\uFFFD';
          i++;
        }
      } else {
        out[o++] = '\uFFFD';
        i++;
      }
    }
    return o;
  }

  private static boolean isCont(byte b) {
    return (b & 0xC0) == 0x80;
  }
}
