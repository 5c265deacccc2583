package dev.workers4j.http;

import dev.workers4j.text.Digits;
import dev.workers4j.text.IsoDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of a request's query parameters or body, then throws them together
 * ({@link #throwIfInvalid()}) as one 400 invalid_request, before any query runs. Each reader
 * returns the parsed value, or the default when the value is absent, or null (recording a
 * problem) when it is malformed. Hand-written parsers: no regex or java.time formatters, which
 * weigh a lot in a TeaVM bundle.
 *
 * <pre>{@code
 * Validation v = new Validation();
 * LocalDate from = v.date("from", c.query("from"), null);
 * int limit = v.integer("limit", c.query("limit"), 1, 200, 50);
 * v.require("from", from);
 * v.throwIfInvalid();
 * }</pre>
 */
public final class Validation {
    private final List<FieldProblem> problems = new ArrayList<>();

    /** Records a problem with a field. */
    public Validation problem(String field, String problem) {
        problems.add(new FieldProblem(field, problem));
        return this;
    }

    /** Records {@code problem} unless {@code ok}. */
    public Validation check(boolean ok, String field, String problem) {
        if (!ok) {
            problem(field, problem);
        }
        return this;
    }

    /** Whether {@code field} already has a problem (e.g. to skip a cross-field check). */
    public boolean hasProblem(String field) {
        for (FieldProblem p : problems) {
            if (p.field().equals(field)) {
                return true;
            }
        }
        return false;
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    /** Throws the problems collected so far, if any, as one {@link InvalidRequestException}. */
    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    /** Records "is required" when {@code value} is null and the field has no other problem. */
    public <T> T require(String field, T value) {
        if (value == null && !hasProblem(field)) {
            problem(field, "is required");
        }
        return value;
    }

    /** A date written YYYY-MM-DD. */
    public LocalDate date(String field, String raw, LocalDate absent) {
        if (raw == null || raw.isEmpty()) {
            return absent;
        }
        LocalDate parsed = parseDate(raw);
        if (parsed == null) {
            problem(field, "must be a date written YYYY-MM-DD");
        }
        return parsed;
    }

    /** An integer within [min, max]. */
    public Integer integer(String field, String raw, int min, int max, Integer absent) {
        if (raw == null || raw.isEmpty()) {
            return absent;
        }
        Long parsed = parseLong(raw);
        if (parsed == null || parsed < min || parsed > max) {
            problem(field, "must be a whole number from " + min + " to " + max);
            return null;
        }
        return (int) (long) parsed;
    }

    /** A positive id (a bigserial or a Shopify id). */
    public Long id(String field, String raw, Long absent) {
        if (raw == null || raw.isEmpty()) {
            return absent;
        }
        Long parsed = parseLong(raw);
        if (parsed == null || parsed <= 0) {
            problem(field, "must be a positive whole number");
            return null;
        }
        return parsed;
    }

    /** One of {@code allowed}, exactly as written there. */
    public String oneOf(String field, String raw, String absent, String... allowed) {
        if (raw == null || raw.isEmpty()) {
            return absent;
        }
        for (String candidate : allowed) {
            if (candidate.equals(raw)) {
                return raw;
            }
        }
        problem(field, "must be one of " + String.join(", ", allowed));
        return null;
    }

    /** A code of upper-case letters, digits and underscores (a product line, an audience), length within [min, max]. */
    public String code(String field, String raw, int min, int max) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        boolean ok = raw.length() >= min && raw.length() <= max;
        for (int i = 0; ok && i < raw.length(); i++) {
            char ch = raw.charAt(i);
            ok = (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || (ch == '_' && i > 0);
        }
        if (!ok) {
            problem(field, "must be " + min + " to " + max + " upper-case letters, digits or underscores");
            return null;
        }
        return raw;
    }

    /** Text of at most {@code max} characters (null stays null). */
    public String text(String field, String value, int max) {
        if (value != null && value.length() > max) {
            problem(field, "must be at most " + max + " characters");
            return null;
        }
        return value;
    }

    /** A decimal within [0, max] with at most {@code scale} decimals (money, targets). */
    public BigDecimal nonNegative(String field, BigDecimal value, BigDecimal max, int scale) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            problem(field, "must be from 0 to " + max.toPlainString());
            return null;
        }
        if (value.scale() > scale && value.stripTrailingZeros().scale() > scale) {
            problem(field, "must have at most " + scale + " decimals");
            return null;
        }
        return value;
    }

    /** An http or https URL of at most {@code max} characters. */
    public String httpUrl(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        boolean scheme = value.startsWith("https://") || value.startsWith("http://");
        int hostStart = value.indexOf("//") + 2;
        boolean host = scheme && hostStart < value.length() && value.charAt(hostStart) != '/';
        boolean clean = true;
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            clean &= ch > ' ' && ch != 127;
        }
        if (!scheme || !host || !clean || value.length() > max) {
            problem(field, "must be an http or https URL of at most " + max + " characters");
            return null;
        }
        return value;
    }

    /** YYYY-MM-DD, a real calendar day, or null. */
    public static LocalDate parseDate(String raw) {
        int[] date = IsoDates.fields(raw);
        return date == null ? null : LocalDate.of(date[0], date[1], date[2]);
    }

    /** Whether text is a plain decimal: an optional minus, digits, optionally a point and digits (at most 40 characters). */
    public static boolean isDecimal(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int point = text.indexOf('.');
        boolean ok = text.length() > start && text.length() <= 40 && point != start && point != text.length() - 1;
        for (int i = start; ok && i < text.length(); i++) {
            char ch = text.charAt(i);
            ok = (ch >= '0' && ch <= '9') || (ch == '.' && i == point);
        }
        return ok;
    }

    /** An optional minus and 1 to 18 digits, or null. */
    public static Long parseLong(String raw) {
        int start = raw.startsWith("-") ? 1 : 0;
        Long value = Digits.parse(raw, start, raw.length(), Digits.MAX_LONG_DIGITS);
        return value == null || start == 0 ? value : Long.valueOf(-value);
    }
}
