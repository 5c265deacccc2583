package dev.workers4j.http;

import java.nio.charset.StandardCharsets;

/** UTF-8 conversions in one place. */
public final class Utf8 {
    private Utf8() {
    }

    public static String decode(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public static byte[] encode(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
