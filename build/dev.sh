#!/usr/bin/env bash
# Runs the system locally:
#   1. builds both Workers' bundles and the test harness (one Maven reactor, nothing installed);
#   2. starts the local PostgreSQL (embedded, from Maven artifacts) and applies db/migrations, or
#      migrates the server named by W4J_DATABASE_URL when that is set;
#   3. serves dashboard-api and ingest together in one `wrangler dev` (local R2 and queues; both
#      HYPERDRIVE bindings point at that database), dashboard-api on http://localhost:${PORT:-8787}.
# Stop it with Ctrl-C (SIGINT), SIGTERM or SIGHUP: wrangler and the database stop with it; if the
# script is killed outright, the database launcher notices and stops the database.
set -euo pipefail
cd "$(dirname "$0")/.."
source build/lib/node-env.sh

started=$(date +%s)
echo "dev: building both Workers and the local database launcher (mvn package)..."
# dependency:build-classpath writes each module's runtime classpath to target/classpath.txt; in
# this reactor the project's own modules resolve to their fresh jars, so a fresh clone needs no
# `mvn install`.
mvn -q -B package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime \
  -DskipTests -pl test-harness,workers/ingest,workers/dashboard-api -am

work=$(mktemp -d)
db_pid=""
idp_pid=""
wrangler_pid=""
stop() {
  trap - EXIT INT TERM HUP
  if [ -n "$wrangler_pid" ] && kill -0 "$wrangler_pid" 2>/dev/null; then
    kill -TERM "$wrangler_pid" 2>/dev/null || true
    wait "$wrangler_pid" 2>/dev/null || true
  fi
  if [ -n "$idp_pid" ] && kill -0 "$idp_pid" 2>/dev/null; then
    kill -TERM "$idp_pid" 2>/dev/null || true
    wait "$idp_pid" 2>/dev/null || true
  fi
  if [ -n "$db_pid" ] && kill -0 "$db_pid" 2>/dev/null; then
    echo "dev: stopping the local PostgreSQL"
    kill -TERM "$db_pid" 2>/dev/null || true
    wait "$db_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

# The local database: dev.workers4j.testing.sql.LocalPostgresMain prints "READY <url>" once
# migrated and stops the embedded server when it is stopped or this script exits.
echo "dev: starting the local PostgreSQL and applying db/migrations..."
java -cp "test-harness/target/classes:$(cat test-harness/target/classpath.txt)" \
  dev.workers4j.testing.sql.LocalPostgresMain >"$work/database.log" 2>&1 &
db_pid=$!
for _ in $(seq 1 600); do
  if grep -q '^READY ' "$work/database.log"; then
    break
  fi
  if ! kill -0 "$db_pid" 2>/dev/null; then
    echo "dev: the local PostgreSQL did not start:" >&2
    cat "$work/database.log" >&2
    exit 1
  fi
  sleep 0.2
done
if ! grep -q '^READY ' "$work/database.log"; then
  echo "dev: the local PostgreSQL was not ready after 120 s:" >&2
  cat "$work/database.log" >&2
  exit 1
fi
grep '^local PostgreSQL' "$work/database.log" | sed 's/^/dev: /'
if [ -n "${W4J_DATABASE_URL:-}" ]; then
  database_url="$W4J_DATABASE_URL"   # LocalPostgresMain prints it without its password
else
  database_url=$(sed -n 's/^READY //p' "$work/database.log" | head -n 1)
  echo "dev: database $database_url"
fi
# Demo data (dev.workers4j.testing.demo): a year of orders, marts, objectives and combo logs, so
# every route answers with real data from the first start; DEMO_DATA=0 skips it, DEMO_ORDERS sizes
# it. A database that already has products is left as it is.
if [ "${DEMO_DATA:-1}" != "0" ]; then
  W4J_DEMO_DATABASE_URL="$database_url" java -cp "test-harness/target/classes:$(cat test-harness/target/classpath.txt)" \
    dev.workers4j.testing.demo.DemoDataMain --orders "${DEMO_ORDERS:-20000}" | sed 's/^/dev: /'
fi
# The local Cloudflare Access identity provider: dashboard-api trusts it for this session only
# (--var below); the production wrangler.toml keeps the real team domain.
access_port="${ACCESS_PORT:-8790}"
echo "dev: starting the local Access identity provider on 127.0.0.1:$access_port..."
ACCESS_PORT="$access_port" java -cp "test-harness/target/classes:$(cat test-harness/target/classpath.txt)" \
  dev.workers4j.testing.access.LocalIdentityProviderMain >"$work/idp.log" 2>&1 &
idp_pid=$!
for _ in $(seq 1 150); do
  grep -q '^READY ' "$work/idp.log" && break
  if ! kill -0 "$idp_pid" 2>/dev/null; then
    echo "dev: the local identity provider did not start (is port $access_port taken? ACCESS_PORT picks another):" >&2
    cat "$work/idp.log" >&2
    exit 1
  fi
  sleep 0.2
done
access_origin=$(sed -n 's/^READY //p' "$work/idp.log" | head -n 1)
if [ -z "$access_origin" ]; then
  echo "dev: the local identity provider was not ready after 30 s:" >&2
  cat "$work/idp.log" >&2
  exit 1
fi

# wrangler dev gives it to every [[hyperdrive]] binding named HYPERDRIVE (it wins over the
# localConnectionString in wrangler.toml).
export CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE="$database_url"

export WRANGLER_SEND_METRICS=false
port="${PORT:-8787}"
echo "dev: ready to serve after $(($(date +%s) - started)) s of building and starting; wrangler dev follows."
echo "dev: every route is behind Cloudflare Access; try"
echo "dev:   curl -H \"Cf-Access-Jwt-Assertion: \$(bash build/access-token.sh you@brand.example)\" localhost:$port/api/health"
# In the background and waited for, so a signal to this script reaches the trap at once and stops
# wrangler and the database together. Its stdin is the script's terminal (through fd 3: bash
# gives a background command /dev/null, even for an explicit `<&0`), as in the foreground.
exec 3<&0
node_modules/.bin/wrangler dev \
  -c workers/dashboard-api/wrangler.toml \
  -c workers/ingest/wrangler.toml \
  --var "CF_ACCESS_TEAM_DOMAIN:$access_origin" \
  --port "$port" --test-scheduled "$@" <&3 3<&- &
wrangler_pid=$!
wait "$wrangler_pid"
