# Sourced by the build scripts (from the repository root).

# Fails when a folder under workers/ would be skipped by the build: a pom.xml that workers/pom.xml
# does not list as a module (Maven would never build or test it), or a wrangler.toml without a
# pom.xml beside it.
check_worker_modules() {
  local dir name problems=0
  for dir in workers/*/; do
    name=$(basename "$dir")
    if [ -f "$dir/pom.xml" ] && ! grep -q "<module>$name</module>" workers/pom.xml; then
      echo "workers/$name has a pom.xml, but workers/pom.xml does not list it, so no build or test runs it:" \
        "add <module>$name</module> to its <modules> (build/new-worker.sh adds it for the Workers it creates)." >&2
      problems=1
    elif [ -f "$dir/wrangler.toml" ] && [ ! -f "$dir/pom.xml" ]; then
      echo "workers/$name has a wrangler.toml but no pom.xml: create Workers with bash build/new-worker.sh NAME." >&2
      problems=1
    fi
  done
  return "$problems"
}
