package dev.workers4j.http;

import java.nio.charset.StandardCharsets;

/** Percent-decoding as URLSearchParams and path params do it: UTF-8, malformed escapes kept as text. */
final class PercentDecoder {
    private PercentDecoder() {
    }

    /** Query-string decoding: '+' is a space. */
    static String decodeForm(String text) {
        return decode(text, true);
    }

    /** Path decoding: '+' stays '+'. */
    static String decodePath(String text) {
        return decode(text, false);
    }

    private static String decode(String text, boolean plusIsSpace) {
        if (text.indexOf('%') < 0 && (!plusIsSpace || text.indexOf('+') < 0)) {
            return text;
        }
        byte[] out = new byte[text.length() * 3];
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                out[length++] = (byte) (hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                out[length++] = ' ';
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                for (byte b : encoded) {
                    out[length++] = b;
                }
            }
        }
        return new String(out, 0, length, StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
