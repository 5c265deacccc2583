package dev.workers4j.http;

import java.util.ArrayList;
import java.util.List;

/**
 * A route path: literal segments, ":name" params (one segment) and a trailing "*" wildcard
 * (the rest of the path, possibly nothing). Matching is exact about trailing slashes, as Hono's
 * default strict mode is.
 */
final class PathPattern {
    private static final int LITERAL = 0;
    private static final int PARAM = 1;

    private final String source;
    private final String[] segments;
    private final int[] kinds;
    private final boolean wildcard;
    private final String[] paramNames;

    private PathPattern(String source, String[] segments, int[] kinds, boolean wildcard, String[] paramNames) {
        this.source = source;
        this.segments = segments;
        this.kinds = kinds;
        this.wildcard = wildcard;
        this.paramNames = paramNames;
    }

    static PathPattern compile(String path) {
        if (!path.startsWith("/") && !path.equals("*")) {
            throw new IllegalArgumentException("a route path starts with '/': " + path);
        }
        String[] parts = split(path);
        boolean wildcard = parts.length > 0 && parts[parts.length - 1].equals("*");
        int count = wildcard ? parts.length - 1 : parts.length;
        String[] segments = new String[count];
        int[] kinds = new int[count];
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String part = parts[i];
            if (part.equals("*")) {
                throw new IllegalArgumentException("'*' may only end a route path: " + path);
            }
            if (part.startsWith(":")) {
                kinds[i] = PARAM;
                segments[i] = part.substring(1);
                names.add(segments[i]);
            } else {
                kinds[i] = LITERAL;
                segments[i] = part;
            }
        }
        return new PathPattern(path, segments, kinds, wildcard, names.toArray(new String[0]));
    }

    /** "/a/b" and a prefix "/api" give "/api/a/b"; "/" under "/api" gives "/api". */
    PathPattern under(String prefix) {
        String base = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        if (source.equals("*")) {
            return compile(base + "/*");
        }
        return compile(source.equals("/") && !base.isEmpty() ? base : base + source);
    }

    /** Matches pre-split request segments; fills values (one per param) and answers whether it matched. */
    boolean matches(String[] path, String[] valuesOut) {
        if (wildcard ? path.length < segments.length : path.length != segments.length) {
            return false;
        }
        int param = 0;
        for (int i = 0; i < segments.length; i++) {
            if (kinds[i] == LITERAL) {
                if (!segments[i].equals(path[i])) {
                    return false;
                }
            } else {
                if (path[i].isEmpty()) {
                    return false;
                }
                if (valuesOut != null) {
                    valuesOut[param] = path[i];
                }
                param++;
            }
        }
        return true;
    }

    String[] paramNames() {
        return paramNames;
    }

    /** "/" gives no segments; "/a/b/" gives ["a", "b", ""] so a trailing slash is a distinct path. */
    static String[] split(String path) {
        if (path.equals("*")) {
            return new String[] {"*"};
        }
        if (path.equals("/") || path.isEmpty()) {
            return new String[0];
        }
        int count = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                count++;
            }
        }
        String[] parts = new String[count];
        int start = 1;
        for (int i = 0; i < count; i++) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            parts[i] = path.substring(start, end);
            start = end + 1;
        }
        return parts;
    }

    @Override
    public String toString() {
        return source;
    }
}
