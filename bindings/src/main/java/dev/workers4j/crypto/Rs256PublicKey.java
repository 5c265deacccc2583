package dev.workers4j.crypto;

/**
 * An RSA public key imported for RS256 (RSASSA-PKCS1-v1_5 with SHA-256), validated once so it can
 * be kept (e.g. per {@code kid} of a JWKS) and used for many verifications. Made by
 * {@link Crypto#rs256Key(Jwk)}.
 */
public final class Rs256PublicKey {
    static final int MIN_MODULUS_BITS = 2048;
    static final int MAX_MODULUS_BITS = 16384;
    static final int MAX_EXPONENT_BYTES = 4;

    private final String kid;
    private final int modulusBits;
    private final int signatureLength;
    private final CryptoProvider.RsaVerifier verifier;

    private Rs256PublicKey(String kid, int modulusBits, CryptoProvider.RsaVerifier verifier) {
        this.kid = kid;
        this.modulusBits = modulusBits;
        this.signatureLength = (modulusBits + 7) / 8;
        this.verifier = verifier;
    }

    /** The JWK's key id (may be null). */
    public String kid() {
        return kid;
    }

    /** The modulus size in bits (2048 for Cloudflare Access keys). */
    public int modulusBits() {
        return modulusBits;
    }

    /** The length every RS256 signature of this key has, in bytes. */
    public int signatureLength() {
        return signatureLength;
    }

    /**
     * Verifies an RS256 signature.
     *
     * @param signingInput the signed bytes (for a JWT: the ASCII of {@code header.payload})
     * @param signature    the raw signature (for a JWT: the base64url-decoded third part)
     * @return true when the signature is valid for the input; false when it is a well-formed
     *         signature that does not match (tampered input, another key)
     * @throws CryptoException when the signature is missing or not {@link #signatureLength()} bytes
     */
    public boolean verify(byte[] signingInput, byte[] signature) {
        if (signingInput == null) {
            throw new CryptoException("RS256: the signing input is missing");
        }
        if (signature == null) {
            throw new CryptoException("RS256: the signature is missing");
        }
        if (signature.length != signatureLength) {
            throw new CryptoException("RS256: the signature is " + signature.length + " bytes; a "
                    + modulusBits + "-bit key's signatures are " + signatureLength + " bytes");
        }
        return verifier.verify(signingInput, signature);
    }

    static Rs256PublicKey of(Jwk jwk, CryptoProvider provider) {
        if (jwk == null) {
            throw new CryptoException("JWK: the key is missing");
        }
        if (!"RSA".equals(jwk.kty())) {
            throw new CryptoException("JWK " + kidOf(jwk) + ": kty must be \"RSA\" for RS256, was " + quoted(jwk.kty()));
        }
        if (jwk.alg() != null && !"RS256".equals(jwk.alg())) {
            throw new CryptoException("JWK " + kidOf(jwk) + ": alg must be \"RS256\" or absent, was " + quoted(jwk.alg()));
        }
        byte[] modulus = unsigned(decode(jwk, "n", jwk.n()));
        byte[] exponent = unsigned(decode(jwk, "e", jwk.e()));
        int bits = bitLength(modulus);
        if (bits < MIN_MODULUS_BITS || bits > MAX_MODULUS_BITS) {
            throw new CryptoException("JWK " + kidOf(jwk) + ": the modulus has " + bits + " bits; RS256 keys need "
                    + MIN_MODULUS_BITS + " to " + MAX_MODULUS_BITS);
        }
        if ((modulus[modulus.length - 1] & 1) == 0) {
            throw new CryptoException("JWK " + kidOf(jwk) + ": the modulus is even, so not an RSA modulus");
        }
        if (exponent.length == 0 || exponent.length > MAX_EXPONENT_BYTES
                || (exponent[exponent.length - 1] & 1) == 0
                || (exponent.length == 1 && (exponent[0] & 0xff) < 3)) {
            throw new CryptoException("JWK " + kidOf(jwk) + ": the exponent must be an odd number from 3 to 2^32-1");
        }
        CryptoProvider.RsaVerifier verifier = provider.importRs256(modulus, exponent);
        return new Rs256PublicKey(jwk.kid(), bits, verifier);
    }

    private static byte[] decode(Jwk jwk, String field, String value) {
        if (value == null || value.isEmpty()) {
            throw new CryptoException("JWK " + kidOf(jwk) + ": \"" + field + "\" is missing");
        }
        try {
            return Encoding.fromBase64Url(value);
        } catch (IllegalArgumentException e) {
            throw new CryptoException("JWK " + kidOf(jwk) + ": \"" + field + "\" is not base64url: " + e.getMessage());
        }
    }

    /** Strips leading zero bytes (a JWK may carry one; the import wants the minimal form). */
    private static byte[] unsigned(byte[] value) {
        int start = 0;
        while (start < value.length && value[start] == 0) {
            start++;
        }
        if (start == 0) {
            return value;
        }
        byte[] out = new byte[value.length - start];
        System.arraycopy(value, start, out, 0, out.length);
        return out;
    }

    private static int bitLength(byte[] minimal) {
        if (minimal.length == 0) {
            return 0;
        }
        return (minimal.length - 1) * 8 + (32 - Integer.numberOfLeadingZeros(minimal[0] & 0xff));
    }

    private static String kidOf(Jwk jwk) {
        return jwk.kid() == null ? "(no kid)" : quoted(jwk.kid());
    }

    private static String quoted(String value) {
        return value == null ? "absent" : "\"" + value + "\"";
    }
}
