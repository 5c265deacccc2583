package dev.workers4j.ingest.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each known column of a report's header is. Header names are matched case-insensitively,
 * spaces and dashes read as underscores ("Launch Date" is launch_date); a few aliases are taken;
 * unknown columns are ignored (so the combo-log export's product_lines, ctr, cpa, roas, created_*
 * and updated_* columns pass). See {@link ImportJob} for the columns.
 */
final class ReportColumns {
    static final String[][] NAMES = {
        {"identifier"},
        {"type", "combo_type"},
        {"audience"},
        {"products", "product_titles", "product", "titles"},
        {"skus", "sku"},
        {"product_ids", "product_id"},
        {"launch_date", "launched", "launch"},
        {"status"},
        {"spend"},
        {"impressions"},
        {"clicks"},
        {"purchases"},
        {"revenue"},
        {"notes"},
    };
    static final int IDENTIFIER = 0, TYPE = 1, AUDIENCE = 2, PRODUCTS = 3, SKUS = 4, PRODUCT_IDS = 5, LAUNCH_DATE = 6,
            STATUS = 7, SPEND = 8, IMPRESSIONS = 9, CLICKS = 10, PURCHASES = 11, REVENUE = 12, NOTES = 13;

    private final int[] index = new int[NAMES.length];
    private final String problem;

    private ReportColumns(List<String> header) {
        java.util.Arrays.fill(index, -1);
        String trouble = null;
        for (int i = 0; i < header.size(); i++) {
            String name = canonical(header.get(i));
            for (int c = 0; c < NAMES.length; c++) {
                for (String alias : NAMES[c]) {
                    if (alias.equals(name)) {
                        if (index[c] >= 0 && trouble == null) {
                            trouble = "the header names " + NAMES[c][0] + " twice (columns " + (index[c] + 1) + " and "
                                    + (i + 1) + ")";
                        }
                        index[c] = i;
                    }
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (int c : new int[] {TYPE, AUDIENCE, LAUNCH_DATE}) {
            if (index[c] < 0) {
                missing.add(NAMES[c][0]);
            }
        }
        if (index[PRODUCTS] < 0 && index[SKUS] < 0 && index[PRODUCT_IDS] < 0) {
            missing.add("one of products, skus, product_ids");
        }
        if (trouble == null && !missing.isEmpty()) {
            trouble = "the first line is not a creative activity report header: it lacks " + String.join(", ", missing)
                    + " (it has: " + shown(header) + ")";
        }
        this.problem = trouble;
    }

    static ReportColumns of(List<String> header) {
        return new ReportColumns(header);
    }

    /** Why the header cannot be used, or null. */
    String problem() {
        return problem;
    }

    boolean has(int column) {
        return index[column] >= 0;
    }

    /** The row's value of a column, trimmed; null when the column is absent or the cell empty. */
    String get(List<String> row, int column) {
        int i = index[column];
        if (i < 0 || i >= row.size()) {
            return null;
        }
        String value = row.get(i).trim();
        return value.isEmpty() ? null : value;
    }

    static String canonical(String name) {
        StringBuilder out = new StringBuilder(name.length());
        String trimmed = name.trim();
        for (int i = 0; i < trimmed.length(); i++) {
            char ch = Character.toLowerCase(trimmed.charAt(i));
            out.append(ch == ' ' || ch == '-' ? '_' : ch);
        }
        return out.toString();
    }

    private static String shown(List<String> header) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < header.size() && out.length() < 200; i++) {
            out.append(i == 0 ? "" : ", ").append(header.get(i));
        }
        return out.length() > 200 ? out.substring(0, 200) + "..." : out.toString();
    }
}
