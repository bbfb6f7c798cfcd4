#!/usr/bin/env bash
# Single-credential API latency at a fixed, evenly spaced request rate (open loop, latency counted
# from when each request was due): POSTs /api/v1/credentials at RATE requests/s for DURATION
# seconds after a 30 s warm-up at the same rate; every request issues a new credential.
# Build first: ./mvnw -q -Pbenchmarks -DskipTests install
# Usage: scripts/load/issue-latency.sh [rate=300] [seconds=60] [issuer=http://localhost:8090]
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/java-home.sh
rate="${1:-300}"; seconds="${2:-60}"; issuer="${3:-http://localhost:8090}"
key="${SKILLCRED_API_KEY:-demo-partner-key}"
body='{"achievementId":"genai-foundations","recipient":{"name":"Load Test Learner","email":"load@example.org"}}'
run() { "$JAVA_HOME/bin/java" -cp benchmarks/target/classes org.skillcred.benchmarks.ConstantRateLoad \
  "$issuer/api/v1/credentials" "$rate" "$1" "$key" "$body"; }
run 30 > /dev/null
run "$seconds"
