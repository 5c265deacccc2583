// Inclusive time of a function's callees: PROF=/tmp/ingest.cpuprofile node build/bench/profile-children.mjs NAME
import fs from "node:fs";
const p = JSON.parse(fs.readFileSync(process.env.PROF));
const name = process.argv[2];
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const self = new Map();
p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
const tot = (n) => (self.get(n.id) ?? 0) + (n.children ?? []).reduce((a, c) => a + tot(byId.get(c)), 0);
const agg = new Map();
for (const n of p.nodes) if (n.callFrame.functionName === name) {
  agg.set("(self)", (agg.get("(self)") ?? 0) + (self.get(n.id) ?? 0));
  for (const c of n.children ?? []) { const cn = byId.get(c); const k = `${cn.callFrame.functionName}:${cn.callFrame.lineNumber + 1}`; agg.set(k, (agg.get(k) ?? 0) + tot(cn)); }
}
[...agg.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12).forEach(([k, v]) => console.log(`${(v / 1e3).toFixed(0).padStart(7)} ms  ${k}`));
