package dev.workers4j.outboundparity;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.JsonCodecType;
import java.util.List;

/** What the upstream's /quote answers, decoded by the generated codec on both runtimes. */
@JsonCodecType
public record Quote(String symbol, @JsonProperty("price_cents") long priceCents, List<String> tags, boolean open) {
}
