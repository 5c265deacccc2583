// `npm run bench:wasm`: the same Worker (workers/conformance) built twice, by TeaVM's JavaScript
// target (what ships) and by its WebAssembly GC target (-Dworker.target=wasm), measured side by
// side in one run and one workerd. Prints numbers and wasm/js ratios; asserts nothing.
//
// Needs both builds: `mvn -q -pl workers/conformance -am package -DskipTests -Dworker.target=wasm`
// (that one command writes target/bundle and target/bundle-wasm). Hits only 127.0.0.1.
//
//   bundle      `wrangler deploy --dry-run` of each (the Wasm one with the bundle's index.mjs as
//               its script): every file wrangler would upload, raw and gzip; the runs below
//               execute these outputs
//   throughput  both builds in ONE miniflare, each on its own workerd socket; autocannon (a child
//               process, 10 connections) on GET /router/items/42?q=bench, alternating runs, median;
//               workerd CPU per request from /proc, as `npm run bench` measures it
//   cold start  a fresh miniflare per build, alternating, one discarded round: ready (workerd up,
//               top level run: for Wasm, instantiation and main) and first response
//   CPU-bound   the JSON bench's Shopify-like order, decoded into typed records N times in one
//               request (and encoded, and its money parsed as BigDecimals), timed from outside
//               (workerd's clocks stand still while a Worker computes) minus a request with N=1
import { execFile, execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { Miniflare, Log, LogLevel } from "miniflare";
import { unstable_getMiniflareWorkerOptions } from "wrangler";
import { findWorkerdPid, cpuSeconds } from "./cpu.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");
const CONFIG = path.join(ROOT, "workers/conformance/wrangler.toml");
const ROUTE = "/router/items/42?q=bench";
const EXPECTED_BODY = JSON.stringify({ item: "42", q: "bench" });
// BENCH_QUICK=1: one short pass of every step, to check the script, not to read numbers.
const QUICK = process.env.BENCH_QUICK === "1";
const THROUGHPUT = QUICK ? { runs: 1, seconds: 1, warmupSeconds: 1, connections: 10 }
  : { runs: 5, seconds: 3, warmupSeconds: 3, connections: 10 };
const COLD_STARTS = QUICK ? 1 : 5;
const REPS = QUICK ? 20 : 500;
const ROUNDS = QUICK ? 1 : 7;
const BUILDS = [
  { label: "js", bundle: path.join(ROOT, "workers/conformance/target/bundle/index.mjs") },
  { label: "wasm", bundle: path.join(ROOT, "workers/conformance/target/bundle-wasm/index.mjs") },
];

const log = (line) => console.log(`bench:wasm: ${line}`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (label, js, wasm, better) => log(`  ${label}: js ${js}  wasm ${wasm}  wasm/js ${(parseFloat(wasm) / parseFloat(js)).toFixed(2)} (${better} is better)`);

for (const b of BUILDS) {
  if (!fs.existsSync(b.bundle)) {
    console.error(`bench:wasm: ${path.relative(ROOT, b.bundle)} is missing: run `
      + "`mvn -q -pl workers/conformance -am package -DskipTests -Dworker.target=wasm` first");
    process.exit(1);
  }
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "w4j-bench-wasm-"));
process.on("SIGINT", () => process.exit(130));
process.on("exit", () => fs.rmSync(tmp, { recursive: true, force: true }));
const load = os.loadavg()[0];
log(`load average ${load.toFixed(1)} on ${os.cpus().length} cores before start`
  + (load > 0.5 ? " (other work is running: expect noisy numbers; compare the per-run lines)" : ""));

// 1. What wrangler would upload.
function deployable(build) {
  const outDir = path.join(tmp, build.label);
  const args = ["wrangler", "deploy", "--dry-run", "--outdir", outDir, "-c", CONFIG];
  if (build.label === "wasm") args.push(build.bundle);
  execFileSync("npx", args, { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" } });
  const files = fs.readdirSync(outDir)
    .filter((f) => !f.endsWith(".map") && f !== "README.md" && fs.statSync(path.join(outDir, f)).isFile());
  let raw = 0, gzip = 0;
  for (const f of files) {
    const bytes = fs.readFileSync(path.join(outDir, f));
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes).length;
  }
  // What the runs below execute: wrangler's own output, as `npm run bench` does (index.js, and the
  // Wasm build's hashed .wasm beside it).
  return { files, raw, gzip, script: path.join(outDir, files.find((f) => f.endsWith(".js"))) };
}
log("bundles (wrangler deploy --dry-run)");
const sizes = Object.fromEntries(BUILDS.map((b) => [b.label, deployable(b)]));
for (const b of BUILDS) b.script = sizes[b.label].script;
for (const b of BUILDS) log(`bundle ${b.label}: ${sizes[b.label].files.join(" + ")}: ${kb(sizes[b.label].raw)} raw, ${kb(sizes[b.label].gzip)} gzip`);

// The Worker's own options without its queue consumer (two builds must not share one queue).
function options(build, port) {
  const { workerOptions } = unstable_getMiniflareWorkerOptions(CONFIG);
  for (const key of ["queueConsumers", "queueProducers"]) delete workerOptions[key];
  return {
    ...workerOptions,
    name: `conformance-${build.label}`,
    modules: true,
    scriptPath: build.script,
    modulesRoot: path.dirname(build.script),
    modulesRules: [{ type: "ESModule", include: ["**/*.js"] }, { type: "CompiledWasm", include: ["**/*.wasm"] }],
    ...(port === undefined ? {} : { unsafeDirectSockets: [{ host: "127.0.0.1", port }] }),
  };
}

function runLoad(url, seconds) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [path.join(import.meta.dirname, "load.mjs"), url, String(seconds),
      String(THROUGHPUT.connections), EXPECTED_BODY, "{}"], { timeout: (seconds + 30) * 1000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`load.mjs failed: ${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout.trim().split("\n").pop()));
    });
  });
}

async function post(url, body) {
  const started = process.hrtime.bigint();
  const response = await fetch(url, { method: "POST", body });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${url}: ${response.status} ${text}`);
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, text };
}

function sampleOrder() {
  const run = spawnSync("mvn", ["-q", "-B", "-o", "-Dstyle.color=never", "-pl", "json/processor", "exec:java",
    "-Dexec.classpathScope=test", "-Dexec.mainClass=dev.workers4j.json.bench.SampleOrderDocument"], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) throw new Error("could not write the sample order: " + run.stderr + run.stdout);
  return run.stdout.replace(/\x1b\[[0-9;]*m/g, "").split("\n").find((line) => line.startsWith("{"));
}

// 2 and 4 in one workerd.
const doc = sampleOrder();
const mf = new Miniflare({ workers: BUILDS.map((b) => options(b, 0)), log: new Log(LogLevel.WARN), cf: false });
const perf = { js: {}, wasm: {} };
try {
  await mf.ready;
  const pid = findWorkerdPid();
  const urls = {};
  for (const b of BUILDS) {
    urls[b.label] = await mf.unsafeGetDirectURL(`conformance-${b.label}`);
    const res = await fetch(new URL(ROUTE, urls[b.label]));
    const body = await res.text();
    if (res.status !== 200 || body !== EXPECTED_BODY) throw new Error(`${b.label}: ${res.status} ${body}`);
  }
  log(`throughput: GET ${ROUTE}, ${THROUGHPUT.connections} connections, ${THROUGHPUT.runs} x ${THROUGHPUT.seconds} s alternating`);
  for (const b of BUILDS) await runLoad(new URL(ROUTE, urls[b.label]).href, THROUGHPUT.warmupSeconds);
  const runs = { js: [], wasm: [] };
  for (let i = 0; i < THROUGHPUT.runs; i++) {
    for (const b of BUILDS) {
      const before = cpuSeconds(pid);
      const r = await runLoad(new URL(ROUTE, urls[b.label]).href, THROUGHPUT.seconds);
      r.cpuMicros = ((cpuSeconds(pid) - before) / r.total) * 1e6;
      const bad = r.non2xx + r.errors + r.timeouts + r.mismatches;
      if (bad > 0) throw new Error(`${b.label}: ${bad} bad responses of ${r.total}`);
      runs[b.label].push(r);
      log(`run ${i + 1}/${THROUGHPUT.runs} ${b.label}: ${Math.round(r.rps)} req/s  workerd CPU ${r.cpuMicros.toFixed(0)} us/req  p50 ${r.latencyP50} ms`);
    }
  }
  for (const b of BUILDS) {
    perf[b.label].rps = median(runs[b.label].map((r) => r.rps));
    perf[b.label].cpu = median(runs[b.label].map((r) => r.cpuMicros));
  }

  // 4. CPU-bound: the same document, the same answers from both builds, N times a request.
  log(`CPU-bound: order document ${Buffer.byteLength(doc)} bytes, ${REPS} times a request, ${ROUNDS} alternating rounds`);
  const steps = ["/json/bench/codec/decode", "/json/bench/codec/encode", "/json/bench/decimals/decode"];
  for (const step of steps) {
    const answers = {};
    for (const b of BUILDS) {
      for (let i = 0; i < 2; i++) answers[b.label] = (await post(new URL(`${step}?n=${REPS}`, urls[b.label]), doc)).text; // warm
    }
    if (answers.js !== answers.wasm) throw new Error(`${step}: js answered ${answers.js}, wasm ${answers.wasm}`);
    const times = { js: [], wasm: [] };
    for (let i = 0; i < ROUNDS; i++) {
      for (const b of BUILDS) {
        const overhead = (await post(new URL(`${step}?n=1`, urls[b.label]), doc)).ms;
        const total = (await post(new URL(`${step}?n=${REPS}`, urls[b.label]), doc)).ms;
        times[b.label].push(Math.max(total - overhead, 0.001) / (REPS - 1));
      }
    }
    for (const b of BUILDS) perf[b.label][step] = median(times[b.label]) * 1000; // us per repetition
  }
  perf.steps = steps;
} finally {
  await mf.dispose();
}

// 3. Cold start.
log(`cold start: ${COLD_STARTS} fresh miniflare instances per build, alternating (plus one discarded round)`);
const cold = { js: { ready: [], first: [] }, wasm: { ready: [], first: [] } };
for (let round = 0; round <= COLD_STARTS; round++) {
  for (const b of BUILDS) {
    const t0 = performance.now();
    const one = new Miniflare({ workers: [options(b, 0)], log: new Log(LogLevel.WARN), cf: false });
    try {
      await one.ready;
      const t1 = performance.now();
      const url = new URL(ROUTE, await one.unsafeGetDirectURL(`conformance-${b.label}`));
      const t2 = performance.now();
      const res = await fetch(url);
      const body = await res.text();
      const t3 = performance.now();
      if (res.status !== 200 || body !== EXPECTED_BODY) throw new Error(`${b.label} cold: ${res.status} ${body}`);
      if (round > 0) {
        cold[b.label].ready.push(t1 - t0);
        cold[b.label].first.push(t3 - t2);
      }
    } finally {
      await one.dispose();
    }
  }
}
for (const b of BUILDS) {
  log(`cold ${b.label}: ready ${cold[b.label].ready.map(Math.round).join(" ")} ms; first ${cold[b.label].first.map((x) => x.toFixed(1)).join(" ")} ms`);
}

console.log("");
log("summary, same Worker (workers/conformance), same workerd, one run:");
ratio("bundle gzip (KB)", (sizes.js.gzip / 1024).toFixed(1), (sizes.wasm.gzip / 1024).toFixed(1), "lower");
ratio("bundle raw (KB)", (sizes.js.raw / 1024).toFixed(1), (sizes.wasm.raw / 1024).toFixed(1), "lower");
ratio(`throughput GET ${ROUTE} (req/s)`, Math.round(perf.js.rps), Math.round(perf.wasm.rps), "higher");
ratio("workerd CPU (us/req)", perf.js.cpu.toFixed(0), perf.wasm.cpu.toFixed(0), "lower");
ratio("cold start ready (ms)", Math.round(median(cold.js.ready)), Math.round(median(cold.wasm.ready)), "lower");
ratio("cold start first response (ms)", median(cold.js.first).toFixed(1), median(cold.wasm.first).toFixed(1), "lower");
for (const step of perf.steps) {
  ratio(`${step} (us per order)`, perf.js[step].toFixed(1), perf.wasm[step].toFixed(1), "lower");
}
