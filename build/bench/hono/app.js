// The benchmark's Hono baseline, written the way Hono and Cloudflare's docs show: the same route
// as the Java dashboard-api Worker (an /api sub-app with /health/:component behind a request-id
// middleware), optionally behind Cloudflare Access validated with jose (createRemoteJWKSet +
// jwtVerify, as Cloudflare's "Validate JWTs" page does), so both Workers do comparable work.
import { Hono } from "hono";
import { requestId } from "hono/request-id";
import { createRemoteJWKSet, jwtVerify } from "jose";

let jwks; // one remote key set per isolate: jose caches and refreshes the keys itself
function keys(teamDomain) {
  jwks ??= createRemoteJWKSet(new URL(`${teamDomain}/cdn-cgi/access/certs`));
  return jwks;
}

function accessMiddleware() {
  return async (c, next) => {
    const token = c.req.header("cf-access-jwt-assertion");
    if (!token) {
      return c.json({ error: { code: "access_token_missing", message: "a Cloudflare Access token is required",
        request_id: c.get("requestId") } }, 401);
    }
    try {
      const { payload } = await jwtVerify(token, keys(c.env.CF_ACCESS_TEAM_DOMAIN), {
        issuer: c.env.CF_ACCESS_TEAM_DOMAIN,
        audience: c.env.CF_ACCESS_AUD,
        algorithms: ["RS256"],
      });
      c.set("identity", payload.email ?? payload.common_name);
    } catch {
      return c.json({ error: { code: "access_token_invalid", message: "the Cloudflare Access token is not valid",
        request_id: c.get("requestId") } }, 401);
    }
    await next();
  };
}

export function buildApp({ access }) {
  const api = new Hono();
  api.get("/health/:component", (c) => {
    const component = c.req.param("component");
    if (component !== "api") {
      const message = `no health check for component ${component}`;
      return c.json({ error: { code: "not_found", message, request_id: c.get("requestId") } }, 404);
    }
    return c.json({ component, status: "ok" });
  });
  const app = new Hono();
  // Echoes a sane incoming X-Request-Id, else crypto.randomUUID(); 200 is the Java side's limit.
  app.use(requestId({ limitLength: 200 }));
  if (access) app.use("*", accessMiddleware());
  app.route("/api", api);
  return app;
}
