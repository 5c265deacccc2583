package dev.workers4j.ingest.imports;

/** How an import found a product a row names; stored in combo_log_products.match_rule. */
enum MatchRule {
    /** The product_ids column: Shopify's product id, as the combo-log export writes it. */
    ID,
    /** The name equals a product's SKU (case and surrounding spaces ignored). */
    SKU,
    /** The name's normalised form equals a product's normalized_title. */
    TITLE,
    /** The normalised name is within a small edit distance of exactly one product's normalized_title. */
    EDIT_DISTANCE
}
