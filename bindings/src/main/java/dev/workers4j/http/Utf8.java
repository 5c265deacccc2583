package dev.workers4j.http;

import java.nio.charset.StandardCharsets;

/** UTF-8 conversions in one place. */
public final class Utf8 {
    private Utf8() {
    }

    /** As fetch's {@code text()} decodes a body: malformed bytes become U+FFFD and a leading BOM is dropped. */
    public static String decode(byte[] bytes) {
        boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        return bom ? new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8) : new String(bytes, StandardCharsets.UTF_8);
    }

    public static byte[] encode(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
