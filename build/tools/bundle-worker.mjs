// Bundles a Worker's entry module with TeaVM's output (and the npm driver "postgres", when the
// Java side imports it) into one ES module: target/bundle/index.mjs, which wrangler.toml's main
// names. The workerd test runner (miniflare, no bundler) serves it as it is.
//
// Written atomically: each file goes to a temporary name in the same folder, then is renamed over
// the old one, so `wrangler dev` (which watches main) never reads a half-written bundle while
// Maven rebuilds (it failed with "Expected identifier but found end of file").
//
// Usage: node build/tools/bundle-worker.mjs <entry index.mjs> <out index.mjs>
import fs from "node:fs";
import path from "node:path";
import esbuild from "esbuild";

const [entry, outfile] = process.argv.slice(2);
try {
  const result = await esbuild.build({
    entryPoints: [entry],
    outfile,
    write: false,
    bundle: true,
    format: "esm",
    platform: "neutral",
    conditions: ["workerd", "worker"],
    mainFields: ["module", "main"],
    // workerd's own modules (nodejs_compat)
    external: ["node:*", "cloudflare:*"],
    // The map chains through to TeaVM's, so stack traces still name .java lines after
    // wrangler bundles this file once more.
    sourcemap: "linked",
    logLevel: "warning",
  });
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  // The source map first: when the module appears, the map it links to is already there.
  const files = [...result.outputFiles].sort((a, b) => b.path.endsWith(".map") - a.path.endsWith(".map"));
  for (const file of files) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, file.contents);
    fs.renameSync(temporary, file.path);
  }
} catch {
  process.exit(1); // esbuild has printed why
}
