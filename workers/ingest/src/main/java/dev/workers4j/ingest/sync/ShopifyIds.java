package dev.workers4j.ingest.sync;

/** Shopify's global ids, {@code gid://shopify/<Type>/<number>}, as the numbers the tables key on. */
final class ShopifyIds {
    private ShopifyIds() {
    }

    /** The number of a gid of that type; -1 when the text is not one. */
    static long number(String gid, String type) {
        if (gid == null) {
            return -1;
        }
        String prefix = "gid://shopify/" + type + "/";
        if (!gid.startsWith(prefix) || gid.length() == prefix.length() || gid.length() > prefix.length() + 18) {
            return -1;
        }
        long value = 0;
        for (int i = prefix.length(); i < gid.length(); i++) {
            char ch = gid.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }
}
