package dev.workers4j.ingest.imports;

import dev.workers4j.text.IsoDates;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a report, checked as the database's constraints and dashboard-api's ComboLogInput
 * check a combo log (so a bad row is rejected here, with a reason, and never fails the chunk's
 * transaction), its products matched. Money and counts stay text, checked digit by digit, and go
 * to PostgreSQL as numeric/bigint parameters.
 */
record ReportRow(int line, String identifier, String prefix, int seq, String type, String audience, List<String> lines,
        List<Link> links, String launchDate, String status, String spend, String impressions, String clicks,
        String purchases, String revenue, String notes) {

    static final String[] TYPES = {"SP", "CT", "NT", "UGC", "ST"};
    static final String[] STATUSES = {"PLANNED", "TESTING", "WINNER", "LOSER", "PAUSED", "ARCHIVED"};
    static final int MAX_PRODUCTS = 20;
    static final int MAX_NOTES = 4000;

    /** A product of the row and how it was found. */
    record Link(long productId, MatchRule rule, String named) {
    }

    /** A parsed row, or the reason it is rejected. */
    record Parsed(ReportRow row, String problem) {
    }

    static Parsed parse(int line, List<String> fields, ReportColumns c, ProductCatalog catalog) {
        String type = upper(c.get(fields, ReportColumns.TYPE));
        if (type == null) {
            return rejected("type is empty");
        }
        if (!oneOf(type, TYPES)) {
            return rejected("type \"" + type + "\" is not one of " + String.join(", ", TYPES));
        }
        String audience = upper(c.get(fields, ReportColumns.AUDIENCE));
        if (audience == null) {
            return rejected("audience is empty");
        }
        if (!code(audience)) {
            return rejected("audience \"" + audience + "\" must be 1 to 24 of A-Z, 0-9 and _, starting with a letter");
        }
        String launch = c.get(fields, ReportColumns.LAUNCH_DATE);
        if (launch == null) {
            return rejected("launch_date is empty");
        }
        if (!IsoDates.isDate(launch)) {
            return rejected("launch_date \"" + launch + "\" is not a date (YYYY-MM-DD)");
        }
        String status = upper(c.get(fields, ReportColumns.STATUS));
        if (status != null && !oneOf(status, STATUSES)) {
            return rejected("status \"" + status + "\" is not one of " + String.join(", ", STATUSES));
        }
        String[] numbers = new String[5];
        int[] columns = {ReportColumns.SPEND, ReportColumns.IMPRESSIONS, ReportColumns.CLICKS, ReportColumns.PURCHASES,
            ReportColumns.REVENUE};
        for (int i = 0; i < columns.length; i++) {
            String raw = c.get(fields, columns[i]);
            boolean money = i == 0 || i == 4;
            numbers[i] = money ? Numbers.money(raw) : Numbers.count(raw, i == 3 ? 9 : 15);
            if (raw != null && numbers[i] == null) {
                return rejected(ReportColumns.NAMES[columns[i]][0] + " \"" + raw + "\" is not "
                        + (money ? "an amount (e.g. 1234.50, at most 2 decimals)" : "a whole number of at most "
                        + (i == 3 ? 9 : 15) + " digits"));
            }
        }
        String notes = c.get(fields, ReportColumns.NOTES);
        if (notes != null && notes.length() > MAX_NOTES) {
            return rejected("notes are longer than " + MAX_NOTES + " characters");
        }
        List<Link> links = new ArrayList<>();
        List<String> productLines = new ArrayList<>();
        String problem = match(fields, c, catalog, links, productLines);
        if (problem != null) {
            return rejected(problem);
        }
        java.util.Collections.sort(productLines);
        String prefix = Identifiers.prefix(type, productLines, links.size(), audience);
        String identifier = c.get(fields, ReportColumns.IDENTIFIER);
        int seq = 0;
        if (identifier != null) {
            seq = Identifiers.seq(identifier, prefix);
            if (seq <= 0) {
                return rejected("identifier \"" + identifier + "\" does not fit the row: its type, product lines, number"
                        + " of products and audience make " + prefix + "-NNN");
            }
        }
        return new Parsed(new ReportRow(line, identifier, prefix, seq, type, audience, productLines, links, launch, status,
                numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], notes), null);
    }

    /** Matches every product the row names; the first problem, or null. */
    private static String match(List<String> fields, ReportColumns c, ProductCatalog catalog, List<Link> links,
            List<String> productLines) {
        List<ProductCatalog.Match> matches = new ArrayList<>();
        List<String> named = new ArrayList<>();
        String ids = c.get(fields, ReportColumns.PRODUCT_IDS);
        for (String id : split(ids, false, null)) {
            matches.add(catalog.byId(id));
            named.add(id);
        }
        for (String sku : split(c.get(fields, ReportColumns.SKUS), false, null)) {
            matches.add(catalog.bySku(sku));
            named.add(sku);
        }
        for (String name : split(c.get(fields, ReportColumns.PRODUCTS), true, catalog)) {
            matches.add(catalog.byName(name));
            named.add(name);
        }
        if (matches.isEmpty()) {
            return "names no product (products, skus or product_ids)";
        }
        for (int i = 0; i < matches.size(); i++) {
            ProductCatalog.Match m = matches.get(i);
            if (m.problem() != null) {
                return m.problem();
            }
            ProductCatalog.Product p = m.product();
            boolean seen = false;
            for (Link link : links) {
                seen |= link.productId() == p.id();
            }
            if (seen) {
                continue; // named twice (by title and SKU, say): one product
            }
            if (p.productLine() == null) {
                return "product \"" + p.title() + "\" (id " + p.id() + ") has no product line";
            }
            links.add(new Link(p.id(), m.rule(), named.get(i)));
            if (!productLines.contains(p.productLine())) {
                productLines.add(p.productLine());
            }
        }
        if (links.size() > MAX_PRODUCTS) {
            return "names " + links.size() + " products; at most " + MAX_PRODUCTS;
        }
        return null;
    }

    /**
     * A cell's names: split at ';' when it has one, else at '+' (the export's separator) unless
     * the whole cell already names one product (a title such as "Case + Strap").
     */
    static List<String> split(String cell, boolean names, ProductCatalog catalog) {
        List<String> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        char separator = cell.indexOf(';') >= 0 ? ';' : '+';
        if (separator == '+' && names && catalog.namesExactlyOne(cell)) {
            out.add(cell);
            return out;
        }
        int from = 0;
        while (from <= cell.length()) {
            int at = cell.indexOf(separator, from);
            int to = at < 0 ? cell.length() : at;
            String part = cell.substring(from, to).trim();
            if (!part.isEmpty()) {
                out.add(part);
            }
            from = to + 1;
        }
        return out;
    }

    private static Parsed rejected(String problem) {
        return new Parsed(null, problem);
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase();
    }

    private static boolean oneOf(String value, String[] allowed) {
        for (String a : allowed) {
            if (a.equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** ^[A-Z][A-Z0-9_]{0,23}$, as combo_logs.audience's check says. */
    private static boolean code(String value) {
        boolean ok = value.length() <= 24 && value.charAt(0) >= 'A' && value.charAt(0) <= 'Z';
        for (int i = 1; ok && i < value.length(); i++) {
            char ch = value.charAt(i);
            ok = (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
        }
        return ok;
    }
}
