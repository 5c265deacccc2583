#!/usr/bin/env bash
# Runs the system locally:
#   1. builds both Workers' bundles and the test harness (one Maven reactor, nothing installed);
#   2. starts the local services, each a JVM process that prints "READY <address>":
#      - PostgreSQL (embedded, from Maven artifacts) with db/migrations applied, or the server
#        named by W4J_DATABASE_URL, migrated;
#      - a Cloudflare Access identity provider (127.0.0.1:${ACCESS_PORT:-8790}) that dashboard-api
#        trusts for this session; `bash build/access-token.sh you@brand.example` mints a token;
#      - a Shopify stand-in (127.0.0.1:${SHOPIFY_STANDIN_PORT:-8791}) that ingest syncs from;
#   3. serves dashboard-api and ingest together in one `wrangler dev` (local R2 and queues; both
#      HYPERDRIVE bindings on that database; crons fire with /__scheduled on ingest's port, see
#      the README), dashboard-api on http://localhost:${PORT:-8787}.
# Stop it with Ctrl-C (SIGINT), SIGTERM or SIGHUP: wrangler and the services stop with it; if the
# script is killed outright, each service notices its parent is gone and stops.
set -euo pipefail
cd "$(dirname "$0")/.."
source build/lib/node-env.sh

started=$(date +%s)
echo "dev: building both Workers and the local services (mvn package)..."
# dependency:build-classpath writes each module's runtime classpath to target/classpath.txt; in
# this reactor the project's own modules resolve to their fresh jars, so a fresh clone needs no
# `mvn install`.
mvn -q -B package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime \
  -DskipTests -pl test-harness,workers/ingest,workers/dashboard-api -am

work=$(mktemp -d)
service_pids=()
wrangler_pid=""
stop() {
  trap - EXIT INT TERM HUP
  if [ -n "$wrangler_pid" ] && kill -0 "$wrangler_pid" 2>/dev/null; then
    kill -TERM "$wrangler_pid" 2>/dev/null || true
    wait "$wrangler_pid" 2>/dev/null || true
  fi
  for pid in "${service_pids[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  echo "dev: stopped"
  rm -rf "$work"
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

# start_service NAME MAIN_CLASS: runs a test-harness main in the background, waits for its
# "READY <address>" line (at most 120 s) and sets $service_address.
start_service() {
  local name="$1" main="$2" log="$work/$1.log"
  java -cp "test-harness/target/classes:$(cat test-harness/target/classpath.txt)" "$main" >"$log" 2>&1 &
  local pid=$!
  service_pids+=("$pid")
  for _ in $(seq 1 600); do
    if grep -q '^READY ' "$log"; then
      grep -v '^READY ' "$log" | tail -n 1 | sed "s/^/dev: /"
      service_address=$(sed -n 's/^READY //p' "$log" | head -n 1)
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "dev: the $name did not start:" >&2
      cat "$log" >&2
      exit 1
    fi
    sleep 0.2
  done
  echo "dev: the $name was not ready after 120 s:" >&2
  cat "$log" >&2
  exit 1
}

echo "dev: starting the local PostgreSQL and applying db/migrations..."
start_service "local PostgreSQL" dev.workers4j.testing.sql.LocalPostgresMain
if [ -n "${W4J_DATABASE_URL:-}" ]; then
  database_url="$W4J_DATABASE_URL"   # LocalPostgresMain prints it without its password
else
  database_url="$service_address"
  echo "dev: database $database_url"
fi
# Demo data (dev.workers4j.testing.demo): a year of orders, marts, objectives and combo logs, so
# every route answers with real data from the first start; DEMO_DATA=0 skips it, DEMO_ORDERS sizes
# it. A database that already has products is left as it is.
if [ "${DEMO_DATA:-1}" != "0" ]; then
  W4J_DEMO_DATABASE_URL="$database_url" java -cp "test-harness/target/classes:$(cat test-harness/target/classpath.txt)" \
    dev.workers4j.testing.demo.DemoDataMain --orders "${DEMO_ORDERS:-20000}" | sed 's/^/dev: /'
fi
# wrangler dev gives it to every [[hyperdrive]] binding named HYPERDRIVE (it wins over the
# localConnectionString in wrangler.toml).
export CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE="$database_url"

export ACCESS_PORT="${ACCESS_PORT:-8790}"
start_service "local Access identity provider" dev.workers4j.testing.access.LocalIdentityProviderMain
access_origin="$service_address"

export SHOPIFY_STANDIN_PORT="${SHOPIFY_STANDIN_PORT:-8791}"
start_service "Shopify stand-in" dev.workers4j.testing.shopify.ShopifyStandInMain
shop_origin="$service_address"

# ingest's shop and token for this session: its .dev.vars, which wrangler dev reads (git-ignored).
# One written by hand (without the marker line) is left as it is.
ingest_vars=workers/ingest/.dev.vars
marker="# written by build/dev.sh for the Shopify stand-in; delete it to use your own"
if [ ! -e "$ingest_vars" ] || head -n 1 "$ingest_vars" | grep -qF "$marker"; then
  printf '%s\nSHOPIFY_ADMIN_URL=%s\nSHOPIFY_ACCESS_TOKEN=local-stand-in-token\n' "$marker" "$shop_origin" >"$ingest_vars"
else
  echo "dev: $ingest_vars is your own: ingest syncs from the shop it names, not the stand-in"
fi

export WRANGLER_SEND_METRICS=false
port="${PORT:-8787}"
echo "dev: ready to serve after $(($(date +%s) - started)) s of building and starting; wrangler dev follows."
echo "dev: every route is behind Cloudflare Access; try"
echo "dev:   curl -H \"Cf-Access-Jwt-Assertion: \$(bash build/access-token.sh you@brand.example)\" localhost:$port/api/health"
# In the background and waited for, so a signal to this script reaches the trap at once and stops
# wrangler and the services together. Its stdin is the script's terminal (through fd 3: bash
# gives a background command /dev/null, even for an explicit `<&0`), as in the foreground.
exec 3<&0
node_modules/.bin/wrangler dev \
  -c workers/dashboard-api/wrangler.toml \
  -c workers/ingest/wrangler.toml \
  --var "CF_ACCESS_TEAM_DOMAIN:$access_origin" \
  --port "$port" --test-scheduled "$@" <&3 3<&- &
wrangler_pid=$!
wait "$wrangler_pid"
