package dev.workers4j.testing.r2;

import dev.workers4j.r2.R2InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;

/** One etag of an onlyIf: a strong or weak value, or the wildcard. */
record EtagCondition(Kind kind, String value) {
    enum Kind { STRONG, WEAK, WILDCARD }

    /** An R2Conditional's etag: "*" is the wildcard, anything else a strong etag compared as given. */
    static EtagCondition ofValue(String etag) {
        return etag.equals("*") ? new EtagCondition(Kind.WILDCARD, null) : new EtagCondition(Kind.STRONG, etag);
    }

    /**
     * Whether a list holds this etag: the wildcard always; a strong entry when equal; a weak entry
     * only in a weak comparison (If-None-Match).
     */
    static boolean includes(List<EtagCondition> conditions, String etag, boolean weakComparison) {
        for (EtagCondition c : conditions) {
            if (c.kind == Kind.WILDCARD
                    || (c.value.equals(etag) && (c.kind == Kind.STRONG || weakComparison))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An If-Match or If-None-Match header as workerd parses it: quoted etags ("a"), weak ones
     * (W/"a"), separated by commas (empty elements allowed); an unquoted * makes the list the
     * wildcard alone; text outside quotes before an etag is skipped. Refused, with workerd's
     * messages: an unclosed quote, a W not followed by /", two etags without a comma between,
     * and a header with no etag at all.
     */
    static List<EtagCondition> parseHeader(String header, String name) {
        List<EtagCondition> etags = new ArrayList<>();
        String rest = header;
        boolean commaRequired = false;
        while (true) {
            int wildcard = indexOr(rest, '*');
            int quote = indexOr(rest, '"');
            int weak = indexOr(rest, 'W');
            int comma = indexOr(rest, ',');
            if (wildcard == Integer.MAX_VALUE && quote == Integer.MAX_VALUE) {
                break;
            }
            if (comma < wildcard && comma < quote && comma < weak) {
                rest = rest.substring(comma + 1);
                commaRequired = false;
                continue;
            }
            if (commaRequired) {
                int first = Math.min(wildcard, Math.min(quote, weak));
                String reason = first == wildcard ? "Encountered a wildcard character '*' instead."
                        : first == quote ? "Encountered a double quote character '\"' instead. This would otherwise"
                                + " indicate the start of a new strong etag."
                        : "Encountered a weak quotation character 'W' instead. This would otherwise indicate the"
                                + " start of a new weak etag.";
                throw new R2InvalidArgumentException("Comma was expected to separate etags. " + reason);
            }
            if (wildcard < quote) {
                etags.clear();
                etags.add(new EtagCondition(Kind.WILDCARD, null));
                return etags;
            }
            int close = rest.indexOf('"', quote + 1);
            if (close < 0) {
                throw new R2InvalidArgumentException("Unclosed double quote for Etag");
            }
            String value = rest.substring(quote + 1, close);
            if (weak < quote) {
                if (!(weak + 2 == quote && rest.charAt(weak + 1) == '/')) {
                    throw new R2InvalidArgumentException("Weak etags must start with W/ and their value must be quoted");
                }
                etags.add(new EtagCondition(Kind.WEAK, value));
            } else {
                etags.add(new EtagCondition(Kind.STRONG, value));
            }
            rest = rest.substring(close + 1);
            commaRequired = true;
        }
        if (etags.isEmpty()) {
            throw new R2InvalidArgumentException("Invalid ETag in " + name + " header");
        }
        return etags;
    }

    private static int indexOr(String s, char c) {
        int i = s.indexOf(c);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
