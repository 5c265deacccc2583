# Sourced by the benchmark scripts whose benchmark is a JUnit test (tag "benchmark", left out of
# normal runs): maven_bench NAME MODULE TEST [-Dproperty=value...] runs it through Maven and prints
# its "[bench:NAME]" lines; when it fails, those it printed and the end of Maven's output.
maven_bench() {
  local name="$1" module="$2" test="$3"
  shift 3
  local log
  log=$(mktemp)
  if ! mvn -B verify -pl "$module" -am -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
      -Dw4j.excludedGroups= -Dw4j.quietTests=false "$@" >"$log" 2>&1; then
    grep "^\[bench:$name\]" "$log" || true
    echo "bench:$name failed; the end of Maven's output:" >&2
    tail -n 60 "$log" >&2
    rm -f "$log"
    return 1
  fi
  grep "^\[bench:$name\]" "$log"
  rm -f "$log"
}
