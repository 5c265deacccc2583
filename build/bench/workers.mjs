// The two Workers under test and how to run them in miniflare: bindings come from each Worker's
// own wrangler.toml (as in build/workerd/serve.mjs), the code is the bundle that
// `wrangler deploy --dry-run` produced, so what is measured is what would be deployed.
import path from "node:path";
import { unstable_getMiniflareWorkerOptions, unstable_readConfig } from "wrangler";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const ROUTE = "/api/health/api";
export const EXPECTED_BODY = JSON.stringify({ component: "api", status: "ok" });

// hono and java answer the route behind Cloudflare Access (a valid token on every request);
// hono-open is the same Hono app without it, the reference for what the check costs.
export const WORKERS = [
  { label: "hono", config: path.join(ROOT, "build/bench/hono/wrangler.toml"), access: true },
  { label: "hono-open", config: path.join(ROOT, "build/bench/hono/open.wrangler.toml"), access: false },
  {
    label: "java",
    config: path.join(ROOT, "workers/dashboard-api/wrangler.toml"),
    access: true,
    // What `mvn package` writes; wrangler bundles index.mjs + worker.js from there.
    requires: path.join(ROOT, "workers/dashboard-api/target/worker/worker.js"),
  },
];

/**
 * Miniflare options for one Worker running `bundlePath`. With `port`, workerd also listens for
 * that Worker on its own socket (unsafeDirectSockets): requests then go straight from the
 * client to workerd, with neither miniflare's node side nor its entry Worker in the path.
 */
let team; // the bench's Access team (access.mjs), set before any Worker starts

/** Points every Access-protected Worker at the bench's own team and sends its token. */
export function useTeam(value) {
  team = value;
}

/** The headers of a request to this Worker: its Access token when it is protected. */
export function requestHeaders(worker) {
  return worker.access ? { "cf-access-jwt-assertion": team.token } : {};
}

export function workerOptions(worker, bundlePath, port) {
  const { workerOptions } = unstable_getMiniflareWorkerOptions(worker.config);
  if (worker.access) {
    workerOptions.bindings = { ...workerOptions.bindings, CF_ACCESS_TEAM_DOMAIN: team.origin };
  }
  if (worker.bare) {
    // The same Worker and compatibility flags without R2, queue, service and Hyperdrive bindings.
    for (const key of ["r2Buckets", "queueProducers", "queueConsumers", "serviceBindings", "hyperdrives"]) {
      delete workerOptions[key];
    }
  }
  return {
    ...workerOptions,
    serviceBindings: stubServices(workerOptions.serviceBindings),
    name: unstable_readConfig({ config: worker.config }).name,
    modules: true,
    scriptPath: bundlePath,
    // Module names are paths relative to this root; workerd rejects names that climb out with "..".
    modulesRoot: path.dirname(bundlePath),
    ...(port === undefined ? {} : { unsafeDirectSockets: [{ host: "127.0.0.1", port }] }),
  };
}

/** One request; throws unless it is the expected answer (status, content-type, body, id). */
export async function checkResponse(url, worker) {
  const res = await fetch(new URL(ROUTE, url), { headers: { ...requestHeaders(worker), "x-request-id": "bench-check-1" } });
  const body = await res.text();
  const problems = [];
  if (res.status !== 200) problems.push(`status ${res.status}`);
  if (!(res.headers.get("content-type") ?? "").startsWith("application/json")) {
    problems.push(`content-type ${res.headers.get("content-type")}`);
  }
  if (body !== EXPECTED_BODY) problems.push(`body ${body}`);
  if (res.headers.get("x-request-id") !== "bench-check-1") {
    problems.push(`x-request-id ${res.headers.get("x-request-id")} (expected the echoed one)`);
  }
  if (problems.length > 0) throw new Error(`${url}${ROUTE}: ${problems.join("; ")}`);
}

// Service bindings point at Workers that are not part of the bench (dashboard-api -> ingest), and
// workerd refuses to start with a dangling one. The measured route never calls them, so each
// becomes a node-side stub: the binding stays on env, exactly as in wrangler.toml.
function stubServices(serviceBindings = {}) {
  return Object.fromEntries(Object.keys(serviceBindings).map((binding) => [binding,
    () => new Response(`service binding ${binding} is stubbed in the benchmark`, { status: 503 })]));
}
