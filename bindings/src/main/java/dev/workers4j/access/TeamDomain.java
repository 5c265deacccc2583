package dev.workers4j.access;

/**
 * The Access team's origin, {@code https://<team>.cloudflareaccess.com}: the issuer its tokens
 * name and the host of its keys. An {@code http://127.0.0.1:<port>} (or localhost) origin is
 * accepted too, for local and test identity providers; nothing else over plain HTTP.
 */
public final class TeamDomain {
    private final String origin;

    private TeamDomain(String origin) {
        this.origin = origin;
    }

    /**
     * @throws IllegalArgumentException naming what is wrong with the value (it is configuration,
     *     not a secret, so it may be shown)
     */
    public static TeamDomain of(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("CF_ACCESS_TEAM_DOMAIN is not set; it must be the team's origin,"
                    + " e.g. https://<team>.cloudflareaccess.com");
        }
        String origin = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        boolean secure = origin.startsWith("https://") && origin.length() > "https://".length();
        boolean local = origin.startsWith("http://127.0.0.1:") || origin.startsWith("http://localhost:");
        String rest = origin.substring(origin.indexOf("://") + 3);
        if (!(secure || local) || rest.indexOf('/') >= 0 || rest.indexOf('?') >= 0 || rest.indexOf('#') >= 0
                || rest.indexOf('@') >= 0) {
            throw new IllegalArgumentException("CF_ACCESS_TEAM_DOMAIN must be an origin such as"
                    + " https://<team>.cloudflareaccess.com (or http://127.0.0.1:<port> for a local identity"
                    + " provider), not " + value);
        }
        return new TeamDomain(origin);
    }

    /** The origin, without a trailing slash: what a token's {@code iss} must equal. */
    public String origin() {
        return origin;
    }

    /** Where the team publishes its signing keys (a JWKS). */
    public String certsUrl() {
        return origin + "/cdn-cgi/access/certs";
    }

    @Override
    public String toString() {
        return origin;
    }
}
