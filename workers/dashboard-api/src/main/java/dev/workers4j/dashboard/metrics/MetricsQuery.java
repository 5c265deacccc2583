package dev.workers4j.dashboard.metrics;

import dev.workers4j.http.Context;
import dev.workers4j.http.Validation;
import java.time.LocalDate;

/** The query every metrics read shares: {@code from}, {@code to} (at most 2 years apart), and an optional {@code product_id} or {@code product_line}. */
record MetricsQuery(LocalDate from, LocalDate to, Scope scope) {

    /** Reads and checks the shared parameters into {@code v}; null fields where they have problems. */
    static MetricsQuery read(Validation v, Context<?> c) {
        LocalDate from = v.require("from", v.date("from", c.query("from"), null));
        LocalDate to = v.require("to", v.date("to", c.query("to"), null));
        if (from != null && to != null) {
            v.check(!to.isBefore(from), "to", "must not be before from");
            v.check(!to.isAfter(from.plusYears(2)), "to", "must be at most 2 years after from");
        }
        Long productId = v.id("product_id", c.query("product_id"), null);
        String productLine = v.code("product_line", c.query("product_line"), 2, 12);
        v.check(productId == null || productLine == null, "product_line", "give product_id or product_line, not both");
        return new MetricsQuery(from, to, new Scope(productId, productLine));
    }

    /** The same number of days, just before {@code from}. */
    LocalDate previousFrom() {
        return from.minusDays(to.toEpochDay() - from.toEpochDay() + 1);
    }

    LocalDate previousTo() {
        return from.minusDays(1);
    }
}
