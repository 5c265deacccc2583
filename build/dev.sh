#!/usr/bin/env bash
# Runs Workers locally:
#   bash build/dev.sh [--watch] [WORKER...] [-- WRANGLER_DEV_ARGS...]
# WORKER: a folder under workers/ with a wrangler.toml (default: dashboard-api ingest, the
# system; WORKERS="a b" also names them). The first one gets the public port; the others are
# reached through its service bindings and queues. Arguments after -- go to `wrangler dev`.
#   1. builds the Workers' bundles and the test harness (one Maven reactor, nothing installed);
#   2. starts the local services the served Workers need, each a JVM process that prints
#      "READY <address>":
#      - PostgreSQL (embedded, from Maven artifacts) with db/migrations applied, or the server
#        named by W4J_DATABASE_URL, migrated, for Workers with a [[hyperdrive]] binding;
#      - a Cloudflare Access identity provider (127.0.0.1:${ACCESS_PORT:-8790}) for Workers with
#        the var CF_ACCESS_TEAM_DOMAIN (dashboard-api), which trust it for this session;
#        `bash build/access-token.sh you@brand.example` mints a token;
#      - a Shopify stand-in (127.0.0.1:${SHOPIFY_STANDIN_PORT:-8791}) for Workers with the var
#        SHOPIFY_ADMIN_URL (ingest), which sync from it;
#      - an asset host (127.0.0.1:${ASSET_SOURCE_PORT:-8792}) with files to ingest, for Workers
#        with the var ASSET_MAX_BYTES (ingest);
#   3. serves them together in one `wrangler dev` (local R2 and queues; every HYPERDRIVE binding
#      on that database; --test-scheduled: /__scheduled?cron=... fires the first Worker's crons),
#      the first on http://localhost:${PORT:-8787}.
# --watch: a change under a served Worker's folder (src/, pom.xml) rebuilds that Worker, and
# wrangler reloads it (the bundle is replaced atomically; a failed build keeps the last one).
# Stop it with Ctrl-C (SIGINT), SIGTERM or SIGHUP: wrangler, workerd and the services stop with
# it; if the script is killed outright, each service notices its parent is gone and stops.
set -euo pipefail
cd "$(dirname "$0")/.."
source build/lib/node-env.sh
source build/lib/worker-modules.sh

usage="usage: bash build/dev.sh [--watch] [WORKER...] [-- WRANGLER_DEV_ARGS...]"
watch=false
names=()
wrangler_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --watch) watch=true; shift ;;
    --) shift; wrangler_args=("$@"); break ;;
    -h|--help) echo "$usage"; exit 0 ;;
    -*) echo "dev: unknown option $1; options for wrangler dev go after --. $usage" >&2; exit 2 ;;
    *) names+=("$1"); shift ;;
  esac
done
if [ ${#names[@]} -eq 0 ]; then
  read -r -a names <<<"${WORKERS:-dashboard-api ingest}"
fi
check_worker_modules
for name in "${names[@]}"; do
  if ! [[ "$name" =~ ^[a-z0-9-]+$ ]] || [ ! -f "workers/$name/wrangler.toml" ]; then
    available=$(cd workers && ls -d */wrangler.toml | sed 's:/wrangler.toml::' | tr '\n' ' ')
    echo "dev: no Worker $name (no workers/$name/wrangler.toml). Workers: $available" >&2
    exit 2
  fi
done
# has_line PATTERN: whether any served Worker's wrangler.toml has a line matching it.
has_line() {
  local name
  for name in "${names[@]}"; do
    grep -qE "$1" "workers/$name/wrangler.toml" && return 0
  done
  return 1
}

started=$(date +%s)
modules=$(printf ',workers/%s' "${names[@]}")
echo "dev: building ${names[*]} and the local services (mvn package)..."
# dependency:build-classpath writes each module's runtime classpath to target/classpath.txt; in
# this reactor the project's own modules resolve to their fresh jars, so a fresh clone needs no
# `mvn install`.
mvn -q -B package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime \
  -DskipTests -pl "test-harness$modules" -am

work=$(mktemp -d)
service_pids=()
wrangler_pid=""
watch_pid=""
# descendants PID: the processes under PID (wrangler's node child and its workerd; a rebuild's mvn).
descendants() {
  local child
  for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do
    echo "$child"
    descendants "$child"
  done
}
# stop_tree PID: SIGTERM to PID, then to whatever of its process tree (taken before) outlives it
# by 5 s, then SIGKILL: wrangler has left workerd running after a SIGTERM.
stop_tree() {
  local pid="$1" tree left i p
  kill -0 "$pid" 2>/dev/null || return 0
  tree=$(descendants "$pid")
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 50); do
    left=""
    for p in $pid $tree; do kill -0 "$p" 2>/dev/null && left+=" $p"; done
    [ -z "$left" ] && break
    [ "$i" -eq 20 ] && kill -TERM $left 2>/dev/null
    sleep 0.1
  done
  [ -n "$left" ] && kill -KILL $left 2>/dev/null
  wait "$pid" 2>/dev/null || true
  return 0
}
stop() {
  trap - EXIT INT TERM HUP
  [ -n "$watch_pid" ] && stop_tree "$watch_pid"
  [ -n "$wrangler_pid" ] && stop_tree "$wrangler_pid"
  for pid in "${service_pids[@]}"; do
    stop_tree "$pid"
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

if has_line '^\[\[hyperdrive\]\]'; then
  echo "dev: starting the local PostgreSQL and applying db/migrations..."
  start_service "local PostgreSQL" dev.workers4j.testing.sql.LocalPostgresMain
  if [ -n "${W4J_DATABASE_URL:-}" ]; then
    database_url="$W4J_DATABASE_URL"   # LocalPostgresMain prints it without its password
  else
    database_url="$service_address"
    echo "dev: database $database_url"
  fi
  # wrangler dev gives it to every [[hyperdrive]] binding named HYPERDRIVE (it wins over the
  # localConnectionString in wrangler.toml).
  export CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE="$database_url"
  # Demo data (dev.workers4j.testing.demo): a year of orders, marts, objectives and combo logs, so
  # every route answers with real data from the first start; DEMO_DATA=0 skips it, DEMO_ORDERS
  # sizes it. A database that already has products is left as it is.
  if [ "${DEMO_DATA:-1}" != "0" ]; then
    W4J_DEMO_DATABASE_URL="$database_url" java -cp "test-harness/target/classes:$(cat test-harness/target/classpath.txt)" \
      dev.workers4j.testing.demo.DemoDataMain --orders "${DEMO_ORDERS:-20000}" | sed 's/^/dev: /'
  fi
fi

access_var=()
if has_line '^CF_ACCESS_TEAM_DOMAIN *='; then
  export ACCESS_PORT="${ACCESS_PORT:-8790}"
  start_service "local Access identity provider" dev.workers4j.testing.access.LocalIdentityProviderMain
  access_var=(--var "CF_ACCESS_TEAM_DOMAIN:$service_address")
fi

if has_line '^SHOPIFY_ADMIN_URL *='; then
  export SHOPIFY_STANDIN_PORT="${SHOPIFY_STANDIN_PORT:-8791}"
  start_service "Shopify stand-in" dev.workers4j.testing.shopify.ShopifyStandInMain
  shop_origin="$service_address"
  # The shop and token for this session: the Worker's .dev.vars, which wrangler dev reads
  # (git-ignored). One written by hand (without the marker line) is left as it is.
  marker="# written by build/dev.sh for the Shopify stand-in; delete it to use your own"
  for name in "${names[@]}"; do
    grep -qE '^SHOPIFY_ADMIN_URL *=' "workers/$name/wrangler.toml" || continue
    vars="workers/$name/.dev.vars"
    if [ ! -e "$vars" ] || head -n 1 "$vars" | grep -qF "$marker"; then
      printf '%s\nSHOPIFY_ADMIN_URL=%s\nSHOPIFY_ACCESS_TOKEN=local-stand-in-token\n' "$marker" "$shop_origin" >"$vars"
    else
      echo "dev: $vars is your own: $name syncs from the shop it names, not the stand-in"
    fi
  done
fi

if has_line '^ASSET_MAX_BYTES *='; then
  # Files to try ASSET_INGEST with: POST /api/assets/ingest {"source_url": "<origin>/files/hero.png", ...}
  export ASSET_SOURCE_PORT="${ASSET_SOURCE_PORT:-8792}"
  start_service "asset host" dev.workers4j.testing.assets.AssetSourceMain
fi

# --watch: polls each served Worker's folder once a second; a change rebuilds that Worker alone
# (with -am: Maven 3 finds the framework's modules only in the reactor). The bundle step renames
# the new bundle over the old one, so wrangler reloads from a whole file.
watch_workers() {
  local name changed took
  for name in "${names[@]}"; do touch "$work/built-$name"; done
  while sleep 1; do
    for name in "${names[@]}"; do
      changed=$(find "workers/$name/src" "workers/$name/pom.xml" -newer "$work/built-$name" -type f -print -quit 2>/dev/null)
      [ -n "$changed" ] || continue
      touch "$work/built-$name"
      echo "dev: $changed changed; rebuilding $name..."
      took=$(date +%s)
      if mvn -q -B -o package -DskipTests -pl "workers/$name" -am >"$work/build-$name.log" 2>&1; then
        echo "dev: rebuilt $name in $(($(date +%s) - took)) s; wrangler reloads it"
      else
        # The errors themselves, without Maven's advice lines
        grep -E '^\[ERROR\] .' "$work/build-$name.log" | grep -vE '\[Help|-e switch|-X switch|For more information|^\[ERROR\] \[|https?://' \
          | head -n 20 >&2
        echo "dev: $name did not build (full log: $work/build-$name.log); wrangler keeps serving the last bundle" >&2
      fi
    done
  done
}

export WRANGLER_SEND_METRICS=false
port="${PORT:-8787}"
first="${names[0]}"
echo "dev: ready to serve after $(($(date +%s) - started)) s of building and starting; wrangler dev follows."
if [ "$first" = "dashboard-api" ]; then
  echo "dev: every route is behind Cloudflare Access; try"
  echo "dev:   curl -H \"Cf-Access-Jwt-Assertion: \$(bash build/access-token.sh you@brand.example)\" localhost:$port/api/health"
else
  echo "dev: $first on http://localhost:$port"
fi
cron=$(sed -n '/^\[triggers\]/,/^\[/s/^crons *= *\[ *"\([^"]*\)".*/\1/p' "workers/$first/wrangler.toml" | head -n 1)
if [ -n "$cron" ]; then
  echo "dev: fire its cron: curl 'localhost:$port/__scheduled?cron=${cron// /+}'"
fi
if $watch; then
  watch_workers &
  watch_pid=$!
  echo "dev: watching ${names[*]/#/workers/} for changes"
fi
configs=()
for name in "${names[@]}"; do configs+=(-c "workers/$name/wrangler.toml"); done
# In the background and waited for, so a signal to this script reaches the trap at once and stops
# wrangler and the services together. Its stdin is the script's terminal (through fd 3: bash
# gives a background command /dev/null, even for an explicit `<&0`), as in the foreground.
exec 3<&0
node_modules/.bin/wrangler dev "${configs[@]}" "${access_var[@]}" \
  --port "$port" --test-scheduled "${wrangler_args[@]}" <&3 3<&- &
wrangler_pid=$!
wait "$wrangler_pid"
