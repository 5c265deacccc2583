-- A mart per UTC day and product line. Summing a line's products' rows of daily_product_sales
-- counted an order holding two products of one line twice; here each order counts once per line.
-- refresh_daily_marts (the one definition of a sale, see V3) now fills it too, reads only the
-- orders of the days' range through the processed_at index, and the days already in the marts
-- are recomputed so the new mart starts complete.

CREATE TABLE daily_product_line_sales (
    day          date           NOT NULL,
    product_line text           NOT NULL,
    orders       integer        NOT NULL,
    units        integer        NOT NULL,
    revenue      numeric(16, 2) NOT NULL,
    refreshed_at timestamptz    NOT NULL DEFAULT now(),
    PRIMARY KEY (product_line, day)
);

CREATE OR REPLACE FUNCTION refresh_daily_marts(days date[]) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    written integer;
    -- The days' bounds as instants, so each scan below is a range of orders_processed_at_idx
    -- rather than every order (the date expression alone cannot use the index).
    first_instant timestamptz := (SELECT min(d) FROM unnest(days) d)::timestamp AT TIME ZONE 'UTC';
    end_instant timestamptz := ((SELECT max(d) FROM unnest(days) d) + 1)::timestamp AT TIME ZONE 'UTC';
BEGIN
    DELETE FROM daily_sales WHERE day = ANY (days);
    DELETE FROM daily_product_sales WHERE day = ANY (days);
    DELETE FROM daily_product_line_sales WHERE day = ANY (days);

    INSERT INTO daily_sales (day, orders, units, revenue, refreshed_at)
    SELECT (o.processed_at AT TIME ZONE 'UTC')::date AS day,
           count(*),
           coalesce(sum(u.units), 0),
           sum(o.total_price),
           now()
    FROM orders o
    LEFT JOIN LATERAL (SELECT sum(li.quantity) AS units FROM order_line_items li WHERE li.order_id = o.id) u ON true
    WHERE o.processed_at >= first_instant AND o.processed_at < end_instant
      AND (o.processed_at AT TIME ZONE 'UTC')::date = ANY (days)
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
    WHERE o.processed_at >= first_instant AND o.processed_at < end_instant
      AND (o.processed_at AT TIME ZONE 'UTC')::date = ANY (days)
      AND li.product_id IS NOT NULL
      AND coalesce(o.financial_status, '') NOT IN ('REFUNDED', 'VOIDED')
    GROUP BY 1, 2;

    INSERT INTO daily_product_line_sales (day, product_line, orders, units, revenue, refreshed_at)
    SELECT (o.processed_at AT TIME ZONE 'UTC')::date AS day,
           p.product_line,
           count(DISTINCT o.id),
           sum(li.quantity),
           sum(li.quantity * li.unit_price),
           now()
    FROM orders o
    JOIN order_line_items li ON li.order_id = o.id
    JOIN products p ON p.id = li.product_id
    WHERE o.processed_at >= first_instant AND o.processed_at < end_instant
      AND (o.processed_at AT TIME ZONE 'UTC')::date = ANY (days)
      AND p.product_line IS NOT NULL
      AND coalesce(o.financial_status, '') NOT IN ('REFUNDED', 'VOIDED')
    GROUP BY 1, 2;

    RETURN written;
END;
$$;

SELECT refresh_daily_marts(ARRAY(SELECT DISTINCT day FROM daily_product_sales));
