// Samples the CPU of a Worker in workerd through its V8 inspector and prints where the time went,
// mapped to .java lines through the bundle's source map.
// Usage: W4J_INSPECTOR_PORT=9229 <start the Worker: a benchmark, dev.sh, ...> &
//        node --experimental-websocket build/bench/profile.mjs WORKER SECONDS [port] [bundle.mjs]
// Waits for the inspector, samples for SECONDS (or until the Worker goes away), writes
// /tmp/WORKER.cpuprofile (loadable in Chrome DevTools) and prints the top functions and lines by self time.
import fs from "node:fs";
import { TraceMap, originalPositionFor } from "@jridgewell/trace-mapping";

const [worker = "ingest", seconds = "30", port = "9229", bundle = `workers/${worker}/target/bundle/index.mjs`] =
  process.argv.slice(2);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let target;
for (;;) {
  try {
    const list = await (await fetch(`http://127.0.0.1:${port}/json`)).json();
    target = list.find((t) => t.title === worker || (t.id ?? "").includes(worker) || (t.url ?? "").includes(worker));
    if (target) break;
  } catch {
    // not up yet
  }
  await sleep(200);
}
const ws = new WebSocket(target.webSocketDebuggerUrl);
await new Promise((r, j) => { ws.onopen = r; ws.onerror = j; });
let nextId = 1;
const pending = new Map();
ws.onmessage = (m) => {
  const msg = JSON.parse(m.data);
  if (msg.id && pending.has(msg.id)) { pending.get(msg.id)(msg); pending.delete(msg.id); }
};
const send = (method, params = {}) => new Promise((r) => { const id = nextId++; pending.set(id, r); ws.send(JSON.stringify({ id, method, params })); });
await send("Profiler.enable");
await send("Profiler.setSamplingInterval", { interval: 500 });
await send("Profiler.start");
console.error(`profiling ${worker} for ${seconds} s`);
await sleep(Number(seconds) * 1000);
const { result } = await send("Profiler.stop");
ws.close();
const profile = result.profile;
fs.writeFileSync(`/tmp/${worker}.cpuprofile`, JSON.stringify(profile));

const map = fs.existsSync(bundle + ".map") ? new TraceMap(fs.readFileSync(bundle + ".map", "utf8")) : null;
const where = (url, line, column) => {
  if (!map || !url) return `${url}:${line + 1}`;
  const p = originalPositionFor(map, { line: line + 1, column: Math.max(0, column) });
  return p.source ? `${p.source.replace(/.*\//, "")}:${p.line}` : `${url.replace(/.*\//, "")}:${line + 1}`;
};
const dt = profile.timeDeltas;
const selfUs = new Map();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (dt[i] ?? 0)));
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
const byFunction = new Map();
const byLine = new Map();
const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
for (const node of profile.nodes) {
  const us = selfUs.get(node.id) ?? 0;
  const f = node.callFrame;
  const key = `${f.functionName || "(anon)"} @ ${where(f.url, f.lineNumber, f.columnNumber)}`;
  add(byFunction, key, us);
  for (const t of node.positionTicks ?? []) {
    add(byLine, where(f.url, t.line - 1, 0) + ` (${f.functionName || "anon"})`, t.ticks);
  }
}
const top = (m, n, fmt) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).forEach(([k, v]) => console.log(fmt(v), k));
console.log(`total sampled ${(total / 1e6).toFixed(2)} s`);
console.log("--- self time by function");
top(byFunction, 45, (v) => `${(v / 1e3).toFixed(0).padStart(8)} ms ${(100 * v / total).toFixed(1).padStart(5)}%`);
console.log("--- self ticks by line");
top(byLine, 30, (v) => `${String(v).padStart(8)}`);
