// Inclusive time per function: node build/bench/profile-inclusive.mjs /tmp/ingest.cpuprofile [NAME,NAME...]
import fs from "node:fs";
const p = JSON.parse(fs.readFileSync(process.argv[2] ?? "/tmp/ingest.cpuprofile"));
const names = (process.argv[3] ?? "").split(",");
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const self = new Map();
p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);
// inclusive time per function name, counting each sample once per name on its stack
const parent = new Map();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
for (const [id, us] of self) {
  const seen = new Set();
  for (let x = id; x; x = parent.get(x)) { const f = byId.get(x).callFrame; const k = `${f.functionName}:${f.lineNumber + 1}`; if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + us); } }
}
console.log(`total ${(total / 1e3).toFixed(0)} ms`);
for (const [k, v] of [...incl.entries()].sort((a, b) => b[1] - a[1])) {
  if (names[0] === "" || names.some((n) => k.startsWith(n + ":"))) console.log(`${(v / 1e3).toFixed(0).padStart(7)} ms ${(100 * v / total).toFixed(1).padStart(5)}%  ${k}`);
}
