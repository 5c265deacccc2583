package dev.workers4j.ingest.shopify;

/**
 * The bulk query of the sync: orders updated in [from, to), with the fields the marts need and
 * their line items. Written as Shopify's documentation shows it, the bulk query inline as a block
 * string; window bounds are ISO-8601 UTC instants the sync produced, never input.
 */
public final class OrdersExport {
    private OrdersExport() {
    }

    /** The inner query bulkOperationRunQuery runs. */
    public static String query(String fromIso, String toIso) {
        return "{\n"
                + "  orders(query: \"updated_at:>='" + fromIso + "' AND updated_at:<'" + toIso + "'\") {\n"
                + "    edges {\n"
                + "      node {\n"
                + "        id\n        name\n        createdAt\n        updatedAt\n        processedAt\n"
                + "        displayFinancialStatus\n"
                + "        totalPriceSet { shopMoney { amount currencyCode } }\n"
                + "        lineItems {\n"
                + "          edges {\n"
                + "            node {\n"
                + "              id\n              title\n              sku\n              quantity\n"
                + "              originalUnitPriceSet { shopMoney { amount currencyCode } }\n"
                + "              product { id }\n"
                + "            }\n"
                + "          }\n"
                + "        }\n"
                + "      }\n"
                + "    }\n"
                + "  }\n"
                + "}";
    }

    /** The mutation that starts it. */
    public static String mutation(String fromIso, String toIso) {
        return "mutation {\n  bulkOperationRunQuery(\n    query: \"\"\"\n" + query(fromIso, toIso)
                + "\n\"\"\"\n  ) {\n    bulkOperation { id status }\n    userErrors { field message code }\n  }\n}";
    }

    /** The poll of one operation by its id (a gid Shopify gave, checked to be one). */
    public static String poll(String operationId) {
        return "query {\n  node(id: \"" + operationId + "\") {\n    ... on BulkOperation {\n"
                + "      id\n      status\n      errorCode\n      objectCount\n      fileSize\n      url\n      partialDataUrl\n"
                + "    }\n  }\n}";
    }
}
