package dev.workers4j.ingest.sync;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.JsonCodecType;

/**
 * One line of the orders export's JSONL: an order, or (with {@code __parentId}) one of its line
 * items. The fields of both, all optional here; {@link ChunkRows} checks what each kind needs.
 */
@JsonCodecType
record BulkLine(String id, String name, String createdAt, String updatedAt, String processedAt,
        String displayFinancialStatus, MoneySet totalPriceSet, String title, String sku, Integer quantity,
        MoneySet originalUnitPriceSet, ProductRef product, @JsonProperty("__parentId") String parentId) {

    @JsonCodecType
    record MoneySet(Money shopMoney) {
    }

    @JsonCodecType
    record Money(java.math.BigDecimal amount, String currencyCode) {
    }

    @JsonCodecType
    record ProductRef(String id) {
    }

    boolean isLineItem() {
        return parentId != null;
    }
}
