#!/usr/bin/env bash
# Runs every test: JVM unit and handler tests, and the same scenarios against the TeaVM bundles
# in real workerd (which is why node_modules must be installed first).
set -euo pipefail
cd "$(dirname "$0")/.."
source build/lib/node-env.sh

mvn -B verify "$@"
