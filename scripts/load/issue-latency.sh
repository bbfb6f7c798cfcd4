#!/usr/bin/env bash
# Single-credential API latency at a fixed request rate (needs hey: apt-get install hey).
# POSTs /api/v1/credentials at RATE requests/s (30 workers × RATE/30 each) for DURATION after a
# 10 s warm-up, and prints hey's latency distribution; every request issues a new credential.
# Usage: scripts/load/issue-latency.sh [rate=300] [duration=60s] [issuer=http://localhost:8090]
set -euo pipefail
rate="${1:-300}"; duration="${2:-60s}"; issuer="${3:-http://localhost:8090}"
key="${SKILLCRED_API_KEY:-demo-partner-key}"
body='{"achievementId":"genai-foundations","recipient":{"name":"Load Test Learner","email":"load@example.org"}}'
workers=30; per_worker=$(( rate / workers ))
run() { hey -z "$1" -c "$workers" -q "$per_worker" -m POST -H "Authorization: Bearer $key" -T application/json \
  -d "$body" "$issuer/api/v1/credentials"; }
run 10s > /dev/null
run "$duration"
