-- The daily marts' refresh: one SQL function both the MART_REFRESH job and the demo data loader
-- call, so what counts as a sale is written once; and a lease, so two refreshes running at once
-- do the work once (the other skips).
--
-- A sale is an order that was not refunded or voided; its day is processed_at's date in UTC.

ALTER TABLE mart_refresh_state ADD COLUMN lease_until timestamptz;

-- Recomputes both marts for the given days in the caller's transaction: readers see a day's old
-- rows or its new ones, never a mix. Returns how many days were written.
CREATE FUNCTION refresh_daily_marts(days date[]) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    written integer;
BEGIN
    DELETE FROM daily_sales WHERE day = ANY (days);
    DELETE FROM daily_product_sales WHERE day = ANY (days);

    INSERT INTO daily_sales (day, orders, units, revenue, refreshed_at)
    SELECT (o.processed_at AT TIME ZONE 'UTC')::date AS day,
           count(*),
           coalesce(sum(u.units), 0),
           sum(o.total_price),
           now()
    FROM orders o
    LEFT JOIN LATERAL (SELECT sum(li.quantity) AS units FROM order_line_items li WHERE li.order_id = o.id) u ON true
    WHERE (o.processed_at AT TIME ZONE 'UTC')::date = ANY (days)
      AND coalesce(o.financial_status, '') NOT IN ('REFUNDED', 'VOIDED')
    GROUP BY 1;
    GET DIAGNOSTICS written = ROW_COUNT;

    INSERT INTO daily_product_sales (day, product_id, orders, units, revenue, refreshed_at)
    SELECT (o.processed_at AT TIME ZONE 'UTC')::date AS day,
           li.product_id,
           count(DISTINCT o.id),
           sum(li.quantity),
           sum(li.quantity * li.unit_price),
           now()
    FROM orders o
    JOIN order_line_items li ON li.order_id = o.id
    WHERE (o.processed_at AT TIME ZONE 'UTC')::date = ANY (days)
      AND li.product_id IS NOT NULL
      AND coalesce(o.financial_status, '') NOT IN ('REFUNDED', 'VOIDED')
    GROUP BY 1, 2;

    RETURN written;
END;
$$;
