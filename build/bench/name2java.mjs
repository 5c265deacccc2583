// Maps minified TeaVM function names of a Worker to .java lines via TeaVM's own worker.js.map.
import fs from "node:fs";
import { TraceMap, originalPositionFor } from "@jridgewell/trace-mapping";
const [worker, ...names] = process.argv.slice(2);
const js = fs.readFileSync(`workers/${worker}/target/worker/worker.js`, "utf8");
const map = new TraceMap(fs.readFileSync(`workers/${worker}/target/worker/worker.js.map`, "utf8"));
const lines = js.split("\n");
for (const name of names) {
  const re = new RegExp(`[,;\\s]${name.replace("$", "\\$")}=\\(?[a-z0-9_$,]*\\)?=>\\{`);
  let found = false;
  for (let l = 0; l < lines.length && !found; l++) {
    const m = re.exec(lines[l]);
    if (!m) continue;
    found = true;
    const body = lines[l].slice(m.index, m.index + 4000);
    // first mapped position inside the body
    const out = new Set();
    for (let c = m.index + m[0].length; c < Math.min(lines[l].length, m.index + 1500); c += 5) {
      const p = originalPositionFor(map, { line: l + 1, column: c });
      if (p.source) out.add(`${p.source.replace(/.*\//, "")}:${p.line}`);
      if (out.size >= 3) break;
    }
    console.log(name.padEnd(6), [...out].join(" "));
  }
  if (!found) console.log(name.padEnd(6), "?");
}
