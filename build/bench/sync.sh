#!/usr/bin/env bash
# The bulk sync benchmark (workers/ingest SyncBenchmark): a generated Shopify result of
# ${BENCH_LINES:-1000000} JSONL lines synced end to end on the JVM path and in workerd against the
# local PostgreSQL, with PostgreSQL's COPY of the same rows as the ceiling, in one run.
set -euo pipefail
cd "$(dirname "$0")/../.."
source build/lib/node-env.sh
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! mvn -B verify -pl workers/ingest -am -Dtest=SyncBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dw4j.excludedGroups= -Dw4j.quietTests=false -Dbench.lines="${BENCH_LINES:-1000000}" >"$log" 2>&1; then
  grep '^\[bench:sync\]' "$log" || true
  echo "bench:sync failed; the end of Maven's output:" >&2
  tail -n 60 "$log" >&2
  exit 1
fi
grep '^\[bench:sync\]' "$log"
