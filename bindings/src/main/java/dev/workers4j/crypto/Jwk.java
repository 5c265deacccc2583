package dev.workers4j.crypto;

/**
 * The fields of an RSA JSON Web Key (RFC 7517/7518) that RS256 verification reads, as the JWKS
 * document has them: strings, {@code n} and {@code e} base64url without padding. Any field may be
 * null here; {@link Crypto#rs256Key(Jwk)} says what it refuses.
 *
 * @param kty key type, must be "RSA"
 * @param n   modulus, base64url (big-endian unsigned)
 * @param e   public exponent, base64url (big-endian unsigned)
 * @param alg algorithm, "RS256" or absent (null)
 * @param kid key id, informational (which key of the set a JWT header names)
 */
public record Jwk(String kty, String n, String e, String alg, String kid) {
    /** An RSA key for RS256 with this modulus and exponent (base64url). */
    public static Jwk rsa(String kid, String n, String e) {
        return new Jwk("RSA", n, e, "RS256", kid);
    }
}
