package dev.workers4j.testing.r2;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Base64 decoded as Node's {@code Buffer.from(text, "base64")} decodes it, which is how R2
 * (miniflare) reads a list cursor: characters outside the base64 and base64url alphabets are
 * skipped, decoding stops at the first "=", a lone trailing character is dropped. So a cursor
 * that is not one of R2's is an opaque token that lists from wherever it decodes to, never an
 * error.
 */
final class LenientBase64 {
    private LenientBase64() {
    }

    static String decodeUtf8(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=') {
                break;
            }
            int value = sextet(c);
            if (value < 0) {
                continue;
            }
            buffer = (buffer << 6) | value;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out.write((buffer >> bits) & 0xff);
            }
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    private static int sextet(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '+' || c == '-') {
            return 62;
        }
        if (c == '/' || c == '_') {
            return 63;
        }
        return -1;
    }
}
