package dev.workers4j.ingest.assets;

/**
 * Content types of the files a creative team ingests: the response's when it names one, else the
 * one the file extension implies, and the extension a type implies for a file with no name.
 */
final class ContentTypes {
    static final String UNKNOWN = "application/octet-stream";
    private static final String[][] BY_EXTENSION = {
        {"jpg", "image/jpeg"}, {"jpeg", "image/jpeg"}, {"png", "image/png"}, {"gif", "image/gif"},
        {"webp", "image/webp"}, {"avif", "image/avif"}, {"heic", "image/heic"}, {"svg", "image/svg+xml"},
        {"tif", "image/tiff"}, {"tiff", "image/tiff"}, {"psd", "image/vnd.adobe.photoshop"},
        {"mp4", "video/mp4"}, {"m4v", "video/x-m4v"}, {"mov", "video/quicktime"}, {"webm", "video/webm"},
        {"mp3", "audio/mpeg"}, {"wav", "audio/wav"}, {"pdf", "application/pdf"}, {"zip", "application/zip"},
        {"txt", "text/plain"}, {"csv", "text/csv"}, {"json", "application/json"},
    };

    private ContentTypes() {
    }

    /**
     * The type to store: the response's media type (parameters dropped, lower case) unless it is
     * missing or says only "bytes" (application/octet-stream, binary/octet-stream), then the
     * extension's, else application/octet-stream.
     */
    static String of(String responseType, String fileName) {
        String media = mediaType(responseType);
        if (media != null && !media.equals(UNKNOWN) && !media.equals("binary/octet-stream")) {
            return media;
        }
        String extension = SourceUrls.extension(fileName);
        for (String[] known : BY_EXTENSION) {
            if (known[0].equals(extension)) {
                return known[1];
            }
        }
        return UNKNOWN;
    }

    /** The extension for a type ("bin" when it is not one of ours). */
    static String extensionFor(String contentType) {
        for (String[] known : BY_EXTENSION) {
            if (known[1].equals(contentType)) {
                return known[0];
            }
        }
        return "bin";
    }

    /** "text/html; charset=utf-8" → "text/html"; null for a missing or empty header. */
    static String mediaType(String header) {
        if (header == null) {
            return null;
        }
        int semicolon = header.indexOf(';');
        String media = (semicolon >= 0 ? header.substring(0, semicolon) : header).trim().toLowerCase();
        return media.isEmpty() ? null : media;
    }

    /** An HTML page: what a share link, login wall or error page answers instead of the file. */
    static boolean isHtml(String mediaType) {
        return "text/html".equals(mediaType) || "application/xhtml+xml".equals(mediaType);
    }

    /** Whether the first bytes of a body are an HTML document, whatever its Content-Type said. */
    static boolean looksLikeHtml(byte[] head, int length) {
        int i = 0;
        while (i < length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        if (i + 3 <= length && (head[i] & 0xFF) == 0xEF && (head[i + 1] & 0xFF) == 0xBB && (head[i + 2] & 0xFF) == 0xBF) {
            i += 3; // a UTF-8 byte order mark
        }
        return startsWithIgnoringCase(head, i, length, "<!doctype html") || startsWithIgnoringCase(head, i, length, "<html");
    }

    private static boolean startsWithIgnoringCase(byte[] bytes, int from, int length, String prefix) {
        if (length - from < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            char ch = (char) bytes[from + k];
            if (Character.toLowerCase(ch) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
