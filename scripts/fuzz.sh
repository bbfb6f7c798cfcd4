#!/usr/bin/env bash
# A bounded fuzzing run of every parser of untrusted input (Jazzer): each fuzz test fuzzes for
# FUZZ_SECONDS (default 25). Every ordinary build already runs the same tests on their committed
# inputs (src/test/resources/**/<Class>Inputs/<method>/); a finding is written there as a new
# input and fails this run: keep it as a regression input and fix the cause.
# Run after ./test.sh (it uses the installed modules, offline). Called by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/java-home.sh
seconds="${FUZZ_SECONDS:-25}"

targets=(
	"core UntrustedInputFuzzTests decodeCompactJwt"
	"core UntrustedInputFuzzTests verifyArbitraryTokenNeverValid"
	"core UntrustedInputFuzzTests verifySignedArbitraryPayload"
	"core UntrustedInputFuzzTests readCredentialJson"
	"core UntrustedInputFuzzTests decodeBitstringStatusList"
	"verifier UploadFuzzTests readCertificatePdf"
	"verifier UploadFuzzTests readQrImage"
	"verifier UploadFuzzTests measurePdfNesting"
	"issuer CohortFilesFuzzTests readCsv"
	"issuer CohortFilesFuzzTests readJson"
)

failed=0
findings=0
for target in "${targets[@]}"; do
	read -r module class method <<<"$target"
	echo "Fuzzing $class#$method for ${seconds}s"
	if ! JAZZER_FUZZ=1 ./mvnw -q -B -ntp -o test -pl "$module" -Dtest="$class#$method" \
		-Djazzer.max_duration="${seconds}s" -Dsurefire.failIfNoSpecifiedTests=false >"target-fuzz-$method.log" 2>&1; then
		echo "FINDING in $class#$method: see target-fuzz-$method.log and the new input under $module/src/test/resources" >&2
		tail -n 60 "target-fuzz-$method.log" >&2
		failed=1
		findings=$((findings + 1))
	else
		grep -a -E '^#[0-9]+\s+DONE' "target-fuzz-$method.log" | tail -n 1 || true
		rm -f "target-fuzz-$method.log"
	fi
done
echo "fuzz: $((${#targets[@]} - findings)) passed, $findings failed"
exit "$failed"
