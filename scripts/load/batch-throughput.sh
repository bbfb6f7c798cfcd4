#!/usr/bin/env bash
# Batch issuance throughput: uploads a generated cohort of N rows to a running issuer and waits
# until the batch is completed. Prints the upload time, the issuing time and the end-to-end rate.
# Usage: scripts/load/batch-throughput.sh [rows=100000] [issuer=http://localhost:8090] [prefix=B]
# (rows over 200000 are sent as several batches of at most 200000, one after the other)
set -euo pipefail
rows="${1:-100000}"; issuer="${2:-http://localhost:8090}"; prefix="${3:-B$(date +%s)}"
key="${SKILLCRED_API_KEY:-demo-partner-key}"
file=$(mktemp --suffix=.csv)
trap 'rm -f "$file"' EXIT
start_all=$(date +%s.%N); done_rows=0
while [ "$done_rows" -lt "$rows" ]; do
  n=$(( rows - done_rows < 200000 ? rows - done_rows : 200000 ))
  awk -v n="$n" -v from="$done_rows" -v p="$prefix" 'BEGIN { print "externalId,name,email,achievementId";
    for (i = from + 1; i <= from + n; i++) printf "%s-%d,Learner %d,learner%d@example.org,genai-foundations\n", p, i, i, i }' > "$file"
  t0=$(date +%s.%N)
  id=$(curl -sf -X POST "$issuer/api/v1/batches" -H "Authorization: Bearer $key" -H 'Content-Type: text/csv' \
    --data-binary @"$file" | jq -r .id)
  t1=$(date +%s.%N)
  while :; do
    state=$(curl -sf "$issuer/api/v1/batches/$id" -H "Authorization: Bearer $key")
    [ "$(jq -r .state <<<"$state")" = COMPLETED ] && break
    sleep 0.25
  done
  t2=$(date +%s.%N)
  issued=$(jq -r .issued <<<"$state"); failed=$(jq -r .failed <<<"$state")
  printf 'batch %s: %d rows (issued %d, failed %d); upload+validation %.1f s, issuing %.1f s, end to end %.0f rows/s\n' \
    "$id" "$n" "$issued" "$failed" "$(echo "$t1 - $t0" | bc)" "$(echo "$t2 - $t1" | bc)" "$(echo "$n / ($t2 - $t0)" | bc -l)"
  done_rows=$(( done_rows + n ))
done
printf 'total: %d rows in %.1f s: %.0f rows/s\n' "$rows" "$(echo "$(date +%s.%N) - $start_all" | bc)" \
  "$(echo "$rows / ($(date +%s.%N) - $start_all)" | bc -l)"
