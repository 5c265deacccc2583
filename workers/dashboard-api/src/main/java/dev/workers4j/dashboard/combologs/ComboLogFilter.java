package dev.workers4j.dashboard.combologs;

import dev.workers4j.dashboard.common.Cursor;
import dev.workers4j.dashboard.common.Lists;
import dev.workers4j.http.Context;
import dev.workers4j.http.Validation;
import java.time.LocalDate;

/**
 * The list's and the export's query: filters {@code type}, {@code audience}, {@code product_line},
 * {@code status}, {@code date_from}, {@code date_to} (launch dates), {@code sort}
 * ({@code launch_date} or {@code roas}, newest or best first), {@code limit}, {@code cursor}.
 */
record ComboLogFilter(String type, String audience, String productLine, String status, String dateFrom,
        String dateTo, boolean byRoas, String afterKey, Long afterId, int limit) {

    static ComboLogFilter read(Context<?> c) {
        Validation v = new Validation();
        String type = v.oneOf("type", c.query("type"), null, ComboLogInput.TYPES);
        String audience = v.code("audience", c.query("audience"), 1, 24);
        String productLine = v.code("product_line", c.query("product_line"), 2, 12);
        String status = v.oneOf("status", c.query("status"), null, ComboLogInput.STATUSES);
        LocalDate from = v.date("date_from", c.query("date_from"), null);
        LocalDate to = v.date("date_to", c.query("date_to"), null);
        v.check(from == null || to == null || !to.isBefore(from), "date_to", "must not be before date_from");
        String sort = v.oneOf("sort", c.query("sort"), "launch_date", "launch_date", "roas");
        int limit = Lists.limit(v, c);
        String[] after = Cursor.decode(v, c.query("cursor"), 3);
        Long afterId = null;
        if (after != null) {
            afterId = Validation.parseLong(after[2]);
            boolean key = "roas".equals(sort) ? Validation.isDecimal(after[1]) : Validation.parseDate(after[1]) != null;
            v.check(after[0].equals(sort) && afterId != null && key, "cursor", "belongs to another sort");
        }
        v.throwIfInvalid();
        return new ComboLogFilter(type, audience, productLine, status, from == null ? null : from.toString(),
                to == null ? null : to.toString(), "roas".equals(sort), after == null ? null : after[1], afterId, limit);
    }

    /** The same filter from another row on (the export's next chunk). */
    ComboLogFilter after(String key, long id, int rows) {
        return new ComboLogFilter(type, audience, productLine, status, dateFrom, dateTo, byRoas, key, id, rows);
    }

    String cursorFor(String key, String identifierId) {
        return Cursor.encode(byRoas ? "roas" : "launch_date", key, identifierId);
    }
}
