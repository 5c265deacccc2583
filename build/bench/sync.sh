#!/usr/bin/env bash
# The bulk sync benchmark (workers/ingest SyncBenchmark): a generated Shopify result of
# ${BENCH_LINES:-1000000} JSONL lines synced end to end on the JVM path and in workerd against the
# local PostgreSQL, with PostgreSQL's COPY of the same rows as the ceiling, in one run.
set -euo pipefail
cd "$(dirname "$0")/../.."
source build/lib/node-env.sh
source build/lib/maven-bench.sh
maven_bench sync workers/ingest SyncBenchmark -Dbench.lines="${BENCH_LINES:-1000000}"
