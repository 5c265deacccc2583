// Runs in its own process (started by throughput.mjs) so that the load generator neither shares
// an event loop with miniflare's node side nor with the other measurements.
// Usage: node load.mjs URL SECONDS CONNECTIONS EXPECTED_BODY [HEADERS_JSON] -> prints one JSON line.
import autocannon from "autocannon";

const [url, seconds, connections, expectBody, headers] = process.argv.slice(2);
const result = await autocannon({
  url,
  duration: Number(seconds),
  connections: Number(connections),
  expectBody, // every response's body is compared; a difference counts as a mismatch
  headers: JSON.parse(headers ?? "{}"),
});
console.log(JSON.stringify({
  rps: result.requests.total / result.duration, // duration in seconds, measured by autocannon
  total: result.requests.total,
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
  mismatches: result.mismatches,
  latencyP50: result.latency.p50,
  latencyP99: result.latency.p99,
}));
