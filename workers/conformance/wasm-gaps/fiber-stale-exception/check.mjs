// Serves target/bundle (TeaVM's Wasm GC output of gap.Main joined by the project's
// build/tools/bundle-wasm-worker.mjs, as every Worker's Wasm build is) in workerd through
// miniflare, sends one request and prints the scenario's answer. Run from the repository root:
//   node workers/conformance/wasm-gaps/fiber-stale-exception/check.mjs
import path from "node:path";
import { Miniflare, Log, LogLevel } from "miniflare";

const dir = path.join(import.meta.dirname, "target/bundle");
const mf = new Miniflare({
  modules: [
    { type: "ESModule", path: path.join(dir, "index.mjs") },
    { type: "CompiledWasm", path: path.join(dir, "worker.wasm") },
  ],
  modulesRoot: dir,
  compatibilityDate: "2026-04-20",
  log: new Log(LogLevel.WARN),
  cf: false,
});
try {
  const response = await mf.dispatchFetch("http://gap/");
  console.log(`workerd: ${response.status} ${await response.text()}`);
} finally {
  await mf.dispose().catch(() => {});
}
