#!/usr/bin/env bash
# Prints a Cloudflare Access token for a staff email (or, with --service, an Access service
# token's common name), minted by the local identity provider that `bash build/dev.sh` runs:
#   curl -H "Cf-Access-Jwt-Assertion: $(bash build/access-token.sh you@brand.example)" localhost:8787/api/health
# Valid for an hour. ACCESS_PORT picks the provider's port (default 8790, as dev.sh).
set -euo pipefail
if [ $# -lt 1 ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then
  echo "usage: bash build/access-token.sh EMAIL   |   bash build/access-token.sh --service COMMON_NAME" >&2
  exit 2
fi
if [ "$1" = "--service" ]; then
  query="service_token=${2:?a service token common name}"
else
  query="email=$1"
fi
port="${ACCESS_PORT:-8790}"
if ! token=$(curl -fsS -X POST "http://127.0.0.1:$port/mint?$query" 2>/dev/null); then
  echo "access-token: no local identity provider answers on 127.0.0.1:$port; start the system with 'bash build/dev.sh' first" >&2
  exit 1
fi
printf '%s\n' "$token"
