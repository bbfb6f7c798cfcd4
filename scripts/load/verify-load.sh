#!/usr/bin/env bash
# Load test of the verifier's HTTP API on loopback (needs wrk: apt-get install wrk).
# With the system running (./run.sh): issues one demo credential, then POSTs it to
# /api/v1/verify for the given duration. Bounded in time; talks only to localhost.
# wrk is one client, far above the per-client limit of verifications: start the system with the
# verifier's rate limits off for this measurement: VERIFIER_RATELIMITS_ENABLED=false ./run.sh
# Usage: scripts/load/verify-load.sh [duration=30s] [connections=32] [threads=2]
set -euo pipefail
duration="${1:-30s}"; connections="${2:-32}"; threads="${3:-2}"
cd "$(dirname "$0")"
cred=$(mktemp)
curl -sf -X POST http://localhost:8080/api/v1/credentials \
  -H 'Authorization: Bearer demo-partner-key' -H 'Content-Type: application/json' \
  -d '{"achievementId":"genai-foundations","recipient":{"name":"Load Test"}}' \
  | sed -n 's/.*"credential":"\(ey[^"]*\)".*/\1/p' > "$cred"
[ -s "$cred" ] || { echo "Could not issue a credential; is ./run.sh running?" >&2; exit 1; }
# warm up the JIT and the key cache, then measure
CREDENTIAL_FILE="$cred" wrk -t"$threads" -c"$connections" -d10s -s verify-post.lua http://localhost:8081/api/v1/verify > /dev/null
CREDENTIAL_FILE="$cred" wrk -t"$threads" -c"$connections" -d"$duration" --latency -s verify-post.lua \
  http://localhost:8081/api/v1/verify
rm -f "$cred"
