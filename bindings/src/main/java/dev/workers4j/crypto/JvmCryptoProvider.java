package dev.workers4j.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.RSAPublicKeySpec;
import java.util.UUID;

/**
 * The JVM's provider: java.security (MessageDigest SHA-256, KeyFactory RSA with RSAPublicKeySpec,
 * Signature SHA256withRSA, SecureRandom). Never reached by TeaVM (see {@link Crypto#provider()}).
 */
final class JvmCryptoProvider implements CryptoProvider {
    private final SecureRandom random = new SecureRandom();

    @Override
    public String description() {
        return "java.security (MessageDigest SHA-256, SHA256withRSA, SecureRandom)";
    }

    @Override
    public byte[] sha256(byte[] data) {
        return messageDigest().digest(data);
    }

    @Override
    public Sha256Hasher newSha256() {
        MessageDigest digest = messageDigest();
        return new Sha256Hasher() {
            private boolean done;

            @Override
            public Sha256Hasher update(byte[] chunk, int offset, int length) {
                checkOpen();
                digest.update(chunk, offset, length);
                return this;
            }

            @Override
            public byte[] digest() {
                checkOpen();
                done = true;
                return digest.digest();
            }

            private void checkOpen() {
                if (done) {
                    throw new IllegalStateException("this SHA-256 hasher has already produced its digest");
                }
            }
        };
    }

    @Override
    public RsaVerifier importRs256(byte[] modulus, byte[] exponent) {
        PublicKey key;
        try {
            key = KeyFactory.getInstance("RSA").generatePublic(
                    new RSAPublicKeySpec(new BigInteger(1, modulus), new BigInteger(1, exponent)));
        } catch (InvalidKeySpecException e) {
            throw new CryptoException("JWK: the runtime refused the RSA key: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new CryptoException("RSA is not available: " + e.getMessage(), e);
        }
        return (signingInput, signature) -> {
            try {
                Signature verifier = Signature.getInstance("SHA256withRSA");
                verifier.initVerify(key);
                verifier.update(signingInput);
                return verifier.verify(signature);
            } catch (InvalidKeyException | SignatureException e) {
                throw new CryptoException("RS256 verification failed: " + e.getMessage(), e);
            } catch (GeneralSecurityException e) {
                throw new CryptoException("SHA256withRSA is not available: " + e.getMessage(), e);
            }
        };
    }

    @Override
    public void randomBytes(byte[] target) {
        random.nextBytes(target);
    }

    @Override
    public String randomUuid() {
        return UUID.randomUUID().toString();
    }

    private static MessageDigest messageDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new CryptoException("SHA-256 is not available: " + e.getMessage(), e);
        }
    }
}
