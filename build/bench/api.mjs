// npm run bench:api: the staff API's main read routes in workerd (dashboard-api's deployable
// bundle in miniflare) against the local PostgreSQL holding the demo data at 100,000 orders, 10
// connections, each request with a valid Access token; in the same run the two heaviest routes
// as a Hono Worker on postgres.js (build/bench/hono-api) as the baseline. Prints p50, p99 and
// requests/s per route. Needs the build that `bash build/dev.sh` does first (bundles, classpaths).
// BENCH_ORDERS, BENCH_SECONDS and BENCH_CONNECTIONS change the size, the time per route and the load.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { Miniflare, Log, LogLevel } from "miniflare";
import { buildBundle } from "./bundle.mjs";
import { ROOT, workerOptions } from "./workers.mjs";

const ORDERS = Number(process.env.BENCH_ORDERS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const JAVA_PORT = 8871;
const HONO_PORT = 8872;
const YEAR = "from=2025-01-01&to=2025-12-31";

const classpathFile = path.join(ROOT, "test-harness/target/classpath.txt");
for (const needed of [classpathFile, path.join(ROOT, "workers/dashboard-api/target/worker/worker.js")]) {
  if (!fs.existsSync(needed)) {
    console.error(`bench:api: ${path.relative(ROOT, needed)} is missing; build first:\n  mvn -q -B package dependency:build-classpath`
      + " -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime -DskipTests"
      + " -pl test-harness,workers/ingest,workers/dashboard-api -am");
    process.exit(2);
  }
}
const classpath = `${path.join(ROOT, "test-harness/target/classes")}:${fs.readFileSync(classpathFile, "utf8").trim()}`;
const children = [];
process.on("exit", () => children.forEach((child) => child.kill("SIGTERM")));

/** Starts a Java main and waits for its "READY <value>" line. */
function startJava(main, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn("java", ["-cp", classpath, main], { cwd: ROOT, env: { ...process.env, ...env } });
    children.push(child);
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const ready = /^READY (\S+)$/m.exec(out);
      if (ready) resolve(ready[1]);
    });
    child.stderr.on("data", (chunk) => { out += chunk; });
    child.on("exit", (code) => reject(new Error(`${main} exited ${code}:\n${out}`)));
  });
}

function runJava(main, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn("java", ["-cp", classpath, main, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk) => { out += chunk; });
    child.on("exit", (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`${main} exited ${code}`))));
  });
}

console.log(`bench:api: starting PostgreSQL, loading ${ORDERS} demo orders, the identity provider and workerd...`);
const databaseUrl = await startJava("dev.workers4j.testing.sql.LocalPostgresMain");
console.log(await runJava("dev.workers4j.testing.demo.DemoDataMain",
  ["--orders", String(ORDERS), "--last-day", "2025-12-31", "--replace"], { W4J_DEMO_DATABASE_URL: databaseUrl }));
const idp = await startJava("dev.workers4j.testing.access.LocalIdentityProviderMain", { ACCESS_PORT: "8873" });
const token = await (await fetch(`${idp}/mint?email=bench@brand.example`, { method: "POST" })).text();

const out = fs.mkdtempSync(path.join(os.tmpdir(), "bench-api-"));
const java = { config: path.join(ROOT, "workers/dashboard-api/wrangler.toml") };
const hono = { config: path.join(ROOT, "build/bench/hono-api/wrangler.toml") };
const javaOptions = workerOptions(java, buildBundle(java, path.join(out, "java")).bundlePath, JAVA_PORT);
const honoOptions = workerOptions(hono, buildBundle(hono, path.join(out, "hono")).bundlePath, HONO_PORT);
for (const options of [javaOptions, honoOptions]) {
  options.hyperdrives = { HYPERDRIVE: databaseUrl };
}
for (const options of [javaOptions, honoOptions]) {
  options.bindings = { ...options.bindings, CF_ACCESS_TEAM_DOMAIN: idp };
}
// Workers' console output (the Java Worker logs one line per request) is drained, not printed.
const mf = new Miniflare({
  workers: [javaOptions, honoOptions],
  log: new Log(LogLevel.WARN),
  handleRuntimeStdio(stdout, stderr) {
    stdout.resume();
    stderr.resume();
  },
});
await mf.ready;

const headers = { "cf-access-jwt-assertion": token };
async function get(port, route) {
  const res = await fetch(`http://127.0.0.1:${port}${route}`, { headers });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`${route}: ${res.status} ${body.slice(0, 300)}`);
  return JSON.parse(body);
}

const comboList = "/api/combo-logs?type=SP&product_line=IPH&date_from=2025-01-01&date_to=2025-12-31&limit=50";
const oneLog = (await get(JAVA_PORT, comboList)).items[0].identifier;
const routes = [
  { name: "series, a year by day", path: `/api/performance-metrics?${YEAR}&granularity=day`, hono: true },
  { name: "summary", path: `/api/performance-metrics/summary?from=2025-10-01&to=2025-12-31` },
  { name: "top products", path: `/api/performance-metrics/top-products?${YEAR}&limit=20` },
  { name: "combo logs, filtered", path: comboList, hono: true },
  { name: "one combo log", path: `/api/combo-logs/${oneLog}` },
];
// The baseline must answer the same data: same number of periods and items.
for (const route of routes.filter((r) => r.hono)) {
  const [a, b] = [await get(JAVA_PORT, route.path), await get(HONO_PORT, route.path)];
  const size = (x) => (x.periods ?? x.items).length;
  if (size(a) !== size(b)) throw new Error(`${route.name}: java ${size(a)} rows, hono ${size(b)}`);
}

async function load(port, route) {
  const url = `http://127.0.0.1:${port}${route}`;
  await autocannon({ url, headers, connections: CONNECTIONS, duration: 2 });   // warm-up
  const r = await autocannon({ url, headers, connections: CONNECTIONS, duration: SECONDS });
  if (r.non2xx || r.errors || r.timeouts) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`);
  return { rps: r.requests.total / r.duration, p50: r.latency.p50, p99: r.latency.p99 };
}

const rows = [];
for (const route of routes) {
  const j = await load(JAVA_PORT, route.path);
  rows.push({ route: route.name, worker: "java", ...j });
  if (route.hono) {
    const h = await load(HONO_PORT, route.path);
    rows.push({ route: route.name, worker: "hono", ...h, ratio: j.rps / h.rps });
  }
}
console.log(`\n${ORDERS} orders, ${CONNECTIONS} connections, ${SECONDS} s per route (after 2 s of warm-up)\n`);
console.log("route                     worker   p50 ms   p99 ms     req/s   java/hono req/s");
for (const r of rows) {
  console.log(`${r.route.padEnd(25)} ${r.worker.padEnd(6)} ${String(r.p50).padStart(8)} ${String(r.p99).padStart(8)}`
    + ` ${r.rps.toFixed(0).padStart(9)}   ${r.ratio === undefined ? "" : r.ratio.toFixed(2) + "x"}`);
}
// Stopping workerd resets the database connections miniflare's Hyperdrive proxy holds; by then
// the numbers are out, so those resets are not errors of the run.
process.on("uncaughtException", (error) => {
  if (error.code !== "ECONNRESET") throw error;
});
await mf.dispose().catch(() => {});
fs.rmSync(out, { recursive: true, force: true });
process.exit(0);
