package dev.workers4j.dashboard.common;

import dev.workers4j.crypto.Encoding;
import dev.workers4j.http.Validation;
import java.nio.charset.StandardCharsets;

/**
 * The opaque keyset cursor of every list: the sort key of the last row sent, as base64url text,
 * so a client passes it back as {@code cursor} and never parses it. The parts are values this
 * API wrote (dates, numbers, identifiers), none holding a '|'.
 */
public final class Cursor {
    private static final String VERSION = "c1";

    private Cursor() {
    }

    public static String encode(String... parts) {
        StringBuilder text = new StringBuilder(VERSION);
        for (String part : parts) {
            text.append('|').append(part);
        }
        return Encoding.base64Url(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The {@code parts} values of a cursor, or null when there is none; a cursor this API did not
     * write (or one for another sort) is a problem of the {@code cursor} field.
     */
    public static String[] decode(Validation v, String raw, int parts) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        String text = null;
        if (raw.length() <= 512) {
            byte[] bytes = base64Url(raw);
            text = bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        }
        String[] out = text == null ? null : split(text, parts);
        if (out == null) {
            v.problem("cursor", "is not a cursor this list gave (pass next_cursor back unchanged)");
        }
        return out;
    }

    /**
     * The row id of a list paged by id (its cursor has that one part), or null when the request
     * has no cursor; a cursor whose part is not a whole number is a problem of {@code cursor}.
     */
    public static Long id(Validation v, String raw) {
        String[] after = decode(v, raw, 1);
        Long id = after == null ? null : Validation.parseLong(after[0]);
        v.check(after == null || id != null, "cursor", "is not a cursor this list gave");
        return id;
    }

    private static byte[] base64Url(String raw) {
        try {
            return Encoding.fromBase64Url(raw);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static String[] split(String text, int parts) {
        if (!text.startsWith(VERSION + "|")) {
            return null;
        }
        String[] out = new String[parts];
        int start = VERSION.length() + 1;
        for (int i = 0; i < parts; i++) {
            int bar = text.indexOf('|', start);
            boolean last = i == parts - 1;
            if (last != (bar < 0)) {
                return null;
            }
            out[i] = last ? text.substring(start) : text.substring(start, bar);
            start = bar + 1;
        }
        return out;
    }
}
