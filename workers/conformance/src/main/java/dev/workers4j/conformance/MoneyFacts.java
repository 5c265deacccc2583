package dev.workers4j.conformance;

import dev.workers4j.json.fixtures.LineItem;
import dev.workers4j.json.fixtures.Order;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * What the decimals decoded from money strings do: in workerd the parsed tree builds short ones
 * without the class library's valueOf (ParsedJs.smallDecimal sets the unscaled value, scale and
 * bit length itself) and longer ones through Decimals.parse, so any field either gets wrong shows
 * in their arithmetic, text, precision, equality or hash.
 */
final class MoneyFacts {
    private static final BigDecimal SEVEN = BigDecimal.valueOf(7);

    private MoneyFacts() {
    }

    /** One line per line item price of the order. */
    static String describe(Order order) {
        StringBuilder out = new StringBuilder();
        BigDecimal total = BigDecimal.ZERO;
        for (LineItem item : order.lineItems()) {
            BigDecimal price = item.price();
            total = total.add(price);
            out.append(price).append(' ').append(price.toPlainString()).append(' ').append(price.toEngineeringString())
                    .append(' ').append(price.signum()).append(' ').append(price.scale()).append(' ').append(price.precision())
                    .append(' ').append(price.unscaledValue())
                    // Equal to the class library's own decimal of that text, hash included (TeaVM's
                    // BigDecimal hashes differently from the JVM's, so the hash itself is not compared).
                    .append(' ').append(price.equals(new BigDecimal(price.toString())))
                    .append(' ').append(price.hashCode() == new BigDecimal(price.toString()).hashCode())
                    
                    .append(' ').append(price.compareTo(BigDecimal.ONE)).append(' ').append(price.negate())
                    .append(' ').append(price.add(price)).append(' ').append(price.subtract(BigDecimal.ONE))
                    .append(' ').append(price.multiply(price)).append(' ').append(price.multiply(BigDecimal.TEN.pow(12)))
                    .append(' ').append(price.setScale(price.scale() + 2)).append(' ').append(price.stripTrailingZeros())
                    .append(' ').append(price.movePointRight(3)).append(' ').append(price.doubleValue())
                    .append(' ').append(price.round(new MathContext(3))).append(' ').append(price.divide(SEVEN, MathContext.DECIMAL64))
                    .append(' ').append(price.longValue()).append(' ').append(total).append('\n');
        }
        return out.toString();
    }
}
