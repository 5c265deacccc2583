package dev.workers4j.dashboard.combologs;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.workers4j.http.Validation;
import dev.workers4j.json.JsonCodecType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The body of POST /api/combo-logs. All optional to the codec so {@link #validate} lists every problem. */
@JsonCodecType
public record ComboLogInput(String type, String audience, @JsonProperty("product_ids") List<Long> productIds,
        @JsonProperty("launch_date") String launchDate, String status, BigDecimal spend, Long impressions, Long clicks,
        Integer purchases, BigDecimal revenue, String notes) {

    static final String[] TYPES = {"SP", "CT", "NT", "UGC", "ST"};
    static final String[] STATUSES = {"PLANNED", "TESTING", "WINNER", "LOSER", "PAUSED", "ARCHIVED"};
    static final BigDecimal MAX_MONEY = new BigDecimal("999999999999.99");
    static final int MAX_PRODUCTS = 20;

    Valid validate() {
        Validation v = new Validation();
        v.require("type", v.oneOf("type", type, null, TYPES));
        v.require("audience", v.code("audience", audience, 1, 24));
        List<Long> ids = new ArrayList<>();
        if (productIds == null || productIds.isEmpty()) {
            v.problem("product_ids", "must list 1 to " + MAX_PRODUCTS + " product ids");
        } else {
            for (Long id : productIds) {
                if (id == null || id <= 0) {
                    v.problem("product_ids", "must hold positive whole numbers only");
                    break;
                }
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
            v.check(productIds.size() <= MAX_PRODUCTS, "product_ids", "must list at most " + MAX_PRODUCTS + " products");
            v.check(ids.size() == productIds.size() || v.hasProblem("product_ids"), "product_ids", "must not repeat a product");
        }
        LocalDate launch = v.require("launch_date", v.date("launch_date", launchDate, null));
        String checkedStatus = v.oneOf("status", status, "PLANNED", STATUSES);
        Counts counts = Counts.validate(v, spend, impressions, clicks, purchases, revenue);
        v.text("notes", notes, 4000);
        v.throwIfInvalid();
        return new Valid(type, audience, ids, launch.toString(), checkedStatus, counts, notes);
    }

    /** A checked input. */
    record Valid(String type, String audience, List<Long> productIds, String launchDate, String status, Counts counts,
            String notes) {
    }

    /** Spend, impressions, clicks, purchases and revenue, each null when not given. */
    record Counts(BigDecimal spend, Long impressions, Long clicks, Integer purchases, BigDecimal revenue) {
        static Counts validate(Validation v, BigDecimal spend, Long impressions, Long clicks, Integer purchases,
                BigDecimal revenue) {
            v.nonNegative("spend", spend, MAX_MONEY, 2);
            v.nonNegative("revenue", revenue, MAX_MONEY, 2);
            v.check(impressions == null || impressions >= 0, "impressions", "must not be negative");
            v.check(clicks == null || clicks >= 0, "clicks", "must not be negative");
            v.check(purchases == null || purchases >= 0, "purchases", "must not be negative");
            return new Counts(spend, impressions, clicks, purchases, revenue);
        }
    }
}
