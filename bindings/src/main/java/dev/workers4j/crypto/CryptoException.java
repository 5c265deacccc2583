package dev.workers4j.crypto;

/**
 * Input the crypto facade cannot use: a malformed or unsupported JWK, a signature that cannot be
 * an RS256 signature for the key (wrong length, not base64url), or a failure of the runtime's
 * crypto itself. A well-formed signature that simply does not match is not an exception:
 * {@link Crypto#verifyRs256} answers {@code false} for it.
 */
public class CryptoException extends RuntimeException {
    public CryptoException(String message) {
        super(message);
    }

    public CryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}
