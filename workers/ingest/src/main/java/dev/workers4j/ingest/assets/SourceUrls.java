package dev.workers4j.ingest.assets;

import dev.workers4j.http.Url;

/**
 * What an asset's source URL means for the download: the URL to fetch (a Dropbox share link asks
 * for the file itself, not its preview page) and the file name it names.
 */
final class SourceUrls {
    static final int MAX_FILE_NAME = 120;

    private SourceUrls() {
    }

    /**
     * The URL to fetch. A Dropbox share link ({@code dropbox.com/s/...} or {@code /scl/...}) with
     * {@code dl=0}, or without dl, answers an HTML preview page; with {@code dl=1} it redirects
     * to the file. Every other URL is fetched as given.
     */
    static String downloadable(String sourceUrl) {
        Url url = Url.parse(sourceUrl);
        if (!isDropbox(url)) {
            return sourceUrl;
        }
        int fragment = sourceUrl.indexOf('#');
        String base = fragment >= 0 ? sourceUrl.substring(0, fragment) : sourceUrl;
        String query = url.rawQuery();
        if (query.isEmpty()) {
            return (base.endsWith("?") ? base : base + "?") + "dl=1";
        }
        StringBuilder rewritten = new StringBuilder();
        boolean found = false;
        for (int start = 0; start <= query.length(); ) {
            int end = query.indexOf('&', start);
            if (end < 0) {
                end = query.length();
            }
            String pair = query.substring(start, end); // not String.split: it pulls the regex engine into the bundle
            start = end + 1;
            if (pair.equals("dl") || pair.startsWith("dl=")) {
                if (found) {
                    continue; // a second dl would let Dropbox pick either
                }
                pair = "dl=1";
                found = true;
            }
            rewritten.append(rewritten.length() == 0 ? "" : "&").append(pair);
        }
        if (!found) {
            rewritten.append("&dl=1");
        }
        return base.substring(0, base.indexOf('?') + 1) + rewritten;
    }

    private static boolean isDropbox(Url url) {
        String origin = url.origin().toLowerCase();
        String host = origin.substring(origin.indexOf("//") + 2);
        int port = host.indexOf(':');
        if (port >= 0) {
            host = host.substring(0, port);
        }
        boolean dropboxHost = host.equals("dropbox.com") || host.equals("www.dropbox.com");
        return dropboxHost && (url.path().startsWith("/s/") || url.path().startsWith("/scl/"));
    }

    /**
     * The file name the URL's last path segment gives, made safe for an R2 key: percent-decoded,
     * then every character other than letters, digits, '.', '-' and '_' becomes '-', at most
     * {@link #MAX_FILE_NAME} characters (the extension kept). Null when the path names no file.
     */
    static String fileName(String sourceUrl) {
        String path = Url.parse(sourceUrl).path();
        String last = Url.decodePath(path.substring(path.lastIndexOf('/') + 1));
        // An encoded slash ("..%2F..%2Fname") decodes into a path: only its last part names the file.
        return safeFileName(last.substring(Math.max(last.lastIndexOf('/'), last.lastIndexOf('\\')) + 1));
    }

    /** A name as {@link #fileName} makes it safe; null for a name with nothing usable in it. */
    static String safeFileName(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder safe = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            boolean plain = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')
                    || ch == '.' || ch == '-' || ch == '_';
            safe.append(plain ? ch : '-');
        }
        String result = safe.toString();
        while (result.startsWith(".")) {
            result = result.substring(1); // no hidden files, no "." or ".."
        }
        if (result.replace("-", "").isEmpty()) {
            return null;
        }
        if (result.length() > MAX_FILE_NAME) {
            int dot = result.lastIndexOf('.');
            String extension = dot > 0 && result.length() - dot <= 10 ? result.substring(dot) : "";
            result = result.substring(0, MAX_FILE_NAME - extension.length()) + extension;
        }
        return result;
    }

    /** The extension of a file name, lower case, without the dot ("" when it has none). */
    static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(dot + 1).toLowerCase() : "";
    }
}
