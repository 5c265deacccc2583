package dev.workers4j.http;

import java.nio.charset.StandardCharsets;

/** UTF-8 conversions in one place. */
public final class Utf8 {
    /** Bytes to text, malformed bytes as U+FFFD, a BOM kept as U+FEFF: what a runtime decodes in bulk. */
    @FunctionalInterface
    public interface Decoder {
        String decode(byte[] bytes, int offset, int length);
    }

    private static final Decoder JDK = (bytes, offset, length) -> new String(bytes, offset, length, StandardCharsets.UTF_8);
    private static Decoder decoder = JDK;

    private Utf8() {
    }

    /**
     * Installs the runtime's decoder (workerd: TextDecoder, native speed; TeaVM's own UTF-8 decoder
     * is a per-byte loop); called once at startup by a runtime, not by applications.
     */
    public static void install(Decoder runtime) {
        decoder = runtime == null ? JDK : runtime;
    }

    /** As fetch's {@code text()} decodes a body: malformed bytes become U+FFFD and a leading BOM is dropped. */
    public static String decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** {@link #decode(byte[])} of {@code length} bytes from {@code offset}: a BOM there is dropped. */
    public static String decode(byte[] bytes, int offset, int length) {
        boolean bom = length >= 3 && bytes[offset] == (byte) 0xEF && bytes[offset + 1] == (byte) 0xBB
                && bytes[offset + 2] == (byte) 0xBF;
        return bom ? decoder.decode(bytes, offset + 3, length - 3) : decoder.decode(bytes, offset, length);
    }

    public static byte[] encode(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
