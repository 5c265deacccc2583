package dev.workers4j.cryptoparity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workers4j.crypto.Encoding;
import dev.workers4j.crypto.Jwk;
import dev.workers4j.http.Request;
import dev.workers4j.http.RequestBuilder;
import dev.workers4j.http.Response;
import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.crypto.TestRsaKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One list of crypto scenarios, played on the JVM ({@link CryptoParityOnJvmTest}, java.security)
 * and against the TeaVM bundle in real workerd ({@link CryptoParityInWorkerdTest}, WebCrypto)
 * with the same assertions. Keys are generated here, on the JVM, and sent as JWK fields.
 */
abstract class CryptoParityScenarios {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UUID_V4 = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final TestRsaKey KEY = TestRsaKey.generate("access-key-1");
    private static final TestRsaKey OTHER_KEY = TestRsaKey.generate("access-key-2");
    private static final String CLAIMS = "{\"aud\":[\"dashboard\"],\"email\":\"staff@example.com\",\"exp\":1900000000}";

    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    static final String ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    /** FIPS 180-2's third vector: one million 'a'. */
    static final String MILLION_A_SHA256 = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";

    /** The Worker under test, on one runtime or the other. */
    abstract WorkerClient worker();

    // ---- SHA-256 ----

    @Test
    void sha256OfTheEmptyString() {
        JsonNode body = json(worker().fetch(Request.builder("POST", "/sha256").body(new byte[0]).build()));
        assertEquals(EMPTY_SHA256, body.get("hex").asText());
        assertEquals("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", body.get("base64").asText());
        assertEquals("47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU", body.get("base64url").asText());
    }

    @Test
    void sha256OfAbc() {
        JsonNode body = json(worker().fetch(Request.builder("POST", "/sha256").body("abc").build()));
        assertEquals(ABC_SHA256, body.get("hex").asText());
        assertEquals("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=", body.get("base64").asText());
    }

    @Test
    void sha256OfAbcOneByteAtATime() {
        JsonNode body = json(worker().fetch(Request.builder("POST", "/sha256/chunked?chunk=1").body("abc").build()));
        assertEquals(ABC_SHA256, body.get("hex").asText());
    }

    @Test
    void sha256OfEveryByteValueInUnevenChunks() throws Exception {
        byte[] data = new byte[70_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31 + 7);
        }
        String expected = Encoding.hex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
        assertEquals(expected, json(worker().fetch(Request.builder("POST", "/sha256").body(data).build())).get("hex").asText());
        assertEquals(expected, json(worker().fetch(Request.builder("POST", "/sha256/chunked?chunk=4099").body(data).build()))
                .get("hex").asText());
    }

    @Test
    void sha256OfAMillionAIn64KbChunks() {
        JsonNode body = json(worker().fetch(Request.get("/sha256/repeated?byte=97&count=1000000&chunk=65536")));
        assertEquals(MILLION_A_SHA256, body.get("streamed").asText());
        assertEquals(MILLION_A_SHA256, body.get("oneshot").asText());
        assertEquals(16, body.get("updates").asInt());
    }

    @Test
    void sha256OfManySmallUpdates() throws Exception {
        byte[] data = new byte[20_000];
        Arrays.fill(data, (byte) 'z');
        String expected = Encoding.hex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
        JsonNode body = json(worker().fetch(Request.get("/sha256/repeated?byte=122&count=20000&chunk=7")));
        assertEquals(expected, body.get("streamed").asText());
        assertEquals(expected, body.get("oneshot").asText());
        assertEquals(2858, body.get("updates").asInt());
    }

    /** Concurrent requests interleave their green threads in one isolate; each hasher keeps its own state. */
    @Test
    void concurrentStreamedHashesDoNotMix() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<JsonNode>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int value = 'a' + i;
                answers.add(pool.submit(() -> json(worker().fetch(
                        Request.get("/sha256/repeated?byte=" + value + "&count=200000&chunk=1000")))));
            }
            for (int i = 0; i < 16; i++) {
                byte[] data = new byte[200_000];
                Arrays.fill(data, (byte) ('a' + i));
                String expected = Encoding.hex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
                JsonNode body = answers.get(i).get(60, TimeUnit.SECONDS);
                assertEquals(expected, body.get("streamed").asText(), "request " + i);
                assertEquals(expected, body.get("oneshot").asText(), "request " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sha256OfAnEmptyStream() {
        JsonNode body = json(worker().fetch(Request.get("/sha256/repeated?count=0")));
        assertEquals(EMPTY_SHA256, body.get("streamed").asText());
        assertEquals(0, body.get("updates").asInt());
    }

    @Test
    void aHasherIsSpentAfterItsDigest() {
        assertEquals(ABC_SHA256 + " then IllegalStateException", worker().fetch(Request.get("/sha256/spent")).text());
    }

    // ---- RS256 ----

    @Test
    void rs256AcceptsAJwtSignedByTheKey() {
        assertEquals("true", verify(KEY.jwk(), KEY.signJwt(CLAIMS)).text());
    }

    @Test
    void rs256KeyImportedOnceVerifiesManyTimes() {
        Response response = send(KEY.jwk(), KEY.signJwt(CLAIMS), "?times=3");
        assertEquals("true,true,true", response.text());
    }

    @Test
    void rs256KeyWithoutAlgIsAccepted() {
        Jwk jwk = KEY.jwk();
        assertEquals("true", verify(new Jwk("RSA", jwk.n(), jwk.e(), null, null), KEY.signJwt(CLAIMS)).text());
    }

    @Test
    void rs256RejectsATamperedPayload() {
        String tampered = TestRsaKey.withPayload(KEY.signJwt(CLAIMS), CLAIMS.replace("staff@", "boss@"));
        Response response = verify(KEY.jwk(), tampered);
        assertEquals(200, response.status());
        assertEquals("false", response.text());
    }

    @Test
    void rs256RejectsAnotherKeysSignature() {
        assertEquals("false", verify(OTHER_KEY.jwk(), KEY.signJwt(CLAIMS)).text());
    }

    @Test
    void rs256RejectsAGarbageSignatureOfTheRightLength() {
        byte[] garbage = new byte[256];
        Arrays.fill(garbage, (byte) 0x5a);
        assertEquals("false", verify(KEY.jwk(), TestRsaKey.withSignature(KEY.signJwt(CLAIMS), garbage)).text());
        Arrays.fill(garbage, (byte) 0xff);   // larger than the modulus: still a mismatch, not an error
        assertEquals("false", verify(KEY.jwk(), TestRsaKey.withSignature(KEY.signJwt(CLAIMS), garbage)).text());
    }

    @Test
    void rs256SignatureOfTheWrongLengthIsACryptoException() {
        String jwt = KEY.signJwt(CLAIMS);
        byte[] signature = TestRsaKey.signature(jwt);
        assertCryptoException(verify(KEY.jwk(), TestRsaKey.withSignature(jwt, Arrays.copyOf(signature, 255))), "255 bytes");
        assertCryptoException(verify(KEY.jwk(), TestRsaKey.withSignature(jwt, Arrays.copyOf(signature, 512))), "512 bytes");
        assertCryptoException(verify(KEY.jwk(), TestRsaKey.withSignature(jwt, new byte[0])), "0 bytes");
    }

    @Test
    void rs256SignatureNotBase64UrlIsACryptoException() {
        String jwt = KEY.signJwt(CLAIMS);
        assertCryptoException(verify(KEY.jwk(), jwt.substring(0, jwt.lastIndexOf('.') + 1) + "abc+/=="), "base64url");
    }

    @Test
    void rs256MalformedJwkIsACryptoException() {
        Jwk good = KEY.jwk();
        String jwt = KEY.signJwt(CLAIMS);
        assertCryptoException(verify(new Jwk("EC", good.n(), good.e(), "RS256", "k"), jwt), "kty");
        assertCryptoException(verify(new Jwk(null, good.n(), good.e(), "RS256", "k"), jwt), "kty");
        assertCryptoException(verify(new Jwk("RSA", good.n(), good.e(), "HS256", "k"), jwt), "alg");
        assertCryptoException(verify(new Jwk("RSA", null, good.e(), "RS256", "k"), jwt), "\"n\" is missing");
        assertCryptoException(verify(new Jwk("RSA", good.n(), null, "RS256", "k"), jwt), "\"e\" is missing");
        assertCryptoException(verify(new Jwk("RSA", "%%not-base64%%", good.e(), "RS256", "k"), jwt), "not base64url");
        assertCryptoException(verify(new Jwk("RSA", good.n(), "AAAA", "RS256", "k"), jwt), "exponent");
        assertCryptoException(verify(new Jwk("RSA", good.n().substring(0, 100), good.e(), "RS256", "k"), jwt), "bits");
    }

    @Test
    void aKeyTheRuntimeItselfRefusesIsACryptoException() {
        // A 64-bit modulus gets past no runtime (the facade refuses it earlier, as "bits").
        Response response = worker().fetch(Request.get("/rs256/raw-import?n=c5a3e6f1b2d4978b&e=010001"));
        assertEquals(400, response.status(), response.text());
        assertTrue(response.text().startsWith("CryptoException: JWK: "), response.text());
    }

    // ---- random ----

    @Test
    void randomBytesHaveTheAskedLengthAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            String hex = worker().fetch(Request.get("/random/bytes?n=32")).text();
            assertEquals(64, hex.length(), hex);
            assertTrue(seen.add(hex), "repeated random bytes: " + hex);
        }
        assertEquals("", worker().fetch(Request.get("/random/bytes?n=0")).text());
    }

    @Test
    void randomBytesBeyondOneGetRandomValuesCall() {
        String hex = worker().fetch(Request.get("/random/bytes?n=100000")).text();
        assertEquals(200_000, hex.length());
        byte[] bytes = Encoding.fromHex(hex);
        // Every 64 KB piece is filled: no run of 1 KB of zeros anywhere (chance ~2^-8192).
        for (int start = 0; start + 1024 <= bytes.length; start += 1024) {
            assertNotEquals(new String(new byte[1024], StandardCharsets.ISO_8859_1),
                    new String(bytes, start, 1024, StandardCharsets.ISO_8859_1), "zeros at " + start);
        }
    }

    @Test
    void uuidsAreVersion4AndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            String uuid = worker().fetch(Request.get("/random/uuid")).text();
            assertTrue(UUID_V4.matcher(uuid).matches(), uuid);
            assertTrue(seen.add(uuid), "repeated UUID " + uuid);
        }
    }

    // ---- helpers ----

    private Response verify(Jwk jwk, String jwt) {
        return send(jwk, jwt, "");
    }

    private Response send(Jwk jwk, String jwt, String query) {
        RequestBuilder request = Request.builder("POST", "/rs256/verify" + query).body(jwt);
        header(request, "x-jwk-kty", jwk.kty());
        header(request, "x-jwk-n", jwk.n());
        header(request, "x-jwk-e", jwk.e());
        header(request, "x-jwk-alg", jwk.alg());
        header(request, "x-jwk-kid", jwk.kid());
        return worker().fetch(request.build());
    }

    private static void header(RequestBuilder request, String name, String value) {
        if (value != null) {
            request.header(name, value);
        }
    }

    private static void assertCryptoException(Response response, String mentions) {
        assertEquals(400, response.status(), response.text());
        assertTrue(response.text().startsWith("CryptoException: "), response.text());
        assertTrue(response.text().contains(mentions), response.text());
    }

    private static JsonNode json(Response response) {
        assertEquals(200, response.status(), response.text());
        try {
            return JSON.readTree(response.text());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.text(), e);
        }
    }
}
