package dev.workers4j.access;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tokens that passed every check, by their exact text (signature included), with the identity
 * and the time bounds they carry: a repeat is answered after checking only the time again. Only
 * successes are kept, at most {@link #CAPACITY} (least recently used first out), so a flood of
 * forged tokens neither fills it nor skips a check.
 */
final class VerifiedTokens {
    static final int CAPACITY = 1024;

    private record Verified(AccessIdentity identity, String kid, double expiresAt, double notBefore) {
    }

    private final Map<String, Verified> tokens = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * The identity of a token verified before, still within its time bounds and signed by a key
     * the team still publishes (a rotated-out key takes its tokens with it); else null.
     */
    AccessIdentity identity(String token, double nowSeconds, double skewSeconds, AccessKeys keys) {
        Verified hit = tokens.get(token);
        if (hit == null) {
            return null;
        }
        if (nowSeconds > hit.expiresAt() + skewSeconds || nowSeconds < hit.notBefore() - skewSeconds
                || !keys.has(hit.kid())) {
            tokens.remove(token);
            return null;
        }
        return hit.identity();
    }

    void remember(String token, AccessIdentity identity, String kid, Double expiresAt, Double notBefore) {
        tokens.put(token, new Verified(identity, kid, expiresAt,
                notBefore == null ? Double.NEGATIVE_INFINITY : notBefore));
    }
}
