package dev.workers4j.testing.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The demo shop's products: a few dozen over the product lines IPH, SAM, GRIPZ, AIR and AIRMAX. */
final class DemoCatalog {
    /** Product ids start here (Shopify-sized numbers). */
    static final long FIRST_PRODUCT_ID = 8_000_000_001L;

    private static final String[][] LINES = {
        {"IPH", "iPhone case", "10"},
        {"SAM", "Samsung case", "8"},
        {"GRIPZ", "Phone grip", "6"},
        {"AIR", "AirPods case", "6"},
        {"AIRMAX", "AirPods Max cover", "4"},
    };
    private static final String[] FINISHES = {"Clear", "Black", "Sand", "Sage", "Lilac", "Navy", "Rose", "Graphite",
        "Ocean", "Coral"};

    record Product(long id, String title, String sku, String line, BigDecimal price, double popularity) {
    }

    static List<Product> products() {
        List<Product> out = new ArrayList<>();
        long id = FIRST_PRODUCT_ID;
        for (String[] line : LINES) {
            int count = Integer.parseInt(line[2]);
            for (int i = 0; i < count; i++) {
                String title = line[1] + " " + FINISHES[i % FINISHES.length];
                String sku = line[0] + "-" + String.format("%03d", i + 1);
                // Prices from 19.99 to 59.99 by line and finish; earlier finishes sell more.
                BigDecimal price = new BigDecimal(19 + (out.size() * 7) % 41 + ".99");
                out.add(new Product(id++, title, sku, line[0], price, 1.0 / (1 + i * 0.35)));
            }
        }
        return out;
    }

    private DemoCatalog() {
    }
}
