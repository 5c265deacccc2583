package dev.workers4j.ingest.sync;

import dev.workers4j.text.Digits;

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
        Long value = gid.startsWith(prefix)
                ? Digits.parse(gid, prefix.length(), gid.length(), Digits.MAX_LONG_DIGITS) : null;
        return value == null ? -1 : value;
    }
}
