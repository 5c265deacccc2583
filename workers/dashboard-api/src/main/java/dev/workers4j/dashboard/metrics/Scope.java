package dev.workers4j.dashboard.metrics;

/**
 * Which sales a metric covers: the whole shop (daily_sales), one product, or one product line
 * (daily_product_sales, daily_product_line_sales: an order holding two products of a line counts
 * once for the line). Its SQL is a constant per kind; only the id or code binds as a parameter.
 */
record Scope(Long productId, String productLine) {
    static final Scope SHOP = new Scope(null, null);

    /** A subquery of (day, orders, units, revenue) rows; its one parameter, if any, is ${@code param}. */
    String daysSql(int param) {
        if (productId != null) {
            return "SELECT day, orders, units, revenue FROM daily_product_sales WHERE product_id = $" + param + "::bigint";
        }
        if (productLine != null) {
            return "SELECT day, orders, units, revenue FROM daily_product_line_sales WHERE product_line = $" + param
                    + "::text";
        }
        return "SELECT day, orders, units, revenue FROM daily_sales";
    }

    /** The parameter {@link #daysSql} binds, or none. */
    Object[] params() {
        if (productId != null) {
            return new Object[] {productId};
        }
        return productLine != null ? new Object[] {productLine} : new Object[0];
    }
}
