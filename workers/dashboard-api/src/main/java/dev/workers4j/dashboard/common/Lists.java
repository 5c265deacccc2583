package dev.workers4j.dashboard.common;

import dev.workers4j.http.Context;
import dev.workers4j.http.Validation;
import java.util.ArrayList;
import java.util.List;

/** The paging rules every list shares: {@code limit} 1..200 (default 50), one extra row fetched to know whether a next page exists. */
public final class Lists {
    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 50;

    private Lists() {
    }

    public static int limit(Validation v, Context<?> c) {
        Integer limit = v.integer("limit", c.query("limit"), 1, MAX_LIMIT, DEFAULT_LIMIT);
        return limit == null ? DEFAULT_LIMIT : limit;
    }

    /** The first {@code limit} rows of a query that asked for limit + 1. */
    public static <T> List<T> page(List<T> rows, int limit) {
        return rows.size() <= limit ? rows : new ArrayList<>(rows.subList(0, limit));
    }

    /** Whether a query that asked for limit + 1 rows has a page after this one. */
    public static boolean hasMore(List<?> rows, int limit) {
        return rows.size() > limit;
    }

    /** PostgreSQL's text form of a one-dimensional array of plain values ({@code {IPH,SAM}}, {@code {1,2}}). */
    public static List<String> pgArray(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.length() <= 2) {
            return out;
        }
        int start = 1;
        for (int i = 1; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ',' || ch == '}') {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        return out;
    }

    public static List<Long> pgLongArray(String text) {
        List<Long> out = new ArrayList<>();
        for (String value : pgArray(text)) {
            out.add(Long.parseLong(value));
        }
        return out;
    }
}
