package dev.workers4j.crypto;

/**
 * What a runtime supplies behind {@link Crypto}: WebCrypto in workerd
 * ({@code dev.workers4j.runtime.js.crypto.JsCryptoProvider}), java.security on the JVM. Inputs
 * arrive validated by the facade; implementations only do the cryptography.
 */
public interface CryptoProvider {
    /** A short description for diagnostics, e.g. which SHA-256 streaming mode is used. */
    String description();

    byte[] sha256(byte[] data);

    Sha256Hasher newSha256();

    /**
     * Imports an RSA public key for RSASSA-PKCS1-v1_5 with SHA-256.
     *
     * @param modulus  big-endian unsigned, no leading zero byte, 2048 to 16384 bits
     * @param exponent big-endian unsigned, no leading zero byte, odd, at most 4 bytes
     * @throws CryptoException when the runtime refuses the key
     */
    RsaVerifier importRs256(byte[] modulus, byte[] exponent);

    /** Fills the array with cryptographically secure random bytes. */
    void randomBytes(byte[] target);

    /** A random (version 4) UUID, lower-case, 36 characters. */
    String randomUuid();

    /** An imported RS256 public key. */
    interface RsaVerifier {
        /**
         * @param signature exactly as long as the modulus in bytes (the facade checks it)
         * @return whether the signature is valid for the input under this key
         */
        boolean verify(byte[] signingInput, byte[] signature);
    }
}
