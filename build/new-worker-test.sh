#!/usr/bin/env bash
# Tests build/new-worker.sh end to end, in a copy of this tree (the tree itself is left alone):
#   - bad input (no name, an invalid name, an existing module) is refused with a clear message;
#   - a folder under workers/ that the reactor does not list fails build/test.sh's check;
#   - a Worker it creates builds, passes its tests on the JVM and in workerd
#     (mvn -pl workers/NAME -am verify, only the new module's tests), and wrangler deploy --dry-run
#     accepts it. Prints the time from the command to green tests and the new Worker's line count.
# Upstream modules' target/ folders are copied with their times, so when this tree is built (as
# after build/test.sh's mvn verify) Maven finds them up to date; otherwise it compiles them.
set -euo pipefail
cd "$(dirname "$0")/.."
source build/lib/node-env.sh

copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
# Tracked and new files (not ignored ones), then the build output of the modules the new one needs.
git ls-files -z --cached --others --exclude-standard | xargs -0 -I{} cp --parents -p {} "$copy" 2>/dev/null || true
for module in json/codec json/processor bindings bindings/entry-processor test-harness; do
  [ -d "$module/target" ] && mkdir -p "$copy/$module" && cp -a "$module/target" "$copy/$module/"
done
ln -s "$PWD/node_modules" "$copy/node_modules"
cd "$copy"

failures=0
workers_before=$(ls workers)
cp workers/pom.xml "$copy/pom.before"
expect_refusal() { # expect_refusal "what it must say" ARGS...
  local message="$1" output
  shift
  if output=$(bash build/new-worker.sh "$@" 2>&1); then
    echo "new-worker-test: FAILED: build/new-worker.sh $* was accepted" >&2
    failures=1
  elif [[ "$output" != *"$message"* ]]; then
    echo "new-worker-test: FAILED: build/new-worker.sh $* said: $output (expected: $message)" >&2
    failures=1
  fi
}
expect_refusal "no Worker name given"
expect_refusal "is not a valid Worker name" Orders_API
expect_refusal "is not a valid Worker name" orders-
expect_refusal "workers/ingest already exists" ingest
expect_refusal "is not a usable Java package" new
if [ "$(ls workers)" != "$workers_before" ] || ! cmp -s workers/pom.xml "$copy/pom.before"; then
  echo "new-worker-test: FAILED: a refused command changed workers/" >&2
  failures=1
fi

mkdir workers/stray && touch workers/stray/pom.xml
if (source build/lib/worker-modules.sh && check_worker_modules 2>/dev/null); then
  echo "new-worker-test: FAILED: an unlisted module under workers/ passed the module check" >&2
  failures=1
fi
rm -rf workers/stray

name=scaffold-check
started=$(date +%s)
bash build/new-worker.sh "$name" >/dev/null
expect_refusal "workers/$name already exists" "$name"
# Only the new module's tests (the others ran already); -B -q: a passing run prints little.
if ! mvn -B -q -pl "workers/$name" -am verify -Dtest='ScaffoldCheck*' \
    -Dsurefire.failIfNoSpecifiedTests=false >"$copy/mvn.log" 2>&1; then
  cat "$copy/mvn.log" >&2
  echo "new-worker-test: FAILED: the new Worker did not build or its tests failed" >&2
  exit 1
fi
green=$(($(date +%s) - started))
reports="workers/$name/target/surefire-reports"
scenarios=$(grep -o 'tests="[0-9]*"' "$reports/TEST-dev.workers4j.scaffoldcheck.ScaffoldCheckWorkerScenarios.xml" | head -n 1)
# 3 scenarios, each on the JVM and in workerd
[ "$scenarios" = 'tests="6"' ] || { echo "new-worker-test: FAILED: expected 6 scenario runs, got $scenarios" >&2; failures=1; }

if ! WRANGLER_SEND_METRICS=false node_modules/.bin/wrangler deploy --dry-run --outdir "$copy/out" \
    -c "workers/$name/wrangler.toml" >"$copy/deploy.log" 2>&1; then
  cat "$copy/deploy.log" >&2
  echo "new-worker-test: FAILED: wrangler deploy --dry-run refused the new Worker" >&2
  failures=1
fi

lines=$(cd "workers/$name" && find . -path ./target -prune -o -type f -print | xargs cat | wc -l)
pom_lines=$(wc -l <"workers/$name/pom.xml")
echo "new-worker-test: a new Worker from build/new-worker.sh to green tests on both runtimes in ${green} s;" \
  "it has $lines lines in 7 files (pom.xml: $pom_lines)"
[ "$failures" -eq 0 ] || exit 1
echo "new-worker-test: ok"
