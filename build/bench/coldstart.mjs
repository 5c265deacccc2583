// Cold start of one Worker: a fresh miniflare (so a fresh workerd process) with only that Worker.
// "ready" = new Miniflare() until mf.ready resolves: workerd started, script parsed and its top
// level run. "first" = then until the first response of the route is complete: the first
// request's handler compile and run, on top of a loopback round trip that is the same for both.
import { Miniflare, Log, LogLevel } from "miniflare";
import { ROUTE, EXPECTED_BODY, workerOptions, requestHeaders } from "./workers.mjs";

export async function coldStartOnce(worker) {
  const options = workerOptions(worker, worker.bundlePath, 0);
  const t0 = performance.now();
  const mf = new Miniflare({ workers: [options], log: new Log(LogLevel.WARN), cf: false });
  try {
    await mf.ready;
    const t1 = performance.now();
    // The direct socket is already bound at ready; looking it up is a node-side map read.
    const url = new URL(ROUTE, await mf.unsafeGetDirectURL(options.name));
    const t2 = performance.now();
    const res = await fetch(url, { headers: requestHeaders(worker) });
    const body = await res.text();
    const t3 = performance.now();
    if (res.status !== 200 || body !== EXPECTED_BODY) {
      throw new Error(`${worker.label} cold start: status ${res.status}, body ${body}`);
    }
    return { ready: t1 - t0, first: t3 - t2 };
  } finally {
    await mf.dispose();
  }
}
