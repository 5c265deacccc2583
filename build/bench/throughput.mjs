// Requests per second of each Worker, both served by ONE miniflare instance (one workerd
// process), each on its own direct workerd socket. autocannon runs in a child process; runs
// alternate between the Workers so that drift (thermal, other load) hits both alike.
import { execFile } from "node:child_process";
import path from "node:path";
import { Miniflare, Log, LogLevel } from "miniflare";
import { ROUTE, EXPECTED_BODY, workerOptions, checkResponse, requestHeaders } from "./workers.mjs";
import { findWorkerdPid, cpuSeconds } from "./cpu.mjs";

const LOAD = path.join(import.meta.dirname, "load.mjs");

// Load generators still running; killed if this process exits early (error, Ctrl-C).
const children = new Set();
process.on("exit", () => children.forEach((c) => c.kill()));

function runLoad(url, seconds, connections, headers) {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [LOAD, url, String(seconds), String(connections), EXPECTED_BODY,
      JSON.stringify(headers)],
      { timeout: (seconds + 30) * 1000 }, (error, stdout, stderr) => {
        if (error) reject(new Error(`load.mjs failed: ${error.message}\n${stderr}`));
        else resolve(JSON.parse(stdout.trim().split("\n").pop()));
      });
    children.add(child);
    child.on("exit", () => children.delete(child));
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * workers: [{label, config, bundlePath}]. Returns {path, perWorker: {label: {rps, cpuMicros, runs}}}
 * with medians over the runs; cpuMicros is NaN where workerd's CPU can't be read. `log` prints
 * progress lines.
 */
export async function measureThroughput(workers, { runs, seconds, warmupSeconds, connections, log }) {
  const mf = new Miniflare({
    workers: workers.map((w) => workerOptions(w, w.bundlePath, 0)), // port 0: any free port
    log: new Log(LogLevel.WARN),
    cf: false, // no network here: skip the download of the Request.cf placeholder
  });
  try {
    await mf.ready;
    const workerdPid = findWorkerdPid();
    const urls = {};
    for (const w of workers) {
      const url = await mf.unsafeGetDirectURL(workerOptions(w, w.bundlePath).name);
      urls[w.label] = new URL(ROUTE, url).href;
      await checkResponse(url, w); // a wrong answer would make every number below meaningless
    }
    for (const w of workers) {
      const warm = await runLoad(urls[w.label], warmupSeconds, connections, requestHeaders(w));
      log(`warm-up ${w.label}: ${Math.round(warm.rps)} req/s`);
    }
    const perWorker = Object.fromEntries(workers.map((w) => [w.label, { runs: [] }]));
    for (let i = 0; i < runs; i++) {
      for (const w of workers) {
        const cpuBefore = cpuSeconds(workerdPid);
        const r = await runLoad(urls[w.label], seconds, connections, requestHeaders(w));
        // Only this Worker gets requests during the run, so workerd's CPU is all its own.
        r.cpuMicros = ((cpuSeconds(workerdPid) - cpuBefore) / r.total) * 1e6;
        const bad = r.non2xx + r.errors + r.timeouts + r.mismatches;
        if (bad > 0) {
          throw new Error(`${w.label}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts, `
            + `${r.mismatches} wrong bodies out of ${r.total} requests`);
        }
        perWorker[w.label].runs.push(r);
        log(`run ${i + 1}/${runs} ${w.label}: ${Math.round(r.rps)} req/s  workerd CPU ${r.cpuMicros.toFixed(0)} us/req  `
          + `p50 ${r.latencyP50} ms  p99 ${r.latencyP99} ms`);
      }
    }
    for (const label of Object.keys(perWorker)) {
      perWorker[label].rps = median(perWorker[label].runs.map((r) => r.rps));
      perWorker[label].cpuMicros = median(perWorker[label].runs.map((r) => r.cpuMicros));
    }
    const measuredPath = `client -> workerd direct socket (miniflare unsafeDirectSockets; no node proxy, no entry worker), `
      + `e.g. ${urls[workers[0].label]}`;
    return { path: measuredPath, perWorker };
  } finally {
    await mf.dispose(); // stops workerd
  }
}
