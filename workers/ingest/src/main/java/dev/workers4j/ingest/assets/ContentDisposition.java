package dev.workers4j.ingest.assets;

import dev.workers4j.http.Url;

/** The file name a Content-Disposition header gives (RFC 6266): {@code filename*} (RFC 5987) before {@code filename}. */
final class ContentDisposition {
    private ContentDisposition() {
    }

    /** The safe file name (see {@link SourceUrls#safeFileName}), or null when the header names none. */
    static String fileName(String header) {
        if (header == null) {
            return null;
        }
        String extended = parameter(header, "filename*");
        if (extended != null) {
            int quote = extended.indexOf("''");
            if (quote >= 0 && extended.substring(0, quote).equalsIgnoreCase("utf-8")) {
                String name = SourceUrls.safeFileName(Url.decodePath(extended.substring(quote + 2)));
                if (name != null) {
                    return name;
                }
            }
        }
        return SourceUrls.safeFileName(parameter(header, "filename"));
    }

    /** A parameter's value, unquoted (backslash escapes undone); null when absent. */
    private static String parameter(String header, String name) {
        for (String part : splitParameters(header)) {
            int equals = part.indexOf('=');
            if (equals > 0 && part.substring(0, equals).trim().equalsIgnoreCase(name)) {
                String value = part.substring(equals + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    StringBuilder unquoted = new StringBuilder();
                    for (int i = 1; i < value.length() - 1; i++) {
                        char ch = value.charAt(i);
                        if (ch == '\\' && i + 1 < value.length() - 1) {
                            ch = value.charAt(++i);
                        }
                        unquoted.append(ch);
                    }
                    return unquoted.toString();
                }
                return value;
            }
        }
        return null;
    }

    /** The header split at semicolons outside quotes. */
    private static java.util.List<String> splitParameters(String header) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char ch = header.charAt(i);
            if (ch == '"' && (i == 0 || header.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            }
            if (ch == ';' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
