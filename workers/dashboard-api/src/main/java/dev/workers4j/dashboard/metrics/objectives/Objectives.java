package dev.workers4j.dashboard.metrics.objectives;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.JsonCodecType;
import java.util.List;

/** A page of objectives, by id; {@code next_cursor} is null on the last. */
@JsonCodecType
public record Objectives(List<Objective> items, @JsonProperty("next_cursor") String nextCursor) {
}
