// Deployable bundle of each Worker, built by wrangler itself (deploy --dry-run, offline), and its
// raw / gzip size. The bundle file is also what the throughput and cold-start runs execute.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { ROOT } from "./workers.mjs";

export function buildBundle(worker, outDir) {
  execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outDir, "-c", worker.config], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
  });
  // wrangler names the bundle after the entry module, with a .js extension; skip the source map.
  const file = fs.readdirSync(outDir).find((f) => f.endsWith(".js"));
  if (!file) throw new Error(`wrangler wrote no .js bundle into ${outDir}`);
  const bundlePath = path.join(outDir, file);
  const bytes = fs.readFileSync(bundlePath);
  return { bundlePath, raw: bytes.length, gzip: zlib.gzipSync(bytes).length };
}
