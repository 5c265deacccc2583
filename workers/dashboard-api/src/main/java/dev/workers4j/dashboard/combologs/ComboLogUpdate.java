package dev.workers4j.dashboard.combologs;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.http.Validation;
import dev.workers4j.json.JsonCodecType;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The body of PUT /api/combo-logs/:identifier: the fields a combo log's results change. A missing
 * property keeps its value. Type, audience and products make the identifier, so they never change.
 */
@JsonCodecType
public record ComboLogUpdate(@JsonProperty("launch_date") String launchDate, String status, BigDecimal spend,
        Long impressions, Long clicks, Integer purchases, BigDecimal revenue, String notes) {

    Valid validate() {
        Validation v = new Validation();
        LocalDate launch = v.date("launch_date", launchDate, null);
        v.oneOf("status", status, null, ComboLogInput.STATUSES);
        ComboLogInput.Counts counts = ComboLogInput.Counts.validate(v, spend, impressions, clicks, purchases, revenue);
        v.text("notes", notes, 4000);
        v.throwIfInvalid();
        return new Valid(launch == null ? null : launch.toString(), status, counts, notes);
    }

    record Valid(String launchDate, String status, ComboLogInput.Counts counts, String notes) {
    }
}
