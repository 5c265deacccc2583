package dev.workers4j.testing.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.workers4j.crypto.Crypto;
import dev.workers4j.crypto.CryptoException;
import dev.workers4j.crypto.Encoding;
import dev.workers4j.crypto.Jwk;
import dev.workers4j.crypto.Rs256PublicKey;
import dev.workers4j.crypto.Sha256Hasher;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The facade's JVM provider and the runtime-independent parts (encodings, JWK validation); the
 * same calls in workerd are played by workers/crypto-parity.
 */
class CryptoOnJvmTest {
    private static final TestRsaKey KEY = TestRsaKey.generate("k1");

    @Test
    void encodingsMatchTheJdk() {
        Random random = new Random(42);
        for (int length = 0; length < 70; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            String std = Base64.getEncoder().encodeToString(bytes);
            String url = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            assertEquals(std, Encoding.base64(bytes));
            assertEquals(url, Encoding.base64Url(bytes));
            assertArrayEquals(bytes, Encoding.fromBase64(std));
            assertArrayEquals(bytes, Encoding.fromBase64Url(url));
            assertArrayEquals(bytes, Encoding.fromHex(Encoding.hex(bytes)));
            assertArrayEquals(bytes, Encoding.fromHex(Encoding.hex(bytes).toUpperCase()));
        }
    }

    @Test
    void decodersAreStrict() {
        assertThrows(IllegalArgumentException.class, () -> Encoding.fromBase64Url("abc="));
        assertThrows(IllegalArgumentException.class, () -> Encoding.fromBase64Url("ab+c"));
        assertThrows(IllegalArgumentException.class, () -> Encoding.fromBase64Url("a"));
        assertThrows(IllegalArgumentException.class, () -> Encoding.fromBase64Url("ab c"));
        assertThrows(IllegalArgumentException.class, () -> Encoding.fromBase64Url("AB"), "non-zero trailing bits");
        assertThrows(IllegalArgumentException.class, () -> Encoding.fromBase64("abc"));
        assertThrows(IllegalArgumentException.class, () -> Encoding.fromBase64("ab-_"));
        assertThrows(IllegalArgumentException.class, () -> Encoding.fromHex("abc"));
        assertThrows(IllegalArgumentException.class, () -> Encoding.fromHex("zz"));
    }

    @Test
    void sha256Vectors() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Encoding.hex(Crypto.sha256(new byte[0])));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Encoding.hex(Crypto.sha256("abc")));
        assertEquals("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=", Encoding.base64(Crypto.sha256("abc")));
    }

    @Test
    void hasherIsSpentAfterDigest() {
        Sha256Hasher hasher = Crypto.newSha256().update("a".getBytes()).update("bcd".getBytes(), 0, 2);
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Encoding.hex(hasher.digest()));
        assertThrows(IllegalStateException.class, hasher::digest);
        assertThrows(IllegalStateException.class, () -> hasher.update(new byte[1]));
    }

    @Test
    void rs256AcceptsAValidJwtAndRejectsMismatches() {
        String jwt = KEY.signJwt("{\"sub\":\"a@example.com\"}");
        assertTrue(Crypto.verifyRs256(KEY.jwk(), TestRsaKey.signingInput(jwt), TestRsaKey.signature(jwt)));
        String tampered = TestRsaKey.withPayload(jwt, "{\"sub\":\"b@example.com\"}");
        assertFalse(Crypto.verifyRs256(KEY.jwk(), TestRsaKey.signingInput(tampered), TestRsaKey.signature(tampered)));
        TestRsaKey other = TestRsaKey.generate("k2");
        assertFalse(Crypto.verifyRs256(other.jwk(), TestRsaKey.signingInput(jwt), TestRsaKey.signature(jwt)));
        byte[] allOnes = new byte[256];
        java.util.Arrays.fill(allOnes, (byte) 0xff);
        assertFalse(Crypto.verifyRs256(KEY.jwk(), TestRsaKey.signingInput(jwt), allOnes), "a value above the modulus is a mismatch");
    }

    @Test
    void rs256KeyIsReusableAndKnowsItsShape() {
        Rs256PublicKey key = Crypto.rs256Key(KEY.jwk());
        assertEquals("k1", key.kid());
        assertEquals(2048, key.modulusBits());
        assertEquals(256, key.signatureLength());
        for (int i = 0; i < 3; i++) {
            String jwt = KEY.signJwt("{\"n\":" + i + "}");
            assertTrue(key.verify(TestRsaKey.signingInput(jwt), TestRsaKey.signature(jwt)));
        }
    }

    @Test
    void aLeadingZeroByteInTheModulusIsAccepted() {
        Jwk jwk = KEY.jwk();
        byte[] n = Encoding.fromBase64Url(jwk.n());
        byte[] padded = new byte[n.length + 1];
        System.arraycopy(n, 0, padded, 1, n.length);
        Jwk withZero = new Jwk("RSA", Encoding.base64Url(padded), jwk.e(), null, "k1");
        String jwt = KEY.signJwt("{}");
        assertTrue(Crypto.verifyRs256(withZero, TestRsaKey.signingInput(jwt), TestRsaKey.signature(jwt)));
    }

    @Test
    void badInputIsACryptoException() {
        Jwk good = KEY.jwk();
        String jwt = KEY.signJwt("{}");
        byte[] input = TestRsaKey.signingInput(jwt);
        byte[] signature = TestRsaKey.signature(jwt);
        Jwk[] malformed = {
            null,
            new Jwk("EC", good.n(), good.e(), "RS256", "k"),
            new Jwk(null, good.n(), good.e(), "RS256", "k"),
            new Jwk("RSA", good.n(), good.e(), "RS512", "k"),
            new Jwk("RSA", null, good.e(), "RS256", "k"),
            new Jwk("RSA", good.n(), "", "RS256", "k"),
            new Jwk("RSA", "not base64url!", good.e(), "RS256", "k"),
            new Jwk("RSA", good.n(), "AAAA", "RS256", "k"),
            new Jwk("RSA", good.n(), "AQAAAAE", "RS256", "k"),
            new Jwk("RSA", good.n(), "Ag", "RS256", "k"),
            new Jwk("RSA", TestRsaKey.generate("small", 1024).jwk().n(), good.e(), "RS256", "k"),
        };
        for (Jwk jwk : malformed) {
            assertThrows(CryptoException.class, () -> Crypto.verifyRs256(jwk, input, signature), String.valueOf(jwk));
        }
        byte[] shorter = java.util.Arrays.copyOf(signature, 255);
        byte[] longer = java.util.Arrays.copyOf(signature, 257);
        assertThrows(CryptoException.class, () -> Crypto.verifyRs256(good, input, shorter));
        assertThrows(CryptoException.class, () -> Crypto.verifyRs256(good, input, longer));
        assertThrows(CryptoException.class, () -> Crypto.verifyRs256(good, input, null));
        assertThrows(CryptoException.class, () -> Crypto.verifyRs256(good, input, new byte[0]));
    }

    @Test
    void randomBytesAndUuids() {
        assertEquals(0, Crypto.randomBytes(0).length);
        assertEquals(100_000, Crypto.randomBytes(100_000).length);
        assertFalse(java.util.Arrays.equals(Crypto.randomBytes(32), Crypto.randomBytes(32)));
        String uuid = Crypto.randomUuid();
        assertTrue(uuid.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), uuid);
        assertThrows(IllegalArgumentException.class, () -> Crypto.randomBytes(-1));
    }
}
