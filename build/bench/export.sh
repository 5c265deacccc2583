#!/usr/bin/env bash
# The CSV export benchmark (workers/ingest ExportBenchmark): ${BENCH_ORDERS:-1000000} orders over a
# year exported by CSV_EXPORT on the JVM path and in workerd (rows/s, peak memory) beside PostgreSQL's
# COPY TO STDOUT of the same rows; then MART_REFRESH of that year beside one refresh_daily_marts call.
set -euo pipefail
cd "$(dirname "$0")/../.."
source build/lib/node-env.sh
source build/lib/maven-bench.sh
maven_bench export workers/ingest ExportBenchmark -Dbench.orders="${BENCH_ORDERS:-1000000}"
