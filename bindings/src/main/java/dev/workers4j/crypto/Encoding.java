package dev.workers4j.crypto;

import java.nio.charset.StandardCharsets;

/**
 * Hex, base64 and base64url for digests, signatures and JWK fields: hand-written int code, the
 * same on both runtimes and small in a TeaVM bundle. Decoders are strict and throw
 * {@link IllegalArgumentException} for input that is not in their alphabet or form.
 */
public final class Encoding {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();
    private static final char[] BASE64_URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();

    private Encoding() {
    }

    /** Lower-case hex, two characters per byte. */
    public static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            out[2 * i] = HEX[b >>> 4];
            out[2 * i + 1] = HEX[b & 0xf];
        }
        return new String(out);
    }

    /** Hex (either case) to bytes. */
    public static byte[] fromHex(String hex) {
        if ((hex.length() & 1) != 0) {
            throw new IllegalArgumentException("odd number of hex digits: " + hex.length());
        }
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (hexDigit(hex, 2 * i) << 4 | hexDigit(hex, 2 * i + 1));
        }
        return out;
    }

    /** Standard base64 (RFC 4648 section 4) with '=' padding. */
    public static String base64(byte[] bytes) {
        return encode(bytes, BASE64, true);
    }

    /** base64url (RFC 4648 section 5) without padding, as JWTs and JWKs use it. */
    public static String base64Url(byte[] bytes) {
        return encode(bytes, BASE64_URL, false);
    }

    /** Standard base64; padding required (the length must be a multiple of 4). */
    public static byte[] fromBase64(String text) {
        if ((text.length() & 3) != 0) {
            throw new IllegalArgumentException("base64 length " + text.length() + " is not a multiple of 4");
        }
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == '=') {
            end--;
            if (text.charAt(end - 1) == '=') {
                end--;
            }
        }
        return decode(text, end, false);
    }

    /** base64url without padding (a trailing '=' is refused, as in JWS compact form). */
    public static byte[] fromBase64Url(String text) {
        return decode(text, text.length(), true);
    }

    /** The string's UTF-8 bytes. */
    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(byte[] bytes, char[] alphabet, boolean pad) {
        int full = bytes.length / 3;
        int rest = bytes.length - full * 3;
        int length = full * 4 + (rest == 0 ? 0 : pad ? 4 : rest + 1);
        char[] out = new char[length];
        int o = 0;
        int i = 0;
        for (int n = 0; n < full; n++) {
            int v = (bytes[i++] & 0xff) << 16 | (bytes[i++] & 0xff) << 8 | (bytes[i++] & 0xff);
            out[o++] = alphabet[v >>> 18];
            out[o++] = alphabet[(v >>> 12) & 63];
            out[o++] = alphabet[(v >>> 6) & 63];
            out[o++] = alphabet[v & 63];
        }
        if (rest == 1) {
            int v = (bytes[i] & 0xff) << 16;
            out[o++] = alphabet[v >>> 18];
            out[o++] = alphabet[(v >>> 12) & 63];
            if (pad) {
                out[o++] = '=';
                out[o++] = '=';
            }
        } else if (rest == 2) {
            int v = (bytes[i] & 0xff) << 16 | (bytes[i + 1] & 0xff) << 8;
            out[o++] = alphabet[v >>> 18];
            out[o++] = alphabet[(v >>> 12) & 63];
            out[o++] = alphabet[(v >>> 6) & 63];
            if (pad) {
                out[o++] = '=';
            }
        }
        return new String(out);
    }

    private static byte[] decode(String text, int end, boolean url) {
        int rest = end & 3;
        if (rest == 1) {
            throw new IllegalArgumentException("base64 length " + end + " is impossible");
        }
        byte[] out = new byte[(end / 4) * 3 + (rest == 0 ? 0 : rest - 1)];
        int o = 0;
        int i = 0;
        int fullEnd = end - rest;
        while (i < fullEnd) {
            int v = sextet(text, i, url) << 18 | sextet(text, i + 1, url) << 12
                    | sextet(text, i + 2, url) << 6 | sextet(text, i + 3, url);
            out[o++] = (byte) (v >>> 16);
            out[o++] = (byte) (v >>> 8);
            out[o++] = (byte) v;
            i += 4;
        }
        if (rest == 2) {
            int v = sextet(text, i, url) << 18 | sextet(text, i + 1, url) << 12;
            if ((v & 0xffff) != 0) {
                throw new IllegalArgumentException("base64 has non-zero padding bits at " + (i + 1));
            }
            out[o] = (byte) (v >>> 16);
        } else if (rest == 3) {
            int v = sextet(text, i, url) << 18 | sextet(text, i + 1, url) << 12 | sextet(text, i + 2, url) << 6;
            if ((v & 0xff) != 0) {
                throw new IllegalArgumentException("base64 has non-zero padding bits at " + (i + 2));
            }
            out[o++] = (byte) (v >>> 16);
            out[o] = (byte) (v >>> 8);
        }
        return out;
    }

    private static int sextet(String text, int index, boolean url) {
        char c = text.charAt(index);
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (url ? c == '-' : c == '+') {
            return 62;
        }
        if (url ? c == '_' : c == '/') {
            return 63;
        }
        throw new IllegalArgumentException("not a " + (url ? "base64url" : "base64") + " character at "
                + index + ": '" + c + "'");
    }

    private static int hexDigit(String hex, int index) {
        char c = hex.charAt(index);
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        throw new IllegalArgumentException("not a hex digit at " + index + ": '" + c + "'");
    }
}
