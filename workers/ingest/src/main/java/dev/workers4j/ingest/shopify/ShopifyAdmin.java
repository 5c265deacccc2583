package dev.workers4j.ingest.shopify;

import dev.workers4j.fetch.Outbound;
import dev.workers4j.fetch.OutboundException;
import dev.workers4j.http.Request;
import dev.workers4j.http.Response;
import dev.workers4j.ingest.env.IngestEnv;
import dev.workers4j.json.JsonWriter;
import dev.workers4j.text.Digits;

/**
 * The shop's Admin GraphQL API: {@code POST ${SHOPIFY_ADMIN_URL}/admin/api/${SHOPIFY_API_VERSION}/graphql.json}
 * with the {@code X-Shopify-Access-Token} header from the SHOPIFY_ACCESS_TOKEN secret. Failures are
 * {@link ShopifyException}s saying what to do next: HTTP 429 and GraphQL THROTTLED errors are
 * throttling (wait as Shopify's throttle status says), 5xx and no answer are transient, the rest
 * is refused for good. Never logs the token.
 */
public final class ShopifyAdmin {
    static final long TIMEOUT_MILLIS = 20_000;

    private final String endpoint;
    private final String token;

    private ShopifyAdmin(String endpoint, String token) {
        this.endpoint = endpoint;
        this.token = token;
    }

    /** The shop of ingest's vars and secret; misconfiguration is a {@link ShopifyException} that retrying cannot fix. */
    public static ShopifyAdmin from(IngestEnv env) {
        String origin = env.shopifyAdminUrl();
        String version = env.shopifyApiVersion();
        if (origin.endsWith("/")) {
            origin = origin.substring(0, origin.length() - 1);
        }
        boolean secure = origin.startsWith("https://") && origin.indexOf('/', "https://".length()) < 0;
        boolean local = origin.startsWith("http://127.0.0.1:") && origin.indexOf('/', "http://".length()) < 0;
        if (!secure && !local) {
            throw ShopifyException.rejected("SHOPIFY_ADMIN_URL must be the shop's origin, https://<shop>.myshopify.com"
                    + " (or http://127.0.0.1:<port> for a local stand-in), not " + origin);
        }
        if (!isApiVersion(version)) {
            throw ShopifyException.rejected("SHOPIFY_API_VERSION must look like 2026-01, not " + version);
        }
        String token = env.shopifyAccessToken().reveal();
        if (token == null || token.isEmpty()) {
            throw ShopifyException.rejected("the SHOPIFY_ACCESS_TOKEN secret is not set");
        }
        return new ShopifyAdmin(origin + "/admin/api/" + version + "/graphql.json", token);
    }

    private static boolean isApiVersion(String version) {
        if (version == null || version.length() != 7 || version.charAt(4) != '-') {
            return false;
        }
        for (int i = 0; i < 7; i++) {
            if (i != 4 && (version.charAt(i) < '0' || version.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    /** POSTs one GraphQL document; answers the body of a 200 response. */
    String post(String query) {
        JsonWriter body = JsonWriter.create();
        body.beginObject().name("query").value(query).endObject();
        Request request = Request.builder("POST", endpoint)
                .header("content-type", "application/json")
                .header("accept", "application/json")
                .header("x-shopify-access-token", token)
                .body(body.toString())
                .build();
        Response response = send(request);
        int status = response.status();
        if (status == 200) {
            return response.text();
        }
        if (status == 429) {
            throw ShopifyException.throttled("Shopify answered 429", retryAfter(response.header("retry-after")));
        }
        if (status >= 500) {
            throw ShopifyException.unavailable("Shopify answered " + status);
        }
        throw ShopifyException.rejected("Shopify answered " + status + " to the Admin API request"
                + (status == 401 || status == 403 ? " (check SHOPIFY_ACCESS_TOKEN and the app's scopes)" : ""));
    }

    private static Response send(Request request) {
        try {
            return Outbound.fetch(request, TIMEOUT_MILLIS);
        } catch (OutboundException failed) {
            throw ShopifyException.unavailable("no answer from the Admin API: " + failed.reason());
        }
    }

    /** Retry-After in whole seconds (Shopify sends "2.0"); 2 when absent or unreadable. */
    static int retryAfter(String header) {
        Long seconds = Digits.leading(header, 0, 4);
        return seconds == null ? 2 : (int) Math.max(1, seconds);
    }
}
