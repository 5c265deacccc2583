package dev.workers4j.crypto;

import dev.workers4j.runtime.js.crypto.JsCryptoProvider;
import org.teavm.interop.PlatformMarker;

/**
 * The crypto an application needs, the same calls on both runtimes: WebCrypto
 * ({@code crypto.subtle}, {@code crypto.DigestStream}, {@code crypto.getRandomValues}) in workerd,
 * java.security on the JVM.
 *
 * <pre>{@code
 * byte[] digest = Crypto.sha256(bytes);
 * String etag = Encoding.hex(digest);
 * boolean valid = Crypto.verifyRs256(jwk, signingInput, signature);
 * Rs256PublicKey key = Crypto.rs256Key(jwk);           // validate and import once, verify often
 * byte[] nonce = Crypto.randomBytes(16);
 * String id = Crypto.randomUuid();
 * }</pre>
 *
 * <p>Errors: bad input (a malformed or unsupported key, a signature of the wrong length) throws
 * {@link CryptoException}; a well-formed signature that does not match returns {@code false}.
 *
 * <p>In workerd every call except {@link #randomBytes} and {@link #randomUuid} may suspend the
 * green thread on a WebCrypto Promise, so call them from handlers, not from a Worker's constructor
 * or a static initializer.
 *
 * <p>The runtime's provider is chosen on first use: TeaVM compiles only the WebCrypto branch (a
 * {@link PlatformMarker} method, so java.security never reaches a bundle), the JVM takes the
 * java.security one. {@link #install} replaces it (a test double, say).
 */
public final class Crypto {
    private static CryptoProvider provider;

    private Crypto() {
    }

    /** Replaces the runtime's provider; {@code null} goes back to the runtime's default. */
    public static void install(CryptoProvider newProvider) {
        provider = newProvider;
    }

    /** The provider in use (installing the runtime's default on first call). */
    public static CryptoProvider provider() {
        CryptoProvider current = provider;
        if (current == null) {
            current = isTeaVm() ? new JsCryptoProvider() : new JvmCryptoProvider();
            provider = current;
        }
        return current;
    }

    /** SHA-256 of the bytes (32 bytes). */
    public static byte[] sha256(byte[] data) {
        if (data == null) {
            throw new CryptoException("SHA-256: the data is missing");
        }
        return provider().sha256(data);
    }

    /** SHA-256 of the string's UTF-8 bytes. */
    public static byte[] sha256(String text) {
        if (text == null) {
            throw new CryptoException("SHA-256: the text is missing");
        }
        return sha256(Encoding.utf8(text));
    }

    /** An incremental SHA-256: {@code update(chunk)} many times, then {@code digest()}. */
    public static Sha256Hasher newSha256() {
        return provider().newSha256();
    }

    /**
     * Validates a JWK and imports it as an RS256 public key.
     *
     * <p>Refused with {@link CryptoException}: a missing key; kty other than "RSA"; alg other than
     * "RS256" (absent is fine); n or e missing or not base64url; a modulus under 2048 or over 16384
     * bits, or even; an exponent that is even, under 3 or over 32 bits; a key the runtime refuses.
     */
    public static Rs256PublicKey rs256Key(Jwk jwk) {
        return Rs256PublicKey.of(jwk, provider());
    }

    /**
     * Verifies an RS256 signature (RSASSA-PKCS1-v1_5 with SHA-256) with a key given as a JWK.
     *
     * @return true for a valid signature, false for a well-formed one that does not match
     * @throws CryptoException for a malformed or unsupported key (see {@link #rs256Key}) and for a
     *                         missing signature or one whose length is not the modulus length
     */
    public static boolean verifyRs256(Jwk jwk, byte[] signingInput, byte[] signature) {
        return rs256Key(jwk).verify(signingInput, signature);
    }

    /** {@code count} cryptographically secure random bytes. */
    public static byte[] randomBytes(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("negative byte count: " + count);
        }
        byte[] bytes = new byte[count];
        if (count > 0) {
            provider().randomBytes(bytes);
        }
        return bytes;
    }

    /** A random version 4 UUID from the secure source, e.g. "3b241101-e2bb-4255-8caf-4136c566a962". */
    public static String randomUuid() {
        return provider().randomUuid();
    }

    /** True when compiled by TeaVM (the call is replaced by a constant), false on the JVM. */
    @PlatformMarker
    private static boolean isTeaVm() {
        return false;
    }
}
