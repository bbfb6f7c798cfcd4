#!/usr/bin/env bash
# Whole in-process verification against a bare Bouncy Castle signature check of the same JWS
# (issue #11's target: verify / bareSignature >= 0.85).
#
# The machine is shared and noisy, and a single JMH run measures verify and bareSignature minutes
# apart, so one noisy minute skews the ratio either way. This runs ROUNDS short rounds; each round
# measures both benchmarks back to back in fresh forks, so each round's ratio is a paired
# comparison. It prints every round's ratio and their median.
#
# Usage: scripts/bench/verify-ratio.sh [ES256|EdDSA] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/java-home.sh

algorithm="${1:-ES256}"
rounds="${2:-5}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

if [[ ! -f benchmarks/target/classpath.txt ]]; then
	./mvnw -q -B -ntp -Pbenchmarks -pl benchmarks -am package -DskipTests
fi
classpath="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"

ratios=()
for round in $(seq 1 "$rounds"); do
	"$JAVA_HOME/bin/java" -cp "$classpath" org.openjdk.jmh.Main 'CredentialJwsBenchmark.(verify|bareSignature)$' \
		-p algorithm="$algorithm" -f 1 -wi 3 -i 4 -rf json -rff "$out/round-$round.json" >"$out/round-$round.log" 2>&1 \
		|| { cat "$out/round-$round.log" >&2; exit 1; }
	ratio="$(python3 - "$out/round-$round.json" <<'EOF'
import json, sys
scores = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"]["score"] for r in json.load(open(sys.argv[1]))}
print(f'{scores["verify"]:.0f} {scores["bareSignature"]:.0f} {scores["verify"] / scores["bareSignature"]:.3f}')
EOF
)"
	read -r verify bare r <<<"$ratio"
	printf 'round %d  %s  verify %6d ops/s  bareSignature %6d ops/s  ratio %s\n' "$round" "$algorithm" "$verify" "$bare" "$r"
	ratios+=("$r")
done
printf '%s\n' "${ratios[@]}" | sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "median ratio %.3f (min %.3f, max %.3f, %d rounds)\n", m, a[1], a[NR], NR }'
