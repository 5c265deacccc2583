package dev.workers4j.testing.access;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.workers4j.crypto.Jwk;
import dev.workers4j.fetch.OutboundException;
import dev.workers4j.http.MutableHeaders;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.testing.OutboundRules;
import dev.workers4j.testing.crypto.TestRsaKey;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Cloudflare Access team of one's own, for tests and local runs: its own RSA keys, a JWKS at
 * {@code <origin>/cdn-cgi/access/certs}, and tokens minted for any email or service token, so no
 * test writes a JWT by hand. The same provider answers workerd over real HTTP (it listens on
 * 127.0.0.1) and the JVM harness through its outbound rules ({@link #answer(OutboundRules)}).
 *
 * <pre>{@code
 * static final LocalIdentityProvider IDP = LocalIdentityProvider.start("my-audience");
 * ... Request.builder("GET", "/api/x").header("Cf-Access-Jwt-Assertion", IDP.mint("you@brand.example")) ...
 * IDP.rotate();            // a new key under a new kid; the old one is no longer published
 * IDP.unreachable(true);   // the JWKS stops answering
 * }</pre>
 *
 * <p>{@code POST /mint?email=...} (or {@code ?service_token=...}) answers a fresh token as text,
 * which is how {@code build/access-token.sh} gets one from the provider {@code build/dev.sh} runs.
 */
public final class LocalIdentityProvider implements AutoCloseable {
    public static final String CERTS_PATH = "/cdn-cgi/access/certs";
    private static final long TOKEN_LIFETIME_SECONDS = 3600;

    private final HttpServer server;
    private final String origin;
    private final String audience;
    private final List<TestRsaKey> published = new ArrayList<>();
    private final AtomicInteger certsRequests = new AtomicInteger();
    private volatile TestRsaKey signing;
    private volatile boolean unreachable;
    private volatile String cacheControl = "public, max-age=3600";
    private int generation;

    private LocalIdentityProvider(HttpServer server, String audience) {
        this.server = server;
        this.origin = "http://127.0.0.1:" + server.getAddress().getPort();
        this.audience = audience;
        rotate();
        server.createContext(CERTS_PATH, this::serveCerts);
        server.createContext("/mint", this::serveMint);
        server.start();
    }

    /** A provider on a free port of 127.0.0.1, for tokens whose aud is {@code audience}. */
    public static LocalIdentityProvider start(String audience) {
        return start(audience, 0);
    }

    /** A provider on the given port of 127.0.0.1 (0: a free one). */
    public static LocalIdentityProvider start(String audience, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
            return new LocalIdentityProvider(server, audience);
        } catch (IOException e) {
            throw new UncheckedIOException("the local identity provider cannot listen on 127.0.0.1:" + port, e);
        }
    }

    /** The team domain: {@code CF_ACCESS_TEAM_DOMAIN} of a Worker that trusts this provider, and its tokens' iss. */
    public String origin() {
        return origin;
    }

    public String audience() {
        return audience;
    }

    /** The key tokens are signed with now. */
    public TestRsaKey signingKey() {
        return signing;
    }

    /** A new signing key under a new kid, published alone: the old kid is gone from the JWKS. */
    public synchronized void rotate() {
        generation++;
        signing = TestRsaKey.generate("local-idp-key-" + generation + "-" + Long.toHexString(System.nanoTime()));
        published.clear();
        published.add(signing);
    }

    /** Whether the JWKS stops answering (the connection is dropped; on the JVM the fetch fails). */
    public void unreachable(boolean value) {
        this.unreachable = value;
    }

    /** The Cache-Control the JWKS is served with (default {@code public, max-age=3600}). */
    public void cacheControl(String value) {
        this.cacheControl = value;
    }

    /** How many times the JWKS has been asked for. */
    public int certsRequests() {
        return certsRequests.get();
    }

    /** A valid token for a staff member. */
    public String mint(String email) {
        return token().email(email).sign();
    }

    /** A valid token for an Access service token (common_name is its client id). */
    public String mintServiceToken(String commonName) {
        return token().commonName(commonName).sign();
    }

    /** A token to shape claim by claim: valid for an hour from now unless changed. */
    public TokenBuilder token() {
        long now = System.currentTimeMillis() / 1000;
        return new TokenBuilder(signing).issuer(origin).audience(audience).issuedAt(now).notBefore(now)
                .expiresAt(now + TOKEN_LIFETIME_SECONDS);
    }

    /** The JWKS document as the provider serves it. */
    public synchronized String jwks() {
        StringBuilder json = new StringBuilder("{\"keys\":[");
        for (int i = 0; i < published.size(); i++) {
            Jwk jwk = published.get(i).jwk();
            json.append(i == 0 ? "" : ",").append("{\"kid\":\"").append(jwk.kid()).append("\",\"kty\":\"RSA\",")
                    .append("\"alg\":\"RS256\",\"use\":\"sig\",\"e\":\"").append(jwk.e()).append("\",\"n\":\"")
                    .append(jwk.n()).append("\"}");
        }
        return json.append("],\"public_cert\":{\"kid\":\"").append(signing.kid())
                .append("\",\"cert\":\"(not used)\"}}").toString();
    }

    /**
     * Makes the JVM harness's outbound fetches of the JWKS reach this provider (in workerd the
     * Worker fetches it over HTTP itself).
     */
    public OutboundRules answer(OutboundRules rules) {
        return rules.on("GET", origin + CERTS_PATH).respond(this::answerCerts);
    }

    private Response answerCerts(Request request) {
        certsRequests.incrementAndGet();
        if (unreachable) {
            throw new OutboundException("GET", request.url(), "connection refused (the provider is unreachable)");
        }
        MutableHeaders headers = new MutableHeaders().set("content-type", "application/json")
                .set("cache-control", cacheControl);
        return Response.of(200, headers, jwks().getBytes(StandardCharsets.UTF_8));
    }

    private void serveCerts(HttpExchange exchange) throws IOException {
        certsRequests.incrementAndGet();
        if (unreachable) {
            exchange.close(); // no response at all: the fetch fails as a refused connection would
            return;
        }
        exchange.getResponseHeaders().set("content-type", "application/json");
        exchange.getResponseHeaders().set("cache-control", cacheControl);
        send(exchange, 200, jwks());
    }

    private void serveMint(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String email = parameter(query, "email");
        String serviceToken = parameter(query, "service_token");
        if (!exchange.getRequestMethod().equals("POST") || (email == null) == (serviceToken == null)) {
            send(exchange, 400, "POST /mint?email=<staff email> or /mint?service_token=<common name>\n");
            return;
        }
        send(exchange, 200, email != null ? mint(email) : mintServiceToken(serviceToken));
    }

    private static String parameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
