#!/usr/bin/env bash
# Runs every test: JVM unit and handler tests, and the same scenarios against the TeaVM bundles
# in real workerd (which is why node_modules must be installed first).
set -euo pipefail
cd "$(dirname "$0")/.."
source build/lib/node-env.sh
source build/lib/worker-modules.sh

# A Worker folder the reactor does not list would be skipped silently: fail instead.
check_worker_modules
mvn -B verify "$@"
# build/new-worker.sh, end to end: a Worker it creates builds, passes its tests on both runtimes
# and deploys (--dry-run), in a copy of this tree. Arguments make a partial run, which skips it.
if [ $# -eq 0 ]; then
  bash build/new-worker-test.sh
else
  echo "test: build/new-worker-test.sh not run (a partial run: $*)"
fi
