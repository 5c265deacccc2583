package dev.workers4j.ingest.imports;

/** Money and counts as a report writes them ("$1,234.50", "12,000"), checked and made plain text for SQL. */
final class Numbers {
    static final int MONEY_INTEGER_DIGITS = 12; // numeric(14, 2)

    private Numbers() {
    }

    /** An amount of at most 12 integer digits and 2 decimals, without '$' and thousands commas; null when not one. */
    static String money(String raw) {
        if (raw == null) {
            return null;
        }
        String plain = strip(raw.startsWith("$") ? raw.substring(1).trim() : raw);
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        if (whole.isEmpty() && fraction.isEmpty() || whole.length() > MONEY_INTEGER_DIGITS || fraction.length() > 2
                || !digits(whole) || !digits(fraction)) {
            return null;
        }
        return (whole.isEmpty() ? "0" : whole) + (fraction.isEmpty() ? "" : "." + fraction);
    }

    /** A whole number of at most {@code maxDigits} digits (thousands commas allowed); null when not one. */
    static String count(String raw, int maxDigits) {
        if (raw == null) {
            return null;
        }
        String plain = strip(raw);
        return !plain.isEmpty() && plain.length() <= maxDigits && digits(plain) ? plain : null;
    }

    private static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch != ',') {
                out.append(ch);
            }
        }
        return out.toString();
    }

    private static boolean digits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
