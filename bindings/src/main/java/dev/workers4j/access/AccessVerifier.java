package dev.workers4j.access;

import dev.workers4j.crypto.CryptoException;
import dev.workers4j.crypto.Rs256PublicKey;
import java.util.function.LongSupplier;

/**
 * Validates Cloudflare Access tokens as Cloudflare documents it, or stricter: a compact JWS of at
 * most 16 KB; header {@code alg} RS256 and nothing else, no {@code crit}, the key chosen by
 * {@code kid} from the team's JWKS; then {@code iss} equal to the team domain, {@code aud} (a
 * string or an array) containing the application's audience tag, {@code exp} required, and
 * {@code exp}, {@code nbf}, {@code iat} numbers checked with at most 60 s of clock skew. The
 * identity is {@code email}, or {@code common_name} for a service token.
 *
 * <p>One verifier per isolate ({@link dev.workers4j.worker.PerIsolate}): it keeps the imported keys,
 * and the tokens it has verified ({@link VerifiedTokens}): a staff browser sends the same token
 * with every request, and a repeat costs a map lookup and the time checks instead of a parse and
 * an RSA verification, while the key set is fresh.
 */
public final class AccessVerifier {
    static final double CLOCK_SKEW_SECONDS = 60;

    private final TeamDomain team;
    private final String audience;
    private final AccessKeys keys;
    private final LongSupplier clock;
    private final VerifiedTokens verified = new VerifiedTokens();

    public AccessVerifier(TeamDomain team, String audience) {
        this(team, audience, System::currentTimeMillis);
    }

    AccessVerifier(TeamDomain team, String audience, LongSupplier clock) {
        if (audience == null || audience.isEmpty()) {
            throw new IllegalArgumentException("CF_ACCESS_AUD is not set; it must be the Access application's"
                    + " audience (AUD) tag");
        }
        this.team = team;
        this.audience = audience;
        this.clock = clock;
        this.keys = new AccessKeys(team, clock);
    }

    /**
     * The identity a valid token carries.
     *
     * @throws AccessException naming the class of failure (and, for the log, the check)
     */
    public AccessIdentity verify(String token) {
        if (token == null || token.isEmpty()) {
            throw AccessException.missing("no token in the Cf-Access-Jwt-Assertion header or CF_Authorization cookie");
        }
        long nowMillis = clock.getAsLong();
        AccessIdentity known = verified.identity(token, nowMillis / 1000.0, CLOCK_SKEW_SECONDS, keys);
        if (known != null && nowMillis < keys.freshUntil()) {
            return known;
        }
        CompactJws jws = CompactJws.parse(token);
        if (!"RS256".equals(jws.algorithm)) {
            throw AccessException.invalid("alg is not RS256");
        }
        if (jws.hasCritical) {
            throw AccessException.invalid("the header has crit");
        }
        if (jws.keyId == null) {
            throw AccessException.invalid("the header has no kid");
        }
        Rs256PublicKey key = keys.key(jws.keyId);
        if (key == null) {
            throw AccessException.invalid("kid is not among the team's keys");
        }
        if (!signatureMatches(key, jws)) {
            throw AccessException.invalid("the signature does not verify");
        }
        AccessIdentity identity = checkClaims(jws.claims);
        verified.remember(token, identity, jws.keyId, jws.claims.expiresAt, jws.claims.notBefore);
        return identity;
    }

    private static boolean signatureMatches(Rs256PublicKey key, CompactJws jws) {
        byte[] input = jws.signingInput;
        byte[] signature = jws.signature;
        if (signature.length != key.signatureLength()) {
            return false;
        }
        try {
            return key.verify(input, signature);
        } catch (CryptoException refused) {
            return false;
        }
    }

    private AccessIdentity checkClaims(AccessClaims claims) {
        if (claims.typeProblem != null) {
            throw AccessException.invalid(claims.typeProblem);
        }
        if (!team.origin().equals(claims.issuer)) {
            throw AccessException.invalid("iss is not the team domain");
        }
        if (!claims.audiences.contains(audience)) {
            throw AccessException.invalid("aud does not contain the application's audience");
        }
        if (claims.expiresAt == null) {
            throw AccessException.invalid("exp is missing");
        }
        double now = clock.getAsLong() / 1000.0;
        if (now > claims.expiresAt + CLOCK_SKEW_SECONDS) {
            throw AccessException.expired("exp has passed");
        }
        if (claims.notBefore != null && now < claims.notBefore - CLOCK_SKEW_SECONDS) {
            throw AccessException.invalid("nbf is in the future");
        }
        if (claims.issuedAt != null && now < claims.issuedAt - CLOCK_SKEW_SECONDS) {
            throw AccessException.invalid("iat is in the future");
        }
        if (claims.email == null && claims.commonName == null) {
            throw AccessException.invalid("neither email nor common_name names the identity");
        }
        return new AccessIdentity(claims.email, claims.commonName, claims.subject, claims.country);
    }
}
