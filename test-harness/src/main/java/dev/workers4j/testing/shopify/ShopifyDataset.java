package dev.workers4j.testing.shopify;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * A shop's orders as a bulk operation's JSONL result, generated from a seed: orders with their
 * line items, in Shopify's format (a child line carries {@code __parentId} and comes after its
 * parent, not always right after it), with the totals generated so a test can compare what a
 * sync stored. The same seed and size give the same file.
 */
public final class ShopifyDataset {
    /** The catalog: product lines staff filter by, each with a few products. */
    static final String[] LINES = {"IPH", "SAM", "GRIPZ", "AIR", "AIRMAX"};
    private static final String[] MODELS = {"Clear", "Matte", "Leather", "Rugged", "Slim", "Glitter", "Carbon", "Wallet"};
    private static final long FIRST_PRODUCT_ID = 7_100_000_000L;
    private static final long FIRST_ORDER_ID = 5_200_000_000L;
    private static final long FIRST_LINE_ITEM_ID = 13_900_000_000L;

    private final long seed;
    private final int orders;
    private final Instant end;
    private final int days;

    /** What was generated, for comparison with what a sync stored. */
    public record Totals(long orders, long lineItems, long lines, long units, BigDecimal revenue, long bytes,
            long products) {
    }

    /** A product of the catalog. */
    public record Product(long id, String title, String sku, String line, BigDecimal price) {
    }

    /**
     * {@code orders} orders updated over the {@code days} days before {@code end}, from {@code seed}.
     */
    public ShopifyDataset(long seed, int orders, Instant end, int days) {
        this.seed = seed;
        this.orders = orders;
        this.end = end.truncatedTo(ChronoUnit.SECONDS);
        this.days = days;
    }

    /** The dataset of local runs and most tests: a fixed end, so files are byte-identical across runs. */
    public static ShopifyDataset of(long seed, int orders) {
        return new ShopifyDataset(seed, orders, Instant.now().truncatedTo(ChronoUnit.HOURS), 120);
    }

    public static List<Product> catalog() {
        List<Product> products = new ArrayList<>();
        long id = FIRST_PRODUCT_ID;
        for (int l = 0; l < LINES.length; l++) {
            for (int m = 0; m < MODELS.length; m++) {
                String line = LINES[l];
                products.add(new Product(id++, line + " " + MODELS[m] + " Case", line + "-" + MODELS[m].toUpperCase() + "-"
                        + (100 + m), line, BigDecimal.valueOf(1499 + 250L * m + 100L * l, 2)));
            }
        }
        return products;
    }

    /**
     * Writes the orders updated in [{@code from}, {@code to}) (nulls: no bound) as JSONL and
     * answers the totals of what was written.
     */
    public Totals write(Path file, Instant from, Instant to) {
        List<Product> catalog = catalog();
        Random random = new Random(seed);
        Totals totals;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Deque<String> delayed = new ArrayDeque<>();
            long lineItems = 0;
            long units = 0;
            long written = 0;
            long bytes = 0;
            BigDecimal revenue = BigDecimal.ZERO;
            long itemId = FIRST_LINE_ITEM_ID;
            java.util.Set<Long> productsSeen = new java.util.HashSet<>();
            long spanSeconds = days * 86_400L;
            for (int i = 0; i < orders; i++) {
                long orderId = FIRST_ORDER_ID + i;
                Instant created = end.minusSeconds(spanSeconds - (spanSeconds * i) / Math.max(1, orders));
                Instant updated = created.plusSeconds(random.nextInt(3_600));
                int itemCount = 1 + random.nextInt(3);
                List<String> items = new ArrayList<>();
                List<Long> itemProducts = new ArrayList<>();
                BigDecimal total = BigDecimal.ZERO;
                long orderUnits = 0;
                for (int k = 0; k < itemCount; k++) {
                    Product product = catalog.get(random.nextInt(catalog.size()));
                    int quantity = 1 + random.nextInt(3);
                    total = total.add(product.price().multiply(BigDecimal.valueOf(quantity)));
                    orderUnits += quantity;
                    itemProducts.add(product.id());
                    items.add("{\"id\":\"gid://shopify/LineItem/" + (itemId++) + "\",\"title\":\"" + product.title()
                            + "\",\"sku\":\"" + product.sku() + "\",\"quantity\":" + quantity
                            + ",\"originalUnitPriceSet\":{\"shopMoney\":{\"amount\":\"" + product.price().toPlainString()
                            + "\",\"currencyCode\":\"USD\"}},\"product\":{\"id\":\"gid://shopify/Product/" + product.id()
                            + "\"},\"__parentId\":\"gid://shopify/Order/" + orderId + "\"}");
                }
                boolean inWindow = (from == null || !updated.isBefore(from)) && (to == null || updated.isBefore(to));
                if (!inWindow) {
                    continue;
                }
                String status = random.nextInt(20) == 0 ? "REFUNDED" : "PAID";
                String order = "{\"id\":\"gid://shopify/Order/" + orderId + "\",\"name\":\"#" + (1001 + i)
                        + "\",\"createdAt\":\"" + created + "\",\"updatedAt\":\"" + updated + "\",\"processedAt\":\""
                        + created + "\",\"displayFinancialStatus\":\"" + status
                        + "\",\"totalPriceSet\":{\"shopMoney\":{\"amount\":\"" + total.toPlainString()
                        + "\",\"currencyCode\":\"USD\"}}}";
                bytes += emit(out, order);
                written++;
                // Children come after their parent, but a few wait until after later orders.
                for (String item : items) {
                    if (random.nextInt(4) == 0) {
                        delayed.add(item);
                    } else {
                        bytes += emit(out, item);
                    }
                }
                while (delayed.size() > 3 || (!delayed.isEmpty() && random.nextInt(3) == 0)) {
                    bytes += emit(out, delayed.poll());
                }
                productsSeen.addAll(itemProducts);
                lineItems += itemCount;
                units += orderUnits;
                revenue = revenue.add(total);
            }
            while (!delayed.isEmpty()) {
                bytes += emit(out, delayed.poll());
            }
            totals = new Totals(written, lineItems, written + lineItems, units, revenue, bytes, productsSeen.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return totals;
    }

    private static long emit(BufferedWriter out, String line) throws IOException {
        out.write(line);
        out.write('\n');
        return line.getBytes(StandardCharsets.UTF_8).length + 1L;
    }
}
