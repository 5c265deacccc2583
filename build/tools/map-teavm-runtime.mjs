// Gives the code TeaVM leaves unmapped in target/worker/worker.js.map (its runtime: exception
// construction, green threads, class setup) a mapping of its own, to the source "teavm-runtime.js".
// Without it a bundler that joins worker.js with other modules onto one line (wrangler's minified
// bundle) attributes that code to whatever mapped code precedes it, e.g. node_modules/postgres, and
// stack traces point there. With it, such frames say teavm-runtime.js and can be hidden.
// Usage: node build/tools/map-teavm-runtime.mjs target/worker/worker.js.map   (idempotent)
import fs from "node:fs";
import { decode, encode } from "@jridgewell/sourcemap-codec";

export const RUNTIME_SOURCE = "teavm-runtime.js";

const file = process.argv[2];
const map = JSON.parse(fs.readFileSync(file, "utf8"));
if (!map.sources.includes(RUNTIME_SOURCE)) {
  const runtime = map.sources.length;
  map.sources.push(RUNTIME_SOURCE);
  const lines = decode(map.mappings);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // A one-field segment starts unmapped code; code before a line's first segment is unmapped too.
    const mapped = line.map((segment) => (segment.length === 1 ? [segment[0], runtime, 0, 0] : segment));
    if (mapped.length === 0 || mapped[0][0] !== 0) mapped.unshift([0, runtime, 0, 0]);
    lines[i] = mapped;
  }
  map.mappings = encode(lines);
  fs.writeFileSync(file, JSON.stringify(map));
}
