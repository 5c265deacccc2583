// Baseline for build/bench/api.mjs: the same SQL and JSON as the Java routes
// GET /api/performance-metrics (series) and GET /api/combo-logs (filtered list), with Hono and
// postgres.js, one connection per request as the Java Worker has. It validates the same
// parameters and verifies the Access token (RS256, aud, iss; keys fetched once per isolate) as
// the Java Worker's CloudflareAccess middleware does.
import { Hono } from "hono";
import { Jwt } from "hono/utils/jwt";
import postgres from "postgres";

const app = new Hono();

let accessKeys;
app.use("/api/*", async (c, next) => {
  const token = c.req.header("cf-access-jwt-assertion");
  if (!token) return c.json({ error: { code: "access_token_missing" } }, 401);
  const team = c.env.CF_ACCESS_TEAM_DOMAIN;
  accessKeys ??= (await (await fetch(`${team}/cdn-cgi/access/certs`)).json()).keys;
  try {
    const claims = await Jwt.verifyWithJwks(token, {
      keys: accessKeys, allowedAlgorithms: ["RS256"], verification: { aud: c.env.CF_ACCESS_AUD, iss: team },
    });
    c.set("identity", claims.email ?? claims.common_name);
  } catch {
    return c.json({ error: { code: "access_token_invalid" } }, 401);
  }
  await next();
});

/** One connection for the request, ended once the query has answered. */
async function query(c, text, params) {
  const sql = postgres(c.env.HYPERDRIVE.connectionString, { max: 1, fetch_types: false, prepare: true });
  try {
    return await sql.unsafe(text, params);
  } finally {
    c.executionCtx.waitUntil(sql.end());
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

app.get("/api/performance-metrics", async (c) => {
  const { from, to } = c.req.query();
  const granularity = c.req.query("granularity") ?? "day";
  const fields = [];
  if (!DATE.test(from ?? "")) fields.push({ field: "from", problem: "must be a date written YYYY-MM-DD" });
  if (!DATE.test(to ?? "")) fields.push({ field: "to", problem: "must be a date written YYYY-MM-DD" });
  if (!["day", "week", "month"].includes(granularity)) fields.push({ field: "granularity", problem: "must be one of day, week, month" });
  if (fields.length) return c.json({ error: { code: "invalid_request", fields } }, 400);
  const rows = await query(c,
    `SELECT to_char(min(d.day), CASE $3::text WHEN 'week' THEN 'IYYY-"W"IW' WHEN 'month' THEN 'YYYY-MM' ELSE 'YYYY-MM-DD' END) AS period,
       min(d.day)::text AS period_start, max(d.day)::text AS period_end,
       coalesce(sum(s.orders), 0)::int AS orders, coalesce(sum(s.units), 0)::int AS units,
       coalesce(sum(s.revenue), 0)::text AS revenue, round(sum(s.revenue) / nullif(sum(s.orders), 0), 2)::text AS aov
     FROM (SELECT g::date AS day FROM generate_series($1::date::timestamp, $2::date::timestamp, interval '1 day') AS g) d
     LEFT JOIN (SELECT day, sum(orders) AS orders, sum(units) AS units, sum(revenue) AS revenue
       FROM (SELECT day, orders, units, revenue FROM daily_sales) x WHERE day BETWEEN $1::date AND $2::date GROUP BY day) s
     ON s.day = d.day
     GROUP BY CASE $3::text WHEN 'week' THEN date_trunc('week', d.day::timestamp)::date
       WHEN 'month' THEN date_trunc('month', d.day::timestamp)::date ELSE d.day END
     ORDER BY 2`, [from, to, granularity]);
  return c.json({
    from, to, granularity,
    periods: rows.map((r) => ({
      period: r.period, period_start: r.period_start, period_end: r.period_end, orders: r.orders, units: r.units,
      revenue: r.revenue, average_order_value: r.aov,   // exact decimal strings, as the Java side
    })),
  });
});

app.get("/api/combo-logs", async (c) => {
  const q = c.req.query();
  const limit = q.limit === undefined ? 50 : Number(q.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) {
    return c.json({ error: { code: "invalid_request", fields: [{ field: "limit", problem: "must be a whole number from 1 to 200" }] } }, 400);
  }
  const rows = await query(c,
    `SELECT c.identifier, c.combo_type AS type, c.audience, c.product_lines::text AS product_lines,
       ARRAY(SELECT p.product_id FROM combo_log_products p WHERE p.combo_log_id = c.id ORDER BY 1)::text AS product_ids,
       c.launch_date::text AS launch_date, c.status, c.spend::text AS spend, c.impressions::text AS impressions,
       c.clicks::text AS clicks, c.purchases, c.revenue::text AS revenue,
       round(c.clicks::numeric / nullif(c.impressions, 0), 4)::text AS ctr, round(c.spend / nullif(c.purchases, 0), 2)::text AS cpa,
       round(c.revenue / nullif(c.spend, 0), 2)::text AS roas, c.notes, c.created_by, c.created_at, c.updated_by, c.updated_at,
       c.id::text AS id
     FROM combo_logs c WHERE ($1::text IS NULL OR c.combo_type = $1::text) AND ($2::text IS NULL OR c.audience = $2::text)
       AND ($3::text IS NULL OR c.product_lines @> ARRAY[$3::text]) AND ($4::text IS NULL OR c.status = $4::text)
       AND ($5::date IS NULL OR c.launch_date >= $5::date) AND ($6::date IS NULL OR c.launch_date <= $6::date)
     ORDER BY c.launch_date DESC, c.id DESC LIMIT $7::int`,
    [q.type ?? null, q.audience ?? null, q.product_line ?? null, q.status ?? null, q.date_from ?? null, q.date_to ?? null, limit + 1]);
  const page = rows.slice(0, limit).map(({ id, ...r }) => ({
    ...r,
    product_lines: r.product_lines.slice(1, -1).split(",").filter(Boolean),
    product_ids: r.product_ids.slice(1, -1).split(",").filter(Boolean).map(Number),
    impressions: Number(r.impressions), clicks: Number(r.clicks),   // decimals stay exact strings, as the Java side
  }));
  const last = rows.length > limit ? rows[limit - 1] : null;
  const next = last ? btoa(`c1|launch_date|${last.launch_date}|${last.id}`).replaceAll("=", "") : null;
  return c.json({ items: page, next_cursor: next });
});

export default app;
