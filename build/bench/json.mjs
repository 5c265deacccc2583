// JSON codec throughput: the generated Order codec compiled by TeaVM against workerd's native
// JSON.parse / JSON.stringify, in the same Worker (workers/conformance, test-only) and the same
// workerd, then the JVM codec against jackson-databind. Prints MB/s and ratios; asserts nothing.
//
// workerd's clocks do not advance while a Worker computes, so each measurement is the wall time
// of a request that runs the loop n times, seen from outside; one request's fixed overhead is
// measured with n=1 and subtracted.
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import readline from "node:readline";
import { existsSync } from "node:fs";

const REPS = 2000;
const ROUNDS = 7;

if (!existsSync("workers/conformance/target/worker/index.mjs")) {
  console.error("bench:json: run `mvn -q install -DskipTests` first (needs the conformance bundle)");
  process.exit(1);
}

function sampleOrder() {
  // The JVM writes the document the codec reads, so both sides see the same bytes.
  const run = spawnSync("mvn", ["-q", "-B", "-o", "-Dstyle.color=never", "-pl", "json/processor", "exec:java",
    "-Dexec.classpathScope=test", "-Dexec.mainClass=dev.workers4j.json.bench.SampleOrderDocument"], { encoding: "utf8" });
  if (run.status !== 0) throw new Error("could not write the sample order: " + run.stderr + run.stdout);
  // Maven may colour its output: keep only the document's own line.
  return run.stdout.replace(/\x1b\[[0-9;]*m/g, "").split("\n").find((line) => line.startsWith("{"));
}

async function startWorkerd() {
  const child = spawn("node", ["build/workerd/serve.mjs", "workers/conformance/wrangler.toml"], { stdio: ["pipe", "pipe", "inherit"] });
  const lines = readline.createInterface({ input: child.stdout });
  for await (const line of lines) {
    if (line.startsWith("READY ")) return { child, port: Number(line.slice(6)) };
  }
  throw new Error("workerd did not start");
}

async function timeRequest(port, path, body, n) {
  const started = process.hrtime.bigint();
  const response = await fetch(`http://127.0.0.1:${port}${path}?n=${n}`, { method: "POST", body, headers: { "x-w4j-worker": "conformance" } });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${text}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function throughput(port, path, body) {
  for (let i = 0; i < 3; i++) await timeRequest(port, path, body, REPS); // warm-up: let V8 optimise
  const overhead = [], loops = [];
  for (let i = 0; i < ROUNDS; i++) {
    overhead.push(await timeRequest(port, path, body, 1));
    loops.push(await timeRequest(port, path, body, REPS));
  }
  const ms = Math.max(median(loops) - median(overhead), 0.001);
  return (Buffer.byteLength(body) * (REPS - 1)) / 1e6 / (ms / 1000);
}

const doc = sampleOrder();
console.log(`bench:json: order document ${Buffer.byteLength(doc)} bytes; ${REPS} repetitions a request, median of ${ROUNDS}`);
const { child, port } = await startWorkerd();
try {
  const result = {};
  for (const op of ["decode", "encode"]) {
    result[`native ${op}`] = await throughput(port, `/json/bench/native/${op}`, doc);
    result[`codec ${op}`] = await throughput(port, `/json/bench/codec/${op}`, doc);
    if (op === "decode") {
      result["walk decode"] = await throughput(port, "/json/bench/walk/decode", doc);
      result["decimals decode"] = await throughput(port, "/json/bench/decimals/decode", doc);
    }
    const ratio = result[`native ${op}`] / result[`codec ${op}`];
    console.log(`bench:json: workerd ${op}  codec ${result[`codec ${op}`].toFixed(1)} MB/s  ` +
      `JSON.${op === "decode" ? "parse" : "stringify"} ${result[`native ${op}`].toFixed(1)} MB/s  ` +
      `native/codec ${ratio.toFixed(2)} (target <= 2.0)` +
      (op === "decode" ? `; the parsed-tree JsonReader walking every token (no objects) ${result["walk decode"].toFixed(1)} MB/s;`
        + ` the document's BigDecimals alone ${result["decimals decode"].toFixed(1)} MB/s` : ""));
  }
} finally {
  child.kill("SIGTERM");
  await once(child, "exit");
}

spawnSync("node", ["build/bench/json-typed-js.mjs", doc], { stdio: "inherit" });

console.log("bench:json: JVM, same run:");
const jvm = spawnSync("mvn", ["-q", "-B", "-o", "-Dstyle.color=never", "-pl", "json/processor", "exec:java", "-Dexec.classpathScope=test",
  "-Dexec.mainClass=dev.workers4j.json.bench.OrderCodecBenchmark"], { stdio: "inherit" });
process.exit(jvm.status ?? 1);
