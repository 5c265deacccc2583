package dev.workers4j.dashboard.metrics;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.JsonCodecType;
import java.util.List;

/** One page of top products; {@code next_cursor} is null on the last. */
@JsonCodecType
public record TopProducts(String from, String to, String by, List<TopProduct> items,
        @JsonProperty("next_cursor") String nextCursor) {
}
