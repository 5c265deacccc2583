package dev.workers4j.dashboard.combologs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code {type}-{product line codes, sorted, joined by +}-{number of products}-{audience}-{seq}},
 * seq zero-padded to three digits: {@code SP-IPH-2-WOMEN-001}. The prefix is all before the seq.
 */
final class ComboLogIdentifier {
    private ComboLogIdentifier() {
    }

    /** The distinct lines, sorted. */
    static List<String> sortedLines(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (!out.contains(line)) {
                out.add(line);
            }
        }
        Collections.sort(out);
        return out;
    }

    static String prefix(String type, List<String> sortedLines, int products, String audience) {
        return type + "-" + String.join("+", sortedLines) + "-" + products + "-" + audience;
    }

    static String of(String prefix, int seq) {
        String digits = String.valueOf(seq);
        return prefix + "-" + (digits.length() >= 3 ? digits : "000".substring(digits.length()) + digits);
    }

    /** Whether text could be an identifier (letters, digits, +, _, -; at most 160), so a lookup never runs on junk. */
    static boolean plausible(String text) {
        boolean ok = text != null && !text.isEmpty() && text.length() <= 160;
        for (int i = 0; ok && i < text.length(); i++) {
            char ch = text.charAt(i);
            ok = (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '+' || ch == '_' || ch == '-';
        }
        return ok;
    }
}
