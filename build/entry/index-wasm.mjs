// The entry module of a Worker's WebAssembly build (-Dworker.target=wasm; see
// build/tools/bundle-wasm-worker.mjs). workerd hands the .wasm import over as a compiled
// WebAssembly.Module; instantiating it here, at top level, runs once per isolate, before the first
// request, as the JavaScript build's module evaluation does.
import worker from "./worker.wasm";
import { instantiateInWorkerd } from "./runtime-workerd.mjs";

const { fetch, queue, scheduled } = instantiateInWorkerd(worker);

export default { fetch, queue, scheduled };
