package dev.workers4j.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.workers4j.crypto.Encoding;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.testing.BothRuntimes;
import dev.workers4j.testing.Scenario;
import dev.workers4j.testing.WorkerClient;
import dev.workers4j.testing.access.LocalIdentityProvider;
import dev.workers4j.testing.crypto.TestRsaKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The forged-token battery: every dashboard-api route sits behind Cloudflare Access, and each
 * kind of bad token gets its 401 (with the code naming its class of failure) on both runtimes.
 */
class AccessScenarios {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalIdentityProvider IDP = StaffAccess.IDP;
    private static final String ROUTE = "/api/health/api";

    @RegisterExtension
    static final BothRuntimes RUNTIMES = StaffAccess.dashboardApi();

    private static Response withHeader(WorkerClient api, String token) {
        return api.fetch(Request.builder("GET", ROUTE).header("Cf-Access-Jwt-Assertion", token).build());
    }

    private static void assertRefused(Response response, int status, String code) {
        assertEquals(status, response.status(), response.text());
        try {
            JsonNode error = JSON.readTree(response.text()).get("error");
            assertEquals(code, error.get("code").asText(), response.text());
            assertTrue(error.hasNonNull("request_id"), response.text());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.text(), e);
        }
    }

    private static String b64(String json) {
        return Encoding.base64Url(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String validPayload() {
        return IDP.token().email(StaffAccess.STAFF).payload();
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    @Scenario
    void aValidTokenInTheHeaderPasses(WorkerClient api) {
        assertEquals(200, withHeader(api, IDP.mint(StaffAccess.STAFF)).status());
    }

    @Scenario
    void everyRouteIncludingHealthNeedsAToken(WorkerClient api) {
        for (String path : new String[] {"/api/health", "/api/health/api", "/api/health/database", "/api/nowhere"}) {
            assertRefused(api.fetch(Request.get(path)), 401, "access_token_missing");
        }
    }

    @Scenario
    void anEmptyHeaderIsNoToken(WorkerClient api) {
        assertRefused(withHeader(api, " "), 401, "access_token_missing");
    }

    @Scenario
    void garbageAndTwoPartsAreMalformed(WorkerClient api) {
        assertRefused(withHeader(api, "garbage"), 401, "access_token_malformed");
        assertRefused(withHeader(api, b64("{\"alg\":\"RS256\"}") + "." + b64(validPayload())), 401,
                "access_token_malformed");
        assertRefused(withHeader(api, "a.b.c.d"), 401, "access_token_malformed");
        assertRefused(withHeader(api, "e30.e30.a+b/"), 401, "access_token_malformed");
    }

    @Scenario
    void algNoneIsRefusedWithAndWithoutASignature(WorkerClient api) {
        String unsigned = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(validPayload()) + ".";
        assertEquals(401, withHeader(api, unsigned).status());
        String signed = IDP.mint(StaffAccess.STAFF);
        String withNone = b64("{\"alg\":\"none\",\"kid\":\"" + IDP.signingKey().kid() + "\"}")
                + signed.substring(signed.indexOf('.'));
        assertRefused(withHeader(api, withNone), 401, "access_token_invalid");
    }

    @Scenario
    void hs256SignedWithThePublicKeyIsRefused(WorkerClient api) throws GeneralSecurityException {
        String input = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + IDP.signingKey().kid() + "\"}") + "."
                + b64(validPayload());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(IDP.signingKey().publicKey().getEncoded(), "HmacSHA256"));
        String token = input + "." + Encoding.base64Url(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        assertRefused(withHeader(api, token), 401, "access_token_invalid");
    }

    @Scenario
    void wrongAudienceAndWrongIssuerAreInvalid(WorkerClient api) {
        assertRefused(withHeader(api, IDP.token().email(StaffAccess.STAFF).claim("aud", "[\"another-app\"]").sign()),
                401, "access_token_invalid");
        assertRefused(withHeader(api, IDP.token().email(StaffAccess.STAFF)
                .issuer("https://another-team.cloudflareaccess.com").sign()), 401, "access_token_invalid");
    }

    @Scenario
    void audienceAsAPlainStringPasses(WorkerClient api) {
        String token = IDP.token().email(StaffAccess.STAFF).claim("aud", "\"" + StaffAccess.AUDIENCE + "\"").sign();
        assertEquals(200, withHeader(api, token).status());
    }

    @Scenario
    void expiredIsExpiredAndNotYetValidIsInvalid(WorkerClient api) {
        assertRefused(withHeader(api, IDP.token().email(StaffAccess.STAFF).expiresAt(now() - 3600).sign()), 401,
                "access_token_expired");
        assertRefused(withHeader(api, IDP.token().email(StaffAccess.STAFF).notBefore(now() + 3600).sign()), 401,
                "access_token_invalid");
    }

    @Scenario
    void clockSkewOfUnderAMinuteIsAllowed(WorkerClient api) {
        assertEquals(200, withHeader(api, IDP.token().email(StaffAccess.STAFF).expiresAt(now() - 20)
                .notBefore(now() + 20).sign()).status());
    }

    @Scenario
    void anotherKeyUnderTheSameKidIsInvalid(WorkerClient api) {
        String forged = IDP.token().email(StaffAccess.STAFF).signedBy(TestRsaKey.generate("intruder")).sign();
        assertRefused(withHeader(api, forged), 401, "access_token_invalid");
    }

    @Scenario
    void anUnknownKidIsInvalidAndCannotAmplifyRequestsToTheTeam(WorkerClient api) {
        TestRsaKey intruder = TestRsaKey.generate("intruder");
        assertEquals(200, withHeader(api, IDP.mint(StaffAccess.STAFF)).status()); // the keys are cached now
        int before = IDP.certsRequests();
        for (int i = 0; i < 5; i++) {
            String forged = IDP.token().email(StaffAccess.STAFF).signedBy(intruder).kid("forged-" + i).sign();
            assertRefused(withHeader(api, forged), 401, "access_token_invalid");
        }
        assertTrue(IDP.certsRequests() - before <= 1, "JWKS fetched " + (IDP.certsRequests() - before) + " times");
    }

    @Scenario
    void critIsRefused(WorkerClient api) {
        String signed = IDP.mint(StaffAccess.STAFF);
        String header = b64("{\"alg\":\"RS256\",\"kid\":\"" + IDP.signingKey().kid() + "\",\"crit\":[\"exp\"]}");
        String input = header + "." + b64(validPayload());
        String token = input + "." + Encoding.base64Url(IDP.signingKey().sign(input.getBytes(StandardCharsets.US_ASCII)));
        assertRefused(withHeader(api, token), 401, "access_token_invalid");
        assertEquals(200, withHeader(api, signed).status());
    }

    @Scenario
    void aTamperedPayloadOrAStrippedSignatureIsRefused(WorkerClient api) {
        String token = IDP.mint(StaffAccess.STAFF);
        String tampered = TestRsaKey.withPayload(token, IDP.token().email("ceo@brand.example").payload());
        assertRefused(withHeader(api, tampered), 401, "access_token_invalid");
        assertRefused(withHeader(api, token.substring(0, token.lastIndexOf('.') + 1)), 401, "access_token_malformed");
    }

    @Scenario
    void aPayloadThatIsNotJsonIsMalformed(WorkerClient api) {
        String input = b64("{\"alg\":\"RS256\",\"kid\":\"" + IDP.signingKey().kid() + "\"}") + "." + b64("not json");
        String token = input + "." + Encoding.base64Url(IDP.signingKey().sign(input.getBytes(StandardCharsets.US_ASCII)));
        assertRefused(withHeader(api, token), 401, "access_token_malformed");
    }

    @Scenario
    void expMustBeANumberAndPresent(WorkerClient api) {
        assertRefused(withHeader(api, IDP.token().email(StaffAccess.STAFF).claim("exp", "\"" + (now() + 600) + "\"").sign()),
                401, "access_token_invalid");
        assertRefused(withHeader(api, IDP.token().email(StaffAccess.STAFF).claim("exp", null).sign()), 401,
                "access_token_invalid");
    }

    @Scenario
    void anOversizedTokenIsRefusedBeforeDecoding(WorkerClient api) {
        String huge = IDP.token().email(StaffAccess.STAFF).claim("padding", "\"" + "x".repeat(12_500) + "\"").sign();
        assertTrue(huge.length() > 16 * 1024 && huge.length() < 20 * 1024, "length " + huge.length());
        assertRefused(withHeader(api, huge), 401, "access_token_malformed");
    }

    @Scenario
    void theCookieIsReadAmongOthersButTwoOfThemAreRefused(WorkerClient api) {
        String token = IDP.mint(StaffAccess.STAFF);
        Response amongOthers = api.fetch(Request.builder("GET", ROUTE)
                .header("Cookie", "theme=dark; CF_Authorization=" + token + "; last=1").build());
        assertEquals(200, amongOthers.status(), amongOthers.text());
        Response twice = api.fetch(Request.builder("GET", ROUTE)
                .header("Cookie", "CF_Authorization=" + token + "; CF_Authorization=" + token).build());
        assertRefused(twice, 401, "access_token_malformed");
    }

    @Scenario
    void theHeaderWinsOverTheCookie(WorkerClient api) {
        Response response = api.fetch(Request.builder("GET", ROUTE).header("Cf-Access-Jwt-Assertion", "garbage")
                .header("Cookie", "CF_Authorization=" + IDP.mint(StaffAccess.STAFF)).build());
        assertRefused(response, 401, "access_token_malformed");
    }

    @Scenario
    void aServiceTokenPassesAndEachRequestsLogLineNamesTheIdentityNeverTheToken(WorkerClient api) {
        String token = IDP.mintServiceToken("a1b2c3.access");
        assertEquals(200, withHeader(api, token).status());
        assertTrue(api.awaitLog(l -> l.contains("GET " + ROUTE + " 200") && l.contains("access=a1b2c3.access")),
                () -> String.join("\n", api.logs()));
        String staffToken = IDP.mint("logged@brand.example");
        assertEquals(200, withHeader(api, staffToken).status());
        assertTrue(api.awaitLog(l -> l.contains("access=logged@brand.example")), () -> String.join("\n", api.logs()));
        String signature = staffToken.substring(staffToken.lastIndexOf('.') + 1);
        assertFalse(api.logs().stream().anyMatch(l -> l.contains(signature) || l.contains(token.substring(0, 40))));
    }

    @Scenario
    void aRefusalSaysOnlyItsClassAndTheLogSaysWhichCheckFailed(WorkerClient api) throws IOException {
        Response response = withHeader(api, IDP.token().email(StaffAccess.STAFF).claim("aud", "[\"x\"]").sign());
        JsonNode error = JSON.readTree(response.text()).get("error");
        assertEquals("the Cloudflare Access token is not valid", error.get("message").asText());
        assertTrue(api.awaitLog(l -> l.contains("refused (access_token_invalid): aud does not contain")),
                () -> String.join("\n", api.logs()));
    }
}
