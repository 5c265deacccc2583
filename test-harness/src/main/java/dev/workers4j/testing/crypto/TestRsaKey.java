package dev.workers4j.testing.crypto;

import dev.workers4j.crypto.Encoding;
import dev.workers4j.crypto.Jwk;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;

/**
 * An RSA key pair a test generates on the JVM (java.security), with its public half as a
 * {@link Jwk} and RS256 JWTs signed by it: what a Cloudflare Access team's JWKS and tokens look
 * like, without the network.
 *
 * <pre>{@code
 * TestRsaKey key = TestRsaKey.generate("kid-1");
 * String jwt = key.signJwt("{\"sub\":\"staff@example.com\"}");
 * assertTrue(Crypto.verifyRs256(key.jwk(), TestRsaKey.signingInput(jwt), TestRsaKey.signature(jwt)));
 * }</pre>
 */
public final class TestRsaKey {
    private final String kid;
    private final KeyPair pair;

    private TestRsaKey(String kid, KeyPair pair) {
        this.kid = kid;
        this.pair = pair;
    }

    /** A fresh 2048-bit key. */
    public static TestRsaKey generate(String kid) {
        return generate(kid, 2048);
    }

    public static TestRsaKey generate(String kid, int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return new TestRsaKey(kid, generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String kid() {
        return kid;
    }

    public RSAPublicKey publicKey() {
        return (RSAPublicKey) pair.getPublic();
    }

    /** The public key as a JWK: kty RSA, n and e base64url of the unsigned big-endian values, alg RS256. */
    public Jwk jwk() {
        return Jwk.rsa(kid, base64UrlUnsigned(publicKey().getModulus()), base64UrlUnsigned(publicKey().getPublicExponent()));
    }

    /** The raw RS256 (SHA256withRSA) signature of the bytes. */
    public byte[] sign(byte[] data) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(pair.getPrivate());
            signer.update(data);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A compact JWS: header {"alg":"RS256","typ":"JWT","kid":...}, this payload JSON, RS256 signature. */
    public String signJwt(String payloadJson) {
        return signJwt(payloadJson, kid);
    }

    /** {@link #signJwt(String)} naming another kid in the header (a key swapped under a known kid). */
    public String signJwt(String payloadJson, String headerKid) {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + headerKid + "\"}";
        String signingInput = base64Url(header) + "." + base64Url(payloadJson);
        return signingInput + "." + Encoding.base64Url(sign(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The bytes a JWT's signature covers: the ASCII of {@code header.payload}. */
    public static byte[] signingInput(String jwt) {
        return jwt.substring(0, jwt.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII);
    }

    /** A JWT's raw signature (its third part, base64url-decoded). */
    public static byte[] signature(String jwt) {
        return Encoding.fromBase64Url(jwt.substring(jwt.lastIndexOf('.') + 1));
    }

    /** The JWT with its payload replaced (signature kept): a tampered token. */
    public static String withPayload(String jwt, String payloadJson) {
        int first = jwt.indexOf('.');
        int last = jwt.lastIndexOf('.');
        return jwt.substring(0, first + 1) + base64Url(payloadJson) + jwt.substring(last);
    }

    /** The JWT with its signature replaced by these bytes. */
    public static String withSignature(String jwt, byte[] signature) {
        return jwt.substring(0, jwt.lastIndexOf('.') + 1) + Encoding.base64Url(signature);
    }

    private static String base64Url(String json) {
        return Encoding.base64Url(json.getBytes(StandardCharsets.UTF_8));
    }

    /** base64url of the minimal unsigned big-endian form (BigInteger adds a sign byte). */
    static String base64UrlUnsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            byte[] trimmed = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
            bytes = trimmed;
        }
        return Encoding.base64Url(bytes);
    }
}
