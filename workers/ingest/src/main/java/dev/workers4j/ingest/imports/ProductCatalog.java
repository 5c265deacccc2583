package dev.workers4j.ingest.imports;

import dev.workers4j.ingest.sync.ProductNames;
import dev.workers4j.sql.Sql;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The products an import can match, loaded once per message, and the matching rules in their
 * order: exact SKU, then normalised title ({@link ProductNames#normalize}, as the sync stores
 * normalized_title), then edit distance. A name two products answer to equally is refused as
 * ambiguous rather than guessed.
 *
 * <p>Edit distance: Levenshtein between normalised names, accepted when it is at most
 * {@link #maxDistance} (one edit per 8 characters, at most 3; none under 8 characters, where one
 * edit is already a different word) and exactly one product is that close.
 */
final class ProductCatalog {
    static final int MAX_EDIT_DISTANCE = 3;
    static final int CHARS_PER_EDIT = 8;

    record Product(long id, String title, String normalizedTitle, String sku, String productLine) {
    }

    /** A name's product and the rule that found it, or why none. */
    record Match(Product product, MatchRule rule, String problem) {
        static Match of(Product product, MatchRule rule) {
            return new Match(product, rule, null);
        }

        static Match none(String problem) {
            return new Match(null, null, problem);
        }
    }

    private final Map<Long, Product> byId = new HashMap<>();
    private final Map<String, List<Product>> bySku = new HashMap<>();
    private final Map<String, List<Product>> byTitle = new HashMap<>();
    private final Map<String, Match> fuzzyCache = new HashMap<>();

    ProductCatalog(List<Product> products) {
        for (Product p : products) {
            byId.put(p.id(), p);
            if (p.sku() != null && !p.sku().trim().isEmpty()) {
                bySku.computeIfAbsent(p.sku().trim().toUpperCase(), k -> new ArrayList<>()).add(p);
            }
            byTitle.computeIfAbsent(p.normalizedTitle(), k -> new ArrayList<>()).add(p);
        }
    }

    static ProductCatalog load(Sql sql) {
        return new ProductCatalog(sql.query("SELECT id, title, normalized_title, sku, product_line FROM products",
                row -> new Product(row.getLong(0), row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4))));
    }

    /** A product_ids entry: a whole number naming a product. */
    Match byId(String text) {
        long id = 0;
        boolean digits = !text.isEmpty() && text.length() <= 18;
        for (int i = 0; digits && i < text.length(); i++) {
            char ch = text.charAt(i);
            digits = ch >= '0' && ch <= '9';
            id = id * 10 + (ch - '0');
        }
        if (!digits) {
            return Match.none("product id \"" + text + "\" is not a whole number");
        }
        Product p = byId.get(id);
        return p == null ? Match.none("no product has id " + text) : Match.of(p, MatchRule.ID);
    }

    /** A skus entry: only the SKU rule. */
    Match bySku(String text) {
        Match exact = exactSku(text);
        return exact != null ? exact : Match.none("no product has SKU \"" + text + "\"");
    }

    /** A products entry: SKU, then title, then edit distance. */
    Match byName(String text) {
        Match exact = exactSku(text);
        if (exact == null) {
            exact = exactTitle(text);
        }
        if (exact != null) {
            return exact;
        }
        String name = ProductNames.normalize(text);
        return fuzzyCache.computeIfAbsent(name, n -> closest(text, n));
    }

    /** Whether a whole products cell names one product exactly (so a '+' in a title is not a separator). */
    boolean namesExactlyOne(String text) {
        Match exact = exactSku(text);
        if (exact == null) {
            exact = exactTitle(text);
        }
        return exact != null && exact.product() != null;
    }

    private Match exactSku(String text) {
        List<Product> found = bySku.get(text.trim().toUpperCase());
        return found == null ? null : single(text, found, MatchRule.SKU, "SKU");
    }

    private Match exactTitle(String text) {
        List<Product> found = byTitle.get(ProductNames.normalize(text));
        return found == null ? null : single(text, found, MatchRule.TITLE, "title");
    }

    private static Match single(String text, List<Product> found, MatchRule rule, String by) {
        if (found.size() == 1) {
            return Match.of(found.get(0), rule);
        }
        return Match.none("\"" + text + "\" matches " + found.size() + " products by " + by + " (ids " + ids(found)
                + "): name it by SKU or product id");
    }

    static int maxDistance(String normalized) {
        return Math.min(MAX_EDIT_DISTANCE, normalized.length() / CHARS_PER_EDIT);
    }

    private Match closest(String text, String name) {
        int max = maxDistance(name);
        if (max == 0) {
            return Match.none("no product matches \"" + text + "\"");
        }
        int best = max + 1;
        List<Product> nearest = new ArrayList<>();
        for (Map.Entry<String, List<Product>> entry : byTitle.entrySet()) {
            int d = EditDistance.within(name, entry.getKey(), Math.min(best, max));
            if (d < best) {
                best = d;
                nearest = new ArrayList<>(entry.getValue());
            } else if (d == best && d <= max) {
                nearest.addAll(entry.getValue());
            }
        }
        if (nearest.isEmpty()) {
            return Match.none("no product matches \"" + text + "\"");
        }
        if (nearest.size() > 1) {
            return Match.none("\"" + text + "\" is as close to " + nearest.size() + " products (ids " + ids(nearest)
                    + "): name it by SKU or exact title");
        }
        return Match.of(nearest.get(0), MatchRule.EDIT_DISTANCE);
    }

    private static String ids(List<Product> products) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < products.size() && i < 5; i++) {
            out.append(i == 0 ? "" : ", ").append(products.get(i).id());
        }
        return products.size() > 5 ? out.append(", ...").toString() : out.toString();
    }
}
