package dev.workers4j.dashboard.metrics.objectives;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.json.JsonCodecType;
import java.util.List;

/** An objective with its actual value so far (from the marts, period start to now) and the percent of the target reached. */
@JsonCodecType
public record ObjectiveProgress(Objective objective, String actual,
        @JsonProperty("percent_of_target") String percentOfTarget) {

    /** A page of progress, by objective id. */
    @JsonCodecType
    public record Page(List<ObjectiveProgress> items, @JsonProperty("next_cursor") String nextCursor) {
    }
}
