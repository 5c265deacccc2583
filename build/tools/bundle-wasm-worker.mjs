// The WebAssembly build of a Worker (-Dworker.target=wasm): joins TeaVM's Wasm GC output into a
// bundle workerd runs, target/bundle-wasm/, beside the JavaScript build's target/bundle/.
//
//   index.mjs    build/entry/index-wasm.mjs + TeaVM's runtime module, patched for workerd (below),
//                minified by esbuild; it imports ./worker.wasm
//   worker.wasm  TeaVM's module, copied as it is: wrangler (its CompiledWasm module rule for
//                *.wasm) and the test runner (serve.mjs, W4J_TARGET=wasm) hand it to workerd as a
//                compiled WebAssembly.Module, because workerd refuses to compile Wasm from bytes
//                ("Wasm code generation disallowed by embedder"), which TeaVM's own load() does.
//
// The patches to TeaVM's runtime (wasm-gc-module-runtime.js, copied by the teavm-maven-plugin goal
// copy-webassembly-gc-runtime, modular), each checked, so a TeaVM upgrade that moves them fails
// the build here instead of in workerd:
//   1. getGlobalName / setGlobalName compile `new Function("return " + name)` lazily, on the first
//      use of each global name; workerd refuses code generation from strings inside a request
//      ("Code generation from strings disallowed for this context"). A globalThis lookup (every
//      name TeaVM asks for here is a plain global: JSClass names, JSPromise, ...).
//   2. JSExceptions.getJavaException(e) of a JS error that never was a Java exception answers
//      undefined, which Wasm cannot take as a (nullable) Java reference: the call throws a TypeError
//      instead of returning null, so a rejected Promise (JsAwait) never resumed its fiber. `?? null`.
//   3. instantiateInWorkerd(module): what TeaVM's load() does after compiling, synchronously and
//      without fetch/fs: the imports (defaults + the linear-memory imports linkImports makes when
//      there are no Emscripten modules), the instance, the exports, then `main` once (it runs the
//      module's initialisers: without it every static is null).
//
// Usage: node build/tools/bundle-wasm-worker.mjs <TeaVM wasm output dir> <bundle dir>
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";

const [teavmDir, outDir] = process.argv.slice(2);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const runtimeSource = fs.readFileSync(path.join(teavmDir, "teavm-runtime.mjs"), "utf8");

function replaceOnce(text, pattern, replacement, what) {
  const matches = text.match(new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g"));
  if (!matches || matches.length !== 1) {
    console.error(`[ERROR] bundle-wasm-worker: TeaVM's Wasm GC runtime changed, cannot patch ${what} `
      + `(${matches ? matches.length : 0} matches of ${pattern}); see build/tools/bundle-wasm-worker.mjs`);
    process.exit(1);
  }
  return text.replace(pattern, replacement);
}

let runtime = runtimeSource;
runtime = replaceOnce(runtime, /function getGlobalName\(name\) \{[\s\S]*?\n\}\n/,
  "function getGlobalName(name) {\n  return globalThis[name];\n}\n", "getGlobalName");
runtime = replaceOnce(runtime, /function setGlobalName\(name, value\) \{[\s\S]*?\n\}\n/,
  "function setGlobalName(name, value) {\n  globalThis[name] = value;\n}\n", "setGlobalName");
runtime = replaceOnce(runtime, /getJavaException: \(e\) => e\[javaExceptionSymbol\],/,
  "getJavaException: (e) => e[javaExceptionSymbol] ?? null,", "getJavaException");
runtime = replaceOnce(runtime, /\nexport \{\n/, `
function instantiateInWorkerd(module, esModules) {
  const imports = {};
  const userExports = {};
  const defaultsResult = defaults(imports, userExports, false);
  const memDefaults = getMemoryDefaults(module);
  const maxSize = (1 << 31) - 1 | 0;
  const initialPages = Math.max(memDefaults.min ?? 0, 1);
  const memory = new WebAssembly.Memory({ shared: false, initial: initialPages, maximum: (maxSize - 1 >> 16) + 1 });
  const heapOffset = align(memDefaults.dataSize ?? 0, 8);
  imports.env = { memory };
  imports.teavmMemory = {
    linearMemory: () => memory.buffer,
    notifyHeapResized() {},
    heapOffset: new WebAssembly.Global({ value: "i32", mutable: false }, heapOffset),
    maxSize: new WebAssembly.Global({ value: "i32", mutable: false }, maxSize),
  };
  // JSO imports of ES modules (@JSBodyImport(fromModule = ...), e.g. the npm driver "postgres"):
  // load() resolves them with a dynamic import(); here the entry module imported them statically
  // (the bundle script read their names from the .wasm) and hands them over as esModules.
  for (const { module: m, name } of extractImports(module)) {
    if (m in imports && !(m in esModules)) continue;
    if (!(m in esModules)) throw new Error("Wasm build: the entry module did not import " + m);
    imports[m] ??= {};
    imports[m][name] = new WebAssembly.Global({ value: "externref", mutable: false },
      name === "__self__" ? esModules[m] : esModules[m][name]);
  }
  const instance = new WebAssembly.Instance(module, imports);
  defaultsResult.supplyExports(instance.exports);
  for (const key in instance.exports) {
    const exportObj = instance.exports[key];
    if (exportObj instanceof WebAssembly.Global) {
      Object.defineProperty(userExports, key, { get: () => exportObj.value });
    }
  }
  userExports.main([]);
  return userExports;
}
export {
  instantiateInWorkerd,
`, "the export list");

/** The ES modules the .wasm imports (TeaVM lists them in its custom section "teavm.imports"). */
function moduleImports(bytes) {
  let at = 8; // magic, version
  const leb = () => {
    let result = 0, shift = 0, byte;
    do {
      byte = bytes[at++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return result;
  };
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    const end = at + size;
    if (id === 0) {
      const nameLength = leb();
      const name = bytes.subarray(at, at + nameLength).toString("utf8");
      if (name === "teavm.imports") {
        const list = JSON.parse(bytes.subarray(at + nameLength, end).toString("utf8"));
        // The runtime's own (teavmMemory, ...) are not ES modules.
        const own = (m) => m.startsWith("teavm") || m === "env" || m.startsWith("wasm:");
        return [...new Set(list.map((i) => i.module))].filter((m) => !own(m));
      }
    }
    at = end;
  }
  return [];
}

fs.mkdirSync(outDir, { recursive: true });
const patched = path.join(teavmDir, "runtime-workerd.mjs");
fs.writeFileSync(patched, runtime);
const esModules = moduleImports(fs.readFileSync(path.join(teavmDir, "worker.wasm")));
const entry = fs.readFileSync(path.join(root, "build/entry/index-wasm.mjs"), "utf8");
const imported = esModules.map((m, i) => `import * as esModule${i} from ${JSON.stringify(m)};\n`).join("");
const handedOver = `{ ${esModules.map((m, i) => `${JSON.stringify(m)}: esModule${i}`).join(", ")} }`;
fs.writeFileSync(path.join(teavmDir, "index.mjs"),
  imported + entry.replace("instantiateInWorkerd(worker)", `instantiateInWorkerd(worker, ${handedOver})`));

try {
  const result = await esbuild.build({
    entryPoints: [path.join(teavmDir, "index.mjs")],
    outfile: path.join(outDir, "index.mjs"),
    write: false,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    external: ["./worker.wasm", "node:*", "cloudflare:*"],
    conditions: ["workerd", "worker"],
    mainFields: ["module", "main"],
    logLevel: "warning",
  });
  // The module first, then the entry that imports it, each renamed into place (wrangler dev
  // watches the entry while Maven rebuilds).
  const wasmTemporary = path.join(outDir, `worker.wasm.${process.pid}.tmp`);
  fs.copyFileSync(path.join(teavmDir, "worker.wasm"), wasmTemporary);
  fs.renameSync(wasmTemporary, path.join(outDir, "worker.wasm"));
  for (const file of result.outputFiles) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, file.contents);
    fs.renameSync(temporary, file.path);
  }
} catch {
  process.exit(1); // esbuild has printed why
}
