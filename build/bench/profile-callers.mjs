// Who calls a function, from a .cpuprofile: PROF=/tmp/ingest.cpuprofile node build/bench/profile-callers.mjs NAME [depth]
import fs from "node:fs";
const p = JSON.parse(fs.readFileSync(process.env.PROF ?? "/tmp/ingest.cpuprofile"));
const [name, depth = 8] = process.argv.slice(2);
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map();
p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
// total (inclusive) time per node
const incl = new Map();
const tot = (n) => { if (incl.has(n.id)) return incl.get(n.id); let t = self.get(n.id) ?? 0; for (const c of n.children ?? []) t += tot(byId.get(c)); incl.set(n.id, t); return t; };
const agg = new Map();
for (const n of p.nodes) {
  if (n.callFrame.functionName !== name) continue;
  const chain = [];
  let id = parent.get(n.id);
  for (let d = 0; d < depth && id; d++) { const f = byId.get(id).callFrame; chain.push(`${f.functionName || "?"}:${f.lineNumber + 1}`); id = parent.get(id); }
  const k = chain.join(" < ");
  agg.set(k, (agg.get(k) ?? 0) + tot(n));
}
[...agg.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10).forEach(([k, v]) => console.log(`${(v / 1e3).toFixed(0).padStart(7)} ms  ${k}`));
