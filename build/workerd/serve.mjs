// Serves Workers' TeaVM bundles in real workerd (through miniflare) for the Java tests and the
// benchmark. Usage: node build/workerd/serve.mjs path/to/wrangler.toml [more wrangler.toml ...]
//
// Each Worker's bindings come from its own wrangler.toml (wrangler reads it), so what runs here
// is what `wrangler dev` would run. One HTTP port serves every Worker:
//   any request with header x-w4j-worker: NAME     -> that Worker's fetch handler
//   POST /__w4j/queue?worker=NAME  {queue, messages:[{id, body, json, attempts, timestampMillis}]}
//                                                  -> its queue handler; answers what it acked/retried
//   POST /__w4j/scheduled?worker=NAME&cron=EXPR    -> its scheduled handler; a cron its wrangler.toml
//                                                     does not list answers {refused: why}, as the
//                                                     JVM harness refuses it
//   GET|PUT /__w4j/r2?worker=NAME&binding=B&key=K  -> reads (404 when absent) or stores an object
//   GET /__w4j/r2?worker=NAME&binding=B&prefix=P   -> the keys under a prefix (JSON array)
// Prints "READY <port>" once every Worker is up; console output of the Workers follows on stdout,
// their stack traces mapped to .java lines (java-stacks.mjs).
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { Readable } from "node:stream";
import { Miniflare, Log, LogLevel } from "miniflare";
import { unstable_getMiniflareWorkerOptions, unstable_readConfig } from "wrangler";
import { pipeJavaStacks } from "./java-stacks.mjs";

const configs = process.argv.slice(2);
if (configs.length === 0) {
  console.error("usage: serve.mjs wrangler.toml [wrangler.toml ...]");
  process.exit(2);
}

// Vars a test gives a Worker instead of its wrangler.toml's, as `wrangler dev --var` would:
// W4J_VARS='{"dashboard-api":{"CF_ACCESS_TEAM_DOMAIN":"http://127.0.0.1:4321"}}'.
const varOverrides = JSON.parse(process.env.W4J_VARS ?? "{}");
// Tests of multi-step jobs may shorten every consumer's max_batch_timeout (a latency knob only:
// batching, retries and dead-lettering are unchanged), e.g. W4J_MAX_BATCH_TIMEOUT=1.
const maxBatchTimeout = process.env.W4J_MAX_BATCH_TIMEOUT ? Number(process.env.W4J_MAX_BATCH_TIMEOUT) : undefined;
function consumers(options) {
  if (maxBatchTimeout === undefined || !options) return options;
  return Object.fromEntries(Object.entries(options).map(([queue, settings]) =>
    [queue, { ...settings, maxBatchTimeout: Math.min(settings.maxBatchTimeout ?? 5, maxBatchTimeout) }]));
}

// W4J_TARGET=wasm serves each Worker's WebAssembly build (target/bundle-wasm/index.mjs and its
// worker.wasm, built with -Dworker.target=wasm) instead of wrangler.toml's main.
const wasm = process.env.W4J_TARGET === "wasm";
if (process.env.W4J_TARGET && !wasm && process.env.W4J_TARGET !== "js") {
  console.error(`W4J_TARGET must be js or wasm, not ${process.env.W4J_TARGET}`);
  process.exit(2);
}
function wasmBundle(configPath) {
  const bundle = path.join(path.dirname(configPath), "target/bundle-wasm/index.mjs");
  if (!fs.existsSync(bundle)) {
    console.error(`W4J_TARGET=wasm: ${bundle} is missing; build it with mvn package -Dworker.target=wasm`);
    process.exit(2);
  }
  return bundle;
}

const cronsByWorker = new Map();
const workers = configs.map((configPath) => {
  const resolved = path.resolve(configPath);
  const { workerOptions, main } = unstable_getMiniflareWorkerOptions(resolved);
  const config = unstable_readConfig({ config: resolved });
  cronsByWorker.set(config.name, config.triggers?.crons ?? []);
  return {
    ...workerOptions,
    bindings: { ...workerOptions.bindings, ...(varOverrides[config.name] ?? {}) },
    queueConsumers: consumers(workerOptions.queueConsumers),
    name: config.name,
    modules: true,
    scriptPath: wasm ? wasmBundle(resolved) : main,
    modulesRules: [{ type: "ESModule", include: ["**/*.js", "**/*.mjs"] },
      ...(wasm ? [{ type: "CompiledWasm", include: ["**/*.wasm"] }] : [])],
  };
});

const mf = new Miniflare({
  workers,
  log: new Log(LogLevel.INFO),
  cf: false, // no network here: skip the download of the Request.cf placeholder
  // W4J_INSPECTOR_PORT=9229 opens workerd's V8 inspector there (for build/bench/profile.mjs).
  ...(process.env.W4J_INSPECTOR_PORT ? { inspectorPort: Number(process.env.W4J_INSPECTOR_PORT) } : {}),
  // The Workers' stack traces as Java ones: .java lines, no TeaVM runtime frames.
  // W4J_RAW_STACKS=1 shows them as workerd prints them.
  handleRuntimeStdio(stdout, stderr) {
    const raw = process.env.W4J_RAW_STACKS === "1";
    if (raw) {
      stdout.pipe(process.stdout);
      stderr.pipe(process.stderr);
      return;
    }
    pipeJavaStacks(stdout, process.stdout);
    pipeJavaStacks(stderr, process.stderr);
  },
  // Local state for R2 and queues lives in memory: every run starts empty.
});
await mf.ready;

const names = workers.map((w) => w.name);
const fetchers = new Map();
for (const name of names) {
  fetchers.set(name, await mf.getWorker(name));
}

// Headers of one HTTP hop that the Fetch API refuses to forward.
const HOP_BY_HOP = new Set(["host", "connection", "keep-alive", "upgrade", "http2-settings", "te", "trailer",
  "transfer-encoding", "proxy-connection", "content-length"]);

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function answer(res, status, value) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(value));
}

// The words of ScheduledTriggers.notListed (Java), so both runtimes refuse alike.
function cronRefusal(name, cron) {
  const crons = cronsByWorker.get(name) ?? [];
  if (crons.includes(cron)) return null;
  if (crons.length === 0) return `cron "${cron}" cannot fire ${name}: its wrangler.toml has no [triggers] crons`;
  return `cron "${cron}" cannot fire ${name}: its wrangler.toml's [triggers] crons are ${crons.map((c) => `"${c}"`).join(", ")}`;
}

function workerFor(name, res) {
  const worker = fetchers.get(name);
  if (!worker) {
    answer(res, 404, { error: `no Worker named ${name}; have ${names.join(", ")}` });
  }
  return worker;
}

// Headers up to 32 KB, as Cloudflare's edge takes them (node's default is 16 KB), so a Worker can
// be shown what it refuses on its own (an oversized Access token, say).
const server = http.createServer({ maxHeaderSize: 32 * 1024 }, async (req, res) => {
  try {
    const url = new URL(req.url, "http://localhost");
    if (url.pathname === "/__w4j/queue") {
      const worker = workerFor(url.searchParams.get("worker"), res);
      if (!worker) return;
      const { queue, messages } = JSON.parse((await readBody(req)).toString("utf8"));
      const result = await worker.queue(queue, messages.map((m) => ({
        id: m.id,
        timestamp: new Date(m.timestampMillis),
        body: m.json ? JSON.parse(m.body) : m.body,
        attempts: m.attempts,
      })));
      answer(res, 200, result);
      return;
    }
    if (url.pathname === "/__w4j/r2") {
      // The tests' view of a Worker's local R2 bucket: GET ?key= reads, PUT ?key= stores,
      // GET ?prefix= lists the keys.
      const bucket = await mf.getR2Bucket(url.searchParams.get("binding"), url.searchParams.get("worker"));
      const key = url.searchParams.get("key");
      if (key === null) {
        const keys = [];
        let cursor;
        do {
          const page = await bucket.list({ prefix: url.searchParams.get("prefix") ?? "", cursor });
          keys.push(...page.objects.map((o) => o.key));
          cursor = page.truncated ? page.cursor : undefined;
        } while (cursor);
        answer(res, 200, keys);
        return;
      }
      if (req.method === "PUT") {
        // A plain Uint8Array: miniflare's proxy refuses a Buffer (a Uint8Array subclass).
        await bucket.put(key, new Uint8Array(await readBody(req)));
        answer(res, 200, { stored: key });
        return;
      }
      const object = await bucket.get(key);
      if (object === null) {
        answer(res, 404, { missing: key });
        return;
      }
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.end(Buffer.from(await object.arrayBuffer()));
      return;
    }
    if (url.pathname === "/__w4j/scheduled") {
      const worker = workerFor(url.searchParams.get("worker"), res);
      if (!worker) return;
      const cron = url.searchParams.get("cron");
      const refused = cronRefusal(url.searchParams.get("worker"), cron);
      if (refused) {
        answer(res, 200, { refused });
        return;
      }
      const result = await worker.scheduled({ cron, scheduledTime: new Date() });
      answer(res, 200, result);
      return;
    }
    const worker = workerFor(req.headers["x-w4j-worker"] ?? names[0], res);
    if (!worker) return;
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (name !== "x-w4j-worker" && !HOP_BY_HOP.has(name)) {
        headers.set(name, Array.isArray(value) ? value.join(", ") : value);
      }
    }
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    // A chunked upload (no Content-Length) stays a stream, so the Worker sees a body of unknown length.
    const chunked = hasBody && req.headers["content-length"] === undefined;
    const body = hasBody && !chunked ? await readBody(req) : undefined;
    if (body !== undefined) {
      // miniflare re-sends the body as a stream; without the header the Worker would see a body of
      // unknown length (R2 refuses to store such a stream), unlike a client's request in production.
      headers.set("content-length", String(body.length));
    }
    // A chunked upload is read whole here first, then handed over as a stream: the Worker still
    // sees a body of unknown length, and the whole body is on its way before workerd can answer
    // (and close) without reading it, which otherwise made undici fail the fetch now and then.
    const chunkedBody = chunked ? await readBody(req) : undefined;
    const response = await worker.fetch(`http://localhost${req.url}`, {
      method: req.method,
      headers,
      body: chunked ? Readable.toWeb(Readable.from([chunkedBody])) : body,
      duplex: chunked ? "half" : undefined,
      redirect: "manual",
    });
    const out = {};
    response.headers.forEach((value, name) => { out[name] = value; });
    res.writeHead(response.status, out);
    res.end(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    answer(res, 502, { error: String(error && error.stack || error) });
  }
});

server.listen(0, "127.0.0.1", () => {
  console.log(`READY ${server.address().port}`);
});

const stop = async () => {
  server.close();
  await mf.dispose();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
if (process.env.W4J_STOP_ON_STDIN_END === "1") {
  // The Java test side holds our stdin open; when it closes, the tests are gone.
  process.stdin.on("end", stop);
  process.stdin.resume();
}
