package dev.workers4j.access;

/**
 * Who a verified Cloudflare Access token says made the request: a staff member ({@code email})
 * or an Access service token ({@code commonName}, its client id). {@code subject} and
 * {@code country} when the token carries them.
 */
public record AccessIdentity(String email, String commonName, String subject, String country) {
    /** The staff email, or the service token's common name: what writes record as their author. */
    public String name() {
        return email != null ? email : commonName;
    }

    /** Whether an Access service token (not a person) made the request. */
    public boolean isServiceToken() {
        return email == null;
    }
}
