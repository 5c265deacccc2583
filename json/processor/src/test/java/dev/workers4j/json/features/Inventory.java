package dev.workers4j.json.features;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.workers4j.json.JsonCodecType;
import java.math.BigInteger;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;

/** Naming strategy, aliases, ignored and non-null components, non-String map keys. */
@JsonCodecType
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Inventory(
    @JsonProperty(required = true) Sku sku,
    @JsonAlias({"qty", "count"}) int onHand,
    Map<Region, Integer> byRegion,
    SortedMap<Long, String> binsByShelfId,
    SortedSet<String> supplierCodes,
    BigInteger serialRange,
    @JsonIgnore String scratch,
    @NonNull String warehouseName) {}
