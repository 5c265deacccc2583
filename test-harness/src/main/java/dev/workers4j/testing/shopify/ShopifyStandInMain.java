package dev.workers4j.testing.shopify;

import dev.workers4j.testing.LocalServiceMain;

/**
 * The Shopify stand-in of {@code build/dev.sh}: on 127.0.0.1:{@code SHOPIFY_STANDIN_PORT}
 * (default 8791), exporting {@code SHOPIFY_STANDIN_ORDERS} generated orders (default 2,000) over
 * the last 120 days; prints {@code READY <origin>} and serves until stopped or until the script
 * that started it exits. ingest's SHOPIFY_ADMIN_URL points at it for the dev session.
 */
public final class ShopifyStandInMain {
    public static final int DEFAULT_PORT = 8791;
    public static final int DEFAULT_ORDERS = 2_000;

    private ShopifyStandInMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = number(System.getenv("SHOPIFY_STANDIN_PORT"), DEFAULT_PORT);
        int orders = number(System.getenv("SHOPIFY_STANDIN_ORDERS"), DEFAULT_ORDERS);
        ShopifyStandIn shop = ShopifyStandIn.start(port).dataset(ShopifyDataset.of(2026, orders)).pollsUntilDone(2);
        Runtime.getRuntime().addShutdownHook(new Thread(shop::close, "shopify-stand-in-stop"));
        LocalServiceMain.announceAndServe("Shopify stand-in: Admin GraphQL API at " + shop.origin()
                + "/admin/api/<version>/graphql.json, " + orders + " orders, token " + ShopifyStandIn.ACCESS_TOKEN,
                shop.origin());
    }

    private static int number(String value, int fallback) {
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
