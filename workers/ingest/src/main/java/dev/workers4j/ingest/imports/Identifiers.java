package dev.workers4j.ingest.imports;

import java.util.List;

/**
 * Combo-log identifiers as dashboard-api's ComboLogIdentifier makes them (ingest does not depend
 * on dashboard-api): {type}-{lines sorted, joined by +}-{number of products}-{audience}-{seq:000}.
 */
final class Identifiers {
    private Identifiers() {
    }

    static String prefix(String type, List<String> sortedLines, int products, String audience) {
        return type + "-" + String.join("+", sortedLines) + "-" + products + "-" + audience;
    }

    static String of(String prefix, int seq) {
        String digits = String.valueOf(seq);
        return prefix + "-" + (digits.length() >= 3 ? digits : "000".substring(digits.length()) + digits);
    }

    /** The seq of {@code identifier} when it is exactly {@code prefix}-NNN as {@link #of} writes it; else 0. */
    static int seq(String identifier, String prefix) {
        if (!identifier.startsWith(prefix + "-")) {
            return 0;
        }
        String digits = identifier.substring(prefix.length() + 1);
        if (digits.isEmpty() || digits.length() > 9) {
            return 0;
        }
        int seq = 0;
        for (int i = 0; i < digits.length(); i++) {
            char ch = digits.charAt(i);
            if (ch < '0' || ch > '9') {
                return 0;
            }
            seq = seq * 10 + (ch - '0');
        }
        return seq > 0 && of(prefix, seq).equals(identifier) ? seq : 0;
    }
}
