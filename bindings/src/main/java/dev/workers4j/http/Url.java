package dev.workers4j.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The parts of an absolute request URL that routing needs. Hand-written rather than java.net.URI:
 * it is small under TeaVM and tolerant of what the Fetch API hands a Worker.
 */
public final class Url {
    private final String href;
    private final String origin;
    private final String path;
    private final String rawQuery;
    private List<String[]> queryPairs;

    private Url(String href, String origin, String path, String rawQuery) {
        this.href = href;
        this.origin = origin;
        this.path = path;
        this.rawQuery = rawQuery;
    }

    /** Parses an absolute URL ("https://host/p?q") or an origin-relative one ("/p?q", read as http://localhost). */
    public static Url parse(String url) {
        String absolute = url.startsWith("/") ? "http://localhost" + url : url;
        int schemeEnd = absolute.indexOf("://");
        if (schemeEnd <= 0) {
            throw new IllegalArgumentException("not an absolute URL: " + url);
        }
        int fragment = absolute.indexOf('#');
        String withoutFragment = fragment >= 0 ? absolute.substring(0, fragment) : absolute;
        int pathStart = withoutFragment.indexOf('/', schemeEnd + 3);
        int queryStart = withoutFragment.indexOf('?', schemeEnd + 3);
        if (queryStart >= 0 && (pathStart < 0 || queryStart < pathStart)) {
            pathStart = -1;
        }
        int authorityEnd = pathStart >= 0 ? pathStart : (queryStart >= 0 ? queryStart : withoutFragment.length());
        String origin = withoutFragment.substring(0, authorityEnd);
        String path;
        String query;
        if (queryStart >= 0) {
            path = pathStart >= 0 ? withoutFragment.substring(pathStart, queryStart) : "/";
            query = withoutFragment.substring(queryStart + 1);
        } else {
            path = pathStart >= 0 ? withoutFragment.substring(pathStart) : "/";
            query = "";
        }
        return new Url(absolute, origin, path, query);
    }

    public String href() {
        return href;
    }

    /** Scheme, host and port, e.g. "https://example.com". */
    public String origin() {
        return origin;
    }

    /** The path as sent, still percent-encoded; always starts with "/". */
    public String path() {
        return path;
    }

    /** The query without its "?", still encoded; empty when there is none. */
    public String rawQuery() {
        return rawQuery;
    }

    /** The first value of a query parameter, decoded, or null. */
    public String query(String name) {
        for (String[] pair : queryPairs()) {
            if (pair[0].equals(name)) {
                return pair[1];
            }
        }
        return null;
    }

    /** Every value of a query parameter, decoded, in order. */
    public List<String> queryAll(String name) {
        List<String> all = new ArrayList<>(1);
        for (String[] pair : queryPairs()) {
            if (pair[0].equals(name)) {
                all.add(pair[1]);
            }
        }
        return all;
    }

    private List<String[]> queryPairs() {
        if (queryPairs == null) {
            queryPairs = rawQuery.isEmpty() ? Collections.emptyList() : parseQuery(rawQuery);
        }
        return queryPairs;
    }

    private static List<String[]> parseQuery(String query) {
        List<String[]> pairs = new ArrayList<>();
        int start = 0;
        while (start <= query.length()) {
            int end = query.indexOf('&', start);
            if (end < 0) {
                end = query.length();
            }
            if (end > start) {
                String part = query.substring(start, end);
                int eq = part.indexOf('=');
                String name = eq >= 0 ? part.substring(0, eq) : part;
                String value = eq >= 0 ? part.substring(eq + 1) : "";
                pairs.add(new String[] {PercentDecoder.decodeForm(name), PercentDecoder.decodeForm(value)});
            }
            start = end + 1;
        }
        return pairs;
    }

    /** Percent-decodes a path or one segment of it (UTF-8; '+' stays '+'; malformed escapes kept as text). */
    public static String decodePath(String text) {
        return PercentDecoder.decodePath(text);
    }

    @Override
    public String toString() {
        return href;
    }
}
