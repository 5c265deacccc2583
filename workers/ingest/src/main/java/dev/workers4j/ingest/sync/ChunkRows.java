package dev.workers4j.ingest.sync;

import dev.workers4j.json.Json;
import dev.workers4j.json.JsonException;
import dev.workers4j.sql.Upsert;
import dev.workers4j.worker.Attempt;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rows one chunk of the archive upserts: its orders, their line items, and the products the
 * line items name (each product once per chunk: a multi-row upsert may not touch a row twice).
 * A line that is neither a well-formed order nor a line item is a {@link BadLine}.
 */
final class ChunkRows {
    final Upsert orders;
    final Upsert lineItems;
    final Upsert products;
    int orderCount;
    int lineCount;
    private final Map<Long, Object[]> productRows = new LinkedHashMap<>();

    ChunkRows(String syncedAt) {
        this.syncedAt = syncedAt;
        orders = Upsert.into("orders").columns("id", "name", "created_at", "updated_at", "processed_at",
                "financial_status", "total_price", "currency", "synced_at").onConflict("id")
                .columnTypes("bigint", "text", "timestamptz", "timestamptz", "timestamptz", "text", "numeric", "bpchar",
                        "timestamptz");
        lineItems = Upsert.into("order_line_items").columns("id", "order_id", "product_id", "title", "sku", "quantity",
                "unit_price", "currency").onConflict("id")
                .columnTypes("bigint", "bigint", "bigint", "text", "text", "integer", "numeric", "bpchar");
        products = Upsert.into("products").columns("id", "title", "normalized_title", "sku", "product_line",
                "updated_at").onConflict("id")
                .columnTypes("bigint", "text", "text", "text", "text", "timestamptz");
    }

    private final String syncedAt;

    /** A line of the archive that cannot be stored; {@code lineNumber} counts from the run's first line. */
    static final class BadLine extends RuntimeException {
        BadLine(long lineNumber, String problem) {
            super("line " + lineNumber + " of the archive: " + problem);
        }
    }

    void add(String text, long lineNumber) {
        BulkLine[] parsed = new BulkLine[1];
        RuntimeException malformed = Attempt.run(() -> parsed[0] = Json.fromJson(BulkLine_JsonCodec.INSTANCE, text));
        if (malformed != null) {
            throw new BadLine(lineNumber, malformed instanceof JsonException ? "not JSON: " + malformed.getMessage()
                    : malformed.toString());
        }
        BulkLine line = parsed[0];
        lineCount++;
        if (line.isLineItem()) {
            addLineItem(line, lineNumber);
        } else {
            addOrder(line, lineNumber);
        }
    }

    private void addOrder(BulkLine line, long lineNumber) {
        long id = ShopifyIds.number(line.id(), "Order");
        BulkLine.Money total = line.totalPriceSet() == null ? null : line.totalPriceSet().shopMoney();
        if (id < 0 || line.name() == null || line.createdAt() == null || line.updatedAt() == null || total == null
                || total.amount() == null || total.currencyCode() == null) {
            throw new BadLine(lineNumber, "an order without id, name, createdAt, updatedAt or totalPriceSet");
        }
        orders.row(id, line.name(), line.createdAt(), line.updatedAt(),
                line.processedAt() != null ? line.processedAt() : line.createdAt(), line.displayFinancialStatus(),
                total.amount(), total.currencyCode(), syncedAt);
        orderCount++;
    }

    private void addLineItem(BulkLine line, long lineNumber) {
        long id = ShopifyIds.number(line.id(), "LineItem");
        long orderId = ShopifyIds.number(line.parentId(), "Order");
        BulkLine.Money price = line.originalUnitPriceSet() == null ? null : line.originalUnitPriceSet().shopMoney();
        if (id < 0 || orderId < 0 || line.quantity() == null || price == null || price.amount() == null
                || price.currencyCode() == null) {
            throw new BadLine(lineNumber, "a line item without id, order, quantity or originalUnitPriceSet");
        }
        String title = line.title() != null ? line.title() : "";
        Long productId = null;
        if (line.product() != null) {
            long product = ShopifyIds.number(line.product().id(), "Product");
            if (product >= 0) {
                productId = product;
                productRows.put(product, new Object[] {product, title, ProductNames.normalize(title), line.sku(),
                        ProductNames.productLine(line.sku()), syncedAt});
            }
        }
        lineItems.row(id, orderId, productId, title, line.sku(), line.quantity(), price.amount(), price.currencyCode());
    }

    /** The product rows, once each. */
    Upsert products() {
        for (Object[] row : productRows.values()) {
            products.row(row);
        }
        productRows.clear();
        return products;
    }
}
