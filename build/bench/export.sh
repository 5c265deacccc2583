#!/usr/bin/env bash
# The CSV export benchmark (workers/ingest ExportBenchmark): ${BENCH_ORDERS:-1000000} orders over a
# year exported by CSV_EXPORT on the JVM path and in workerd (rows/s, peak memory) beside PostgreSQL's
# COPY TO STDOUT of the same rows; then MART_REFRESH of that year beside one refresh_daily_marts call.
set -euo pipefail
cd "$(dirname "$0")/../.."
source build/lib/node-env.sh
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! mvn -B verify -pl workers/ingest -am -Dtest=ExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dw4j.excludedGroups= -Dw4j.quietTests=false -Dbench.orders="${BENCH_ORDERS:-1000000}" >"$log" 2>&1; then
  grep '^\[bench:export\]' "$log" || true
  echo "bench:export failed; the end of Maven's output:" >&2
  tail -n 60 "$log" >&2
  exit 1
fi
grep '^\[bench:export\]' "$log"
