#!/usr/bin/env bash
# Runs the system locally: builds both Workers' bundles, then serves dashboard-api and ingest
# together in one `wrangler dev` (local R2 and queues, cron triggers reachable at
# /__scheduled?cron=...). dashboard-api answers on http://localhost:8787.
set -euo pipefail
cd "$(dirname "$0")/.."
source build/lib/node-env.sh

mvn -q -B package -DskipTests -pl workers/ingest,workers/dashboard-api -am
export WRANGLER_SEND_METRICS=false
exec npx wrangler dev \
  -c workers/dashboard-api/wrangler.toml \
  -c workers/ingest/wrangler.toml \
  --port "${PORT:-8787}" --test-scheduled "$@"
