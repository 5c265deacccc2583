package dev.workers4j.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code $1}-style placeholders of a statement, found the way PostgreSQL's lexer sees
 * them: not inside string literals ({@code '...'}, {@code E'...'}), quoted identifiers
 * ({@code "..."}), dollar-quoted strings ({@code $tag$...$tag$}) or comments. Used to check a
 * call's parameter count (both runtimes) and to rewrite the statement for JDBC, whose
 * placeholders are positional {@code ?}.
 */
public final class Placeholders {
    private final String sql;
    /** Start offsets and lengths of the placeholders, and their numbers (1-based). */
    private final List<int[]> found;
    /** Offsets of literal '?' characters outside quotes and comments. */
    private final List<Integer> questionMarks;
    private final int maxIndex;

    private Placeholders(String sql, List<int[]> found, List<Integer> questionMarks, int maxIndex) {
        this.sql = sql;
        this.found = found;
        this.questionMarks = questionMarks;
        this.maxIndex = maxIndex;
    }

    public static Placeholders parse(String sql) {
        List<int[]> found = new ArrayList<>();
        List<Integer> questionMarks = new ArrayList<>();
        int max = 0;
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'') {
                boolean escapes = i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e')
                        && (i < 2 || !isIdentChar(sql.charAt(i - 2)));
                i = skipQuoted(sql, i, '\'', escapes);
            } else if (c == '"') {
                i = skipQuoted(sql, i, '"', false);
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                i = skipBlockComment(sql, i);
            } else if (c == '$') {
                if (i > 0 && isIdentChar(sql.charAt(i - 1))) {
                    i++; // part of an identifier such as a$1
                } else if (i + 1 < n && Character.isDigit(sql.charAt(i + 1))) {
                    int j = i + 1;
                    while (j < n && Character.isDigit(sql.charAt(j))) {
                        j++;
                    }
                    int number = Integer.parseInt(sql.substring(i + 1, j));
                    if (number < 1) {
                        throw new IllegalArgumentException("placeholder $0 at offset " + i + " (they start at $1)");
                    }
                    found.add(new int[] {i, j - i, number});
                    max = Math.max(max, number);
                    i = j;
                } else {
                    int tagEnd = dollarTagEnd(sql, i);
                    if (tagEnd < 0) {
                        i++;
                    } else {
                        String tag = sql.substring(i, tagEnd + 1);
                        int close = sql.indexOf(tag, tagEnd + 1);
                        if (close < 0) {
                            throw new IllegalArgumentException("unterminated dollar-quoted string " + tag);
                        }
                        i = close + tag.length();
                    }
                }
            } else {
                if (c == '?') {
                    questionMarks.add(i);
                }
                i++;
            }
        }
        return new Placeholders(sql, found, questionMarks, max);
    }

    /** The highest placeholder number, which is how many parameters the statement takes. */
    public int count() {
        return maxIndex;
    }

    /** The placeholder numbers in order of appearance (a number may repeat). */
    public int[] order() {
        int[] order = new int[found.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = found.get(i)[2];
        }
        return order;
    }

    /** The statement for JDBC: each {@code $n} becomes {@code ?}, a literal {@code ?} becomes {@code ??}. */
    public String toJdbc() {
        StringBuilder out = new StringBuilder(sql.length());
        int last = 0;
        int p = 0;
        int q = 0;
        while (p < found.size() || q < questionMarks.size()) {
            int placeholderAt = p < found.size() ? found.get(p)[0] : Integer.MAX_VALUE;
            int questionAt = q < questionMarks.size() ? questionMarks.get(q) : Integer.MAX_VALUE;
            if (placeholderAt < questionAt) {
                out.append(sql, last, placeholderAt).append('?');
                last = placeholderAt + found.get(p)[1];
                p++;
            } else {
                out.append(sql, last, questionAt + 1).append('?');
                last = questionAt + 1;
                q++;
            }
        }
        return out.append(sql, last, sql.length()).toString();
    }

    /** Checks that exactly {@link #count()} parameters were given and each number is used. */
    void check(int given) {
        if (given != maxIndex) {
            throw new IllegalArgumentException("the statement takes " + maxIndex + " parameter"
                    + (maxIndex == 1 ? "" : "s") + " ($1..$" + maxIndex + ") but " + given + " were given");
        }
    }

    private static boolean isIdentChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static int skipQuoted(String sql, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < n && sql.charAt(i + 1) == quote) {
                    i += 2; // doubled quote
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        throw new IllegalArgumentException("unterminated " + (quote == '"' ? "quoted identifier" : "string literal")
                + " starting at offset " + start);
    }

    private static int skipBlockComment(String sql, int start) {
        int depth = 0;
        int i = start;
        int n = sql.length();
        while (i < n) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        throw new IllegalArgumentException("unterminated comment starting at offset " + start);
    }

    /** The offset of the closing '$' of a dollar-quote tag starting at {@code start}, or -1. */
    private static int dollarTagEnd(String sql, int start) {
        int i = start + 1;
        int n = sql.length();
        if (i < n && Character.isDigit(sql.charAt(i))) {
            return -1;
        }
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '$') {
                return i;
            }
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return -1;
            }
            i++;
        }
        return -1;
    }
}
