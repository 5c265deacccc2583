package dev.workers4j.access;

import dev.workers4j.http.HttpException;

/**
 * A request Cloudflare Access validation refused: 401 with a code naming the class of failure, or
 * 503 when the team's keys cannot be had. The message a client sees says only that class; the
 * check that failed is {@link #check()}, for the log. Neither ever holds the token.
 */
public final class AccessException extends HttpException {
    public static final String MISSING = "access_token_missing";
    public static final String MALFORMED = "access_token_malformed";
    public static final String INVALID = "access_token_invalid";
    public static final String EXPIRED = "access_token_expired";
    public static final String KEYS_UNAVAILABLE = "access_keys_unavailable";

    private final String check;

    private AccessException(int status, String code, String message, String check) {
        super(status, code, message);
        this.check = check;
    }

    /** Which check failed, e.g. "alg is not RS256": for the log, never for the client. */
    public String check() {
        return check;
    }

    static AccessException missing(String check) {
        return new AccessException(401, MISSING, "a Cloudflare Access token is required", check);
    }

    static AccessException malformed(String check) {
        return new AccessException(401, MALFORMED, "the Cloudflare Access token is malformed", check);
    }

    static AccessException invalid(String check) {
        return new AccessException(401, INVALID, "the Cloudflare Access token is not valid", check);
    }

    static AccessException expired(String check) {
        return new AccessException(401, EXPIRED, "the Cloudflare Access token has expired", check);
    }

    static AccessException keysUnavailable(String check) {
        return new AccessException(503, KEYS_UNAVAILABLE,
                "the Cloudflare Access signing keys are unavailable; try again", check);
    }
}
