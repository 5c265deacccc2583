// `npm run bench`: the Java dashboard-api Worker (TeaVM) against a minimal Hono Worker with the
// same route. Prints bundle sizes, throughput and cold start; asserts nothing. See README.md.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { WORKERS, ROUTE, useTeam } from "./workers.mjs";
import { startTeam } from "./access.mjs";
import { buildBundle } from "./bundle.mjs";
import { measureThroughput } from "./throughput.mjs";
import { coldStartOnce } from "./coldstart.mjs";

// Sized so the whole bench takes about a minute. Five short alternating runs rather than three
// long ones: the median then shrugs off a burst of other load on a shared 2-core machine.
// Odd counts, so a median is one measured value.
const THROUGHPUT = { runs: 5, seconds: 3, warmupSeconds: 3, connections: 10 };
const COLD_STARTS = 5;

const log = (line) => console.log(`bench: ${line}`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x) => `${Math.round(x)} ms`;

// Not built here: `mvn package` is the project's build, and running it from a benchmark would
// race with whoever is editing and building the tree.
for (const w of WORKERS) {
  if (w.requires && !fs.existsSync(w.requires)) {
    console.error(`bench: ${path.relative(process.cwd(), w.requires)} is missing: run \`mvn -q package -DskipTests\` first`);
    process.exit(1);
  }
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "w4j-bench-"));
// The Access team both protected Workers trust; every request to them carries its token.
const team = await startTeam();
useTeam(team);
// Ctrl-C: exit through the normal path so miniflare's exit hooks stop workerd and the
// load-generator children are killed.
process.on("SIGINT", () => process.exit(130));
process.on("SIGTERM", () => process.exit(143));
process.on("exit", () => {
  fs.rmSync(tmp, { recursive: true, force: true });
  team.close();
});

// On 2 cores, anything else running (a build, tests) takes CPU from workerd and autocannon.
const load = os.loadavg()[0];
log(`load average ${load.toFixed(1)} on ${os.cpus().length} cores before start`
  + (load > 0.5 ? " (other work is running: expect noisy numbers; compare the per-run lines)" : ""));

// 1. Bundles
log("building deployable bundles (wrangler deploy --dry-run)");
const workers = WORKERS.map((w) => ({ ...w, ...buildBundle(w, path.join(tmp, w.label)) }));
const by = Object.fromEntries(workers.map((w) => [w.label, w]));
for (const w of workers) log(`bundle ${w.label}: ${kb(w.raw)} raw, ${kb(w.gzip)} gzip`);
log(`bundle ratio java/hono: raw ${(by.java.raw / by.hono.raw).toFixed(2)}, gzip ${(by.java.gzip / by.hono.gzip).toFixed(2)}`);

// 2. Throughput
log(`throughput: GET ${ROUTE}, ${THROUGHPUT.connections} connections, warm-up ${THROUGHPUT.warmupSeconds} s, `
  + `${THROUGHPUT.runs} x ${THROUGHPUT.seconds} s alternating`);
const tp = await measureThroughput(workers, { ...THROUGHPUT, log });
log(`measured path: ${tp.path}`);

// 3. Cold start. Round 0 is discarded: it pays for disk cache and node-side lazy loading.
// "java-bare" is the Java bundle without its bindings: miniflare sets up R2, queues, service
// stubs and the Hyperdrive proxy before ready, so this row shows how much of java's ready is the
// bindings and how much the code.
const coldWorkers = [...workers, { ...by.java, label: "java-bare", bare: true }];
log(`cold start: ${COLD_STARTS} fresh miniflare instances per Worker, alternating (plus one discarded round)`);
const cold = Object.fromEntries(coldWorkers.map((w) => [w.label, { ready: [], first: [] }]));
for (let round = 0; round <= COLD_STARTS; round++) {
  for (const w of coldWorkers) {
    const r = await coldStartOnce(w);
    if (round === 0) continue;
    cold[w.label].ready.push(r.ready);
    cold[w.label].first.push(r.first);
  }
}
for (const w of coldWorkers) {
  const c = cold[w.label];
  log(`cold ${w.label}: ready ${c.ready.map(Math.round).join(" ")} ms (median ${ms(median(c.ready))}); `
    + `first ${c.first.map((x) => x.toFixed(1)).join(" ")} ms (median ${median(c.first).toFixed(1)} ms)`);
}
log("cold java-bare = the java bundle without its wrangler.toml bindings (R2, queue, service, Hyperdrive)");
const coldMedian = (label, key) => median(cold[label][key]);

// 4. Summary
const hono = tp.perWorker.hono.rps;
const honoOpen = tp.perWorker["hono-open"].rps;
const cpuOpen = tp.perWorker["hono-open"].cpuMicros;
const java = tp.perWorker.java.rps;
const firstDiff = coldMedian("java", "first") - coldMedian("hono", "first");
const cpuHono = tp.perWorker.hono.cpuMicros;
const cpuJava = tp.perWorker.java.cpuMicros;
console.log("");
log(`throughput, GET ${ROUTE} behind Cloudflare Access with a valid token: hono+jose ${Math.round(hono)} req/s  `
  + `java ${Math.round(java)} req/s  ratio ${(java / hono).toFixed(2)} (target >= 0.95)`);
log(`workerd CPU hono+jose ${cpuHono.toFixed(0)} us/req  java ${cpuJava.toFixed(0)} us/req  ratio java/hono ${(cpuJava / cpuHono).toFixed(2)} (lower is better)`);
log(`without Access: hono-open ${Math.round(honoOpen)} req/s, ${cpuOpen.toFixed(0)} us/req; the Access check adds `
  + `${(cpuHono - cpuOpen).toFixed(0)} us/req to hono (jose) and java spends ${(cpuJava - cpuOpen).toFixed(0)} us/req more than hono-open`);
log(`cold start  hono ready ${ms(coldMedian("hono", "ready"))} first ${ms(coldMedian("hono", "first"))} | `
  + `java ready ${ms(coldMedian("java", "ready"))} first ${ms(coldMedian("java", "first"))} | `
  + `first-response diff ${firstDiff >= 0 ? "+" : "-"}${ms(Math.abs(firstDiff))} (target <= 30 ms)`);
log(`bundle gzip hono ${kb(by.hono.gzip)}  java ${kb(by.java.gzip)} (target < 150 KB)`);
