// Hands target/wasm/gap.wasm to workerd (through miniflare) as a Worker's compiled Wasm module and
// says whether workerd accepts it. Run from the repository root:
//   node workers/conformance/wasm-gaps/instanceof-js-object/check.mjs
import path from "node:path";
import { Miniflare, Log, LogLevel } from "miniflare";

const dir = path.join(import.meta.dirname, "target/wasm");
const mf = new Miniflare({
  modules: [
    { type: "ESModule", path: path.join(dir, "worker.mjs"),
      contents: 'import m from "./gap.wasm"; export default { fetch() { return new Response("accepted: " + WebAssembly.Module.exports(m).length + " exports"); } };' },
    { type: "CompiledWasm", path: path.join(dir, "gap.wasm") },
  ],
  compatibilityDate: "2026-04-20",
  log: new Log(LogLevel.WARN),
  cf: false,
});
try {
  const response = await mf.dispatchFetch("http://gap/");
  console.log(`workerd: ${await response.text()}`);
} catch (error) {
  // workerd's own reason (Invalid types for ref.test ...) is printed above by the runtime.
  console.log(`workerd refused the module: ${error.message.split("\n")[0]}`);
} finally {
  await mf.dispose().catch(() => {});
}
