#!/usr/bin/env bash
# Starts SkillCred on its embedded default: the issuer on http://localhost:8080 (H2 database
# under ./data, the public sample keys, a demo partner with API key demo-partner-key) and the
# verifier on http://localhost:8081, which trusts that issuer. Needs nothing but a JDK 21+.
# Stop with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/java-home.sh

echo "Building (first run downloads dependencies)..."
./mvnw -q -B -ntp -DskipTests install

mkdir -p data
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

"$JAVA_HOME/bin/java" -jar issuer/target/skillcred-issuer-0.1.0-SNAPSHOT-exec.jar --spring.profiles.active=dev &
pids+=($!)
"$JAVA_HOME/bin/java" -jar verifier/target/skillcred-verifier-0.1.0-SNAPSHOT.jar --spring.profiles.active=dev &
pids+=($!)

echo "Issuer starting on   http://localhost:8080 (API docs: http://localhost:8080/swagger-ui.html)"
echo "Verifier starting on http://localhost:8081"
wait -n "${pids[@]}"
