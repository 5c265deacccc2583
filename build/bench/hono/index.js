// The baseline for the benchmark: the same route as the Java dashboard-api Worker, written with
// Hono. Mounted the same way (an /api sub-app with /health/:component) behind the same kind of
// request-id middleware, so both Workers do comparable work per request.
import { Hono } from "hono";
import { requestId } from "hono/request-id";

const api = new Hono();
api.get("/health/:component", (c) => {
  const component = c.req.param("component");
  if (component !== "api") {
    // Same error shape as the Java side's ErrorResponses.body().
    const message = `no health check for component ${component}`;
    return c.json({ error: { code: "not_found", message, request_id: c.get("requestId") } }, 404);
  }
  return c.json({ component, status: "ok" });
});

const app = new Hono();
// Echoes a sane incoming X-Request-Id, else crypto.randomUUID(); sets it on the response.
// 200 is the Java RequestId middleware's length limit.
app.use(requestId({ limitLength: 200 }));
app.route("/api", api);

export default app;
