package dev.workers4j.testing.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.workers4j.testing.crypto.TestRsaKey;

/**
 * An Access token claim by claim, signed RS256 by a {@link LocalIdentityProvider}'s key (or
 * another): what a test needs for each valid and forged variant.
 */
public final class TokenBuilder {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode claims = JSON.createObjectNode();
    private TestRsaKey key;
    private String kid;

    TokenBuilder(TestRsaKey key) {
        this.key = key;
        this.kid = key.kid();
    }

    public TokenBuilder issuer(String iss) {
        claims.put("iss", iss);
        return this;
    }

    public TokenBuilder audience(String aud) {
        claims.putArray("aud").add(aud);
        return this;
    }

    public TokenBuilder email(String email) {
        claims.put("email", email);
        claims.put("sub", "sub-" + Integer.toHexString(email.hashCode()));
        claims.put("country", "GB");
        claims.put("type", "app");
        return this;
    }

    public TokenBuilder commonName(String commonName) {
        claims.put("common_name", commonName);
        claims.put("sub", "");
        claims.put("type", "app");
        return this;
    }

    public TokenBuilder expiresAt(long epochSeconds) {
        claims.put("exp", epochSeconds);
        return this;
    }

    public TokenBuilder notBefore(long epochSeconds) {
        claims.put("nbf", epochSeconds);
        return this;
    }

    public TokenBuilder issuedAt(long epochSeconds) {
        claims.put("iat", epochSeconds);
        return this;
    }

    /** Any claim as JSON text (a string exp, a nested object...), or removes it with null. */
    public TokenBuilder claim(String name, String jsonValue) {
        if (jsonValue == null) {
            claims.remove(name);
            return this;
        }
        try {
            claims.set(name, JSON.readTree(jsonValue));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not JSON: " + jsonValue, e);
        }
        return this;
    }

    /** Signs with another key (the kid stays the provider's unless {@link #kid} changes it). */
    public TokenBuilder signedBy(TestRsaKey other) {
        this.key = other;
        return this;
    }

    public TokenBuilder kid(String kid) {
        this.kid = kid;
        return this;
    }

    /** The payload JSON as it will be signed. */
    public String payload() {
        return claims.toString();
    }

    public String sign() {
        return key.signJwt(payload(), kid);
    }
}
