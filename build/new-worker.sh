#!/usr/bin/env bash
# Creates a Worker module: bash build/new-worker.sh NAME [--package java.package]
#
# workers/NAME/ gets a pom (worker.main; the rest is inherited from workers/pom.xml), a
# wrangler.toml with the shared compatibility settings, a @WorkerEntry Worker with a typed env
# (one var), a GET and a POST route with a generated JSON codec, and tests: one @Scenario class
# run on the JVM and in workerd, and the env-matches-wrangler.toml check. workers/pom.xml gets
# the module line. The package defaults to dev.workers4j.<NAME without dashes>.
set -euo pipefail
cd "$(dirname "$0")/.."

usage="usage: bash build/new-worker.sh NAME [--package java.package]   (NAME: a Worker name, e.g. orders-api)"
fail() {
  echo "new-worker: $*" >&2
  exit 2
}

name=""
package=""
while [ $# -gt 0 ]; do
  case "$1" in
    --package) [ $# -ge 2 ] || fail "--package needs a value. $usage"; package="$2"; shift 2 ;;
    --package=*) package="${1#--package=}"; shift ;;
    -h|--help) echo "$usage"; exit 0 ;;
    -*) fail "unknown option $1. $usage" ;;
    *) [ -z "$name" ] || fail "one NAME only (got '$name' and '$1'). $usage"; name="$1"; shift ;;
  esac
done
[ -n "$name" ] || fail "no Worker name given. $usage"

# Cloudflare's rule for Worker names, kept to lower case so the name is also the artifactId and
# a folder name on any file system.
if ! [[ "$name" =~ ^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$ ]]; then
  fail "'$name' is not a valid Worker name: use 1 to 63 lower-case letters, digits and dashes, starting with a letter and not ending with a dash (e.g. orders-api)."
fi

java_keywords=" abstract assert boolean break byte case catch char class const continue default do double else enum extends false final finally float for goto if implements import instanceof int interface long native new null package private protected public return short static strictfp super switch synchronized this throw throws transient true try void volatile while _ "
if [ -z "$package" ]; then
  package="dev.workers4j.${name//-/}"
fi
IFS=. read -r -a segments <<<"$package"
for segment in "${segments[@]}"; do
  if ! [[ "$segment" =~ ^[a-z_][a-z0-9_]*$ ]] || [[ "$java_keywords" == *" $segment "* ]]; then
    fail "'$package' is not a usable Java package ('$segment'): give one with --package, e.g. --package com.example.orders"
  fi
done

# The class: the name in PascalCase, ending in Worker (orders-api -> OrdersApiWorker, my-worker -> MyWorker).
class=""
IFS=- read -r -a words <<<"$name"
for word in "${words[@]}"; do
  class+="$(tr '[:lower:]' '[:upper:]' <<<"${word:0:1}")${word:1}"
done
if [[ "$class" != *Worker ]] || [ "$class" = "Worker" ]; then
  class+="Worker"
fi

module="workers/$name"
[ ! -e "$module" ] || fail "$module already exists: pick another name, or delete it first."
if grep -q "<module>$name</module>" workers/pom.xml; then
  fail "workers/pom.xml already lists the module $name."
fi
# The name is also the module's artifactId, which must be unique in the reactor.
taken=$(grep -l --include=pom.xml -r "<artifactId>$name</artifactId>" . --exclude-dir=node_modules --exclude-dir=target | head -n 1 || true)
[ -z "$taken" ] || fail "the artifactId $name is already used (${taken#./}): pick another name."
for config in workers/*/wrangler.toml; do
  if grep -qE "^name *= *\"$name\"" "$config"; then
    fail "$config already uses the Worker name $name."
  fi
done

# What the new files copy from the repository: the parent's version and the shared settings.
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' workers/pom.xml | head -n 1)
compatibility_date=$(sed -n 's/^compatibility_date *= *"\(.*\)".*/\1/p' wrangler.toml)
compatibility_flags=$(sed -n 's/^compatibility_flags *= *\(\[.*\]\).*/\1/p' wrangler.toml)
[ -n "$version" ] && [ -n "$compatibility_date" ] && [ -n "$compatibility_flags" ] \
  || fail "could not read the parent version from workers/pom.xml or the compatibility settings from wrangler.toml"

template=build/new-worker/template
package_path="${package//.//}"
while IFS= read -r -d '' source; do
  relative="${source#"$template"/}"
  relative="${relative//__PACKAGE_PATH__/$package_path}"
  relative="${relative//__CLASS__/$class}"
  target="$module/$relative"
  mkdir -p "$(dirname "$target")"
  sed -e "s|__PACKAGE__|$package|g" -e "s|__CLASS__|$class|g" -e "s|__NAME__|$name|g" \
    -e "s|__VERSION__|$version|g" -e "s|__COMPATIBILITY_DATE__|$compatibility_date|g" \
    -e "s|__COMPATIBILITY_FLAGS__|$compatibility_flags|g" "$source" >"$target"
done < <(find "$template" -type f -print0 | sort -z)

# The module line, last in workers/pom.xml's <modules>.
sed -i "s|^\(\s*\)</modules>|\1  <module>$name</module>\n\1</modules>|" workers/pom.xml
grep -q "<module>$name</module>" workers/pom.xml || fail "could not add <module>$name</module> to workers/pom.xml"

echo "new-worker: created $module ($package.$class) and added it to workers/pom.xml:"
(cd "$module" && find . -type f | sed 's|^\./|  |' | sort)
echo "Next:"
printf '  %-52s # %s\n' \
  "mvn -B -pl $module -am verify" "build; its tests on the JVM and in workerd" \
  "bash build/dev.sh $name" "serve it on localhost:8787 (--watch: rebuild on change)" \
  "npx wrangler deploy --dry-run --outdir out -c $module/wrangler.toml" "the deployable bundle, offline"
