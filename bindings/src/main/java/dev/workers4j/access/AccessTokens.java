package dev.workers4j.access;

import dev.workers4j.http.Request;

/** Where a request carries its Access token: the {@code Cf-Access-Jwt-Assertion} header, else the {@code CF_Authorization} cookie. */
public final class AccessTokens {
    public static final String HEADER = "cf-access-jwt-assertion";
    public static final String COOKIE = "CF_Authorization";

    private AccessTokens() {
    }

    /**
     * The header's token, else the cookie's; null when there is neither.
     *
     * @throws AccessException (malformed) for two CF_Authorization cookies: which one counts would be a guess
     */
    public static String from(Request request) {
        String header = request.header(HEADER);
        if (header != null && !header.trim().isEmpty()) {
            return header.trim();
        }
        return cookie(request.header("cookie"));
    }

    private static String cookie(String header) {
        if (header == null) {
            return null;
        }
        String found = null;
        int start = 0;
        while (start <= header.length()) {
            int end = header.indexOf(';', start);
            if (end < 0) {
                end = header.length();
            }
            String pair = header.substring(start, end).trim();
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).trim().equals(COOKIE)) {
                if (found != null) {
                    throw AccessException.malformed("the request has more than one " + COOKIE + " cookie");
                }
                found = pair.substring(eq + 1).trim();
            }
            start = end + 1;
        }
        return found;
    }
}
