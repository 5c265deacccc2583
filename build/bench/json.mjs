// JSON codec throughput: the generated Order codec compiled by TeaVM against workerd's native
// JSON.parse / JSON.stringify, in the same Worker (workers/conformance, test-only) and the same
// workerd, then the JVM codec against jackson-databind. Prints MB/s and ratios; asserts nothing.
//
// workerd's clocks do not advance while a Worker computes, so each measurement is the wall time
// of a request that runs the loop n times, seen from outside; one request's fixed overhead is
// measured with n=1 next to it and subtracted. Ratios are medians of rounds in which the two
// loops run side by side. The hand-written typed JS reference runs as a Worker of its own.
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import readline from "node:readline";
import { existsSync } from "node:fs";
import { Miniflare, Log, LogLevel } from "miniflare";

const REPS = 2000;
const ROUNDS = 9;

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

/** A conformance Worker route through the test runner's port, as a (path, n, body) => Response. */
const viaPort = (port) => (path, n, body) =>
  fetch(`http://127.0.0.1:${port}${path}?n=${n}`, { method: "POST", body, headers: { "x-w4j-worker": "conformance" } });

async function timeRequest(send, path, body, n) {
  const started = process.hrtime.bigint();
  const response = await send(path, n, body);
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${text}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One loop's time in ms: n repetitions minus one request's fixed overhead (n=1, measured next to it). */
async function loopMs(send, path, body) {
  const overhead = await timeRequest(send, path, body, 1);
  return Math.max(await timeRequest(send, path, body, REPS) - overhead, 0.001);
}

const mbs = (body, ms) => (Buffer.byteLength(body) * (REPS - 1)) / 1e6 / (ms / 1000);

/**
 * Native and codec loops alternate (native, codec, native) and each round gives its own ratio:
 * this machine's speed drifts by tens of percent within a minute, which skews a ratio of two
 * medians taken one after the other, not a median of ratios taken side by side.
 */
async function compare(send, nativePath, codecPath, body) {
  for (const path of [nativePath, codecPath]) for (let i = 0; i < 3; i++) await timeRequest(send, path, body, REPS); // let V8 optimise
  const natives = [], codecs = [], ratios = [];
  for (let i = 0; i < ROUNDS; i++) {
    const before = await loopMs(send, nativePath, body);
    const codec = await loopMs(send, codecPath, body);
    const after = await loopMs(send, nativePath, body);
    natives.push(before, after);
    codecs.push(codec);
    ratios.push(codec / ((before + after) / 2));
  }
  return { native: mbs(body, median(natives)), codec: mbs(body, median(codecs)), ratio: median(ratios) };
}

async function throughput(send, path, body) {
  for (let i = 0; i < 3; i++) await timeRequest(send, path, body, REPS);
  const loops = [];
  for (let i = 0; i < ROUNDS; i++) loops.push(await loopMs(send, path, body));
  return mbs(body, median(loops));
}

/** The hand-written typed JS decoder (json-typed-js.mjs) as a Worker of its own, in workerd too. */
async function typedJsReference(body) {
  const mf = new Miniflare({ modules: true, scriptPath: "build/bench/json-typed-js.mjs", compatibilityDate: "2026-04-20",
    cf: false, log: new Log(LogLevel.WARN) });
  try {
    await mf.ready;
    const send = (path, n, requestBody) => mf.dispatchFetch(`http://bench${path}?n=${n}`, { method: "POST", body: requestBody });
    return await compare(send, "/parse", "/typed", body);
  } finally {
    await mf.dispose();
  }
}

const doc = sampleOrder();
console.log(`bench:json: order document ${Buffer.byteLength(doc)} bytes; ${REPS} repetitions a request, ${ROUNDS} rounds`);
const { child, port } = await startWorkerd();
try {
  const result = {};
  const send = viaPort(port);
  for (const op of ["decode", "encode"]) {
    const { native, codec, ratio } = await compare(send, `/json/bench/native/${op}`, `/json/bench/codec/${op}`, doc);
    let scale = "";
    if (op === "decode") {
      scale = `; the parsed-tree JsonReader walking every token (no objects) ${(await throughput(send, "/json/bench/walk/decode", doc)).toFixed(1)} MB/s;`
        + ` the document's BigDecimals alone ${(await throughput(send, "/json/bench/decimals/decode", doc)).toFixed(1)} MB/s`;
    }
    console.log(`bench:json: workerd ${op}  codec ${codec.toFixed(1)} MB/s  JSON.${op === "decode" ? "parse" : "stringify"} ${native.toFixed(1)} MB/s  `
      + `codec/native time ${ratio.toFixed(2)} (median of ${ROUNDS} side-by-side rounds; target <= 2.0)${scale}`);
  }
} finally {
  child.kill("SIGTERM");
  await once(child, "exit");
}

const typed = await typedJsReference(doc);
console.log(`bench:json: workerd, hand-written typed JS decode ${typed.codec.toFixed(1)} MB/s  JSON.parse ${typed.native.toFixed(1)} MB/s  `
  + `typed/native time ${typed.ratio.toFixed(2)} (typed values without a framework, for reference)`);

console.log("bench:json: JVM, same run:");
const jvm = spawnSync("mvn", ["-q", "-B", "-o", "-Dstyle.color=never", "-pl", "json/processor", "exec:java", "-Dexec.classpathScope=test",
  "-Dexec.mainClass=dev.workers4j.json.bench.OrderCodecBenchmark"], { stdio: "inherit" });
process.exit(jvm.status ?? 1);
