#!/usr/bin/env bash
# Starts (or stops) one issuer from its jar on PostgreSQL (127.0.0.1:5432, database test), in a
# schema of its own, for the load tests in this folder. Talks only to localhost.
# Usage: scripts/load/issuer-postgres.sh start [port=8090] [schema=skillcred_bench]
#        scripts/load/issuer-postgres.sh stop  [port=8090] [schema=skillcred_bench]   (drops the schema)
# Build first: ./mvnw -q -DskipTests install
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/java-home.sh
action="${1:?start or stop}"; port="${2:-8090}"; schema="${3:-skillcred_bench}"
pidfile="/tmp/skillcred-issuer-$port.pid"
pg_url="${SKILLCRED_BENCH_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/test}"
case "$action" in
  start)
    "$JAVA_HOME/bin/java" ${JAVA_OPTS:--Xms1g -Xmx2g} -jar issuer/target/skillcred-issuer-0.1.0-SNAPSHOT-exec.jar \
      --spring.profiles.active=dev --server.port="$port" --issuer.public-base-url="http://localhost:$port" \
      --spring.datasource.url="$pg_url?currentSchema=$schema&reWriteBatchedInserts=true" \
      --spring.datasource.username=postgres --spring.datasource.password= \
      --spring.datasource.hikari.maximum-pool-size=${POOL_SIZE:-40} \
      --spring.flyway.schemas="$schema" --spring.flyway.create-schemas=true \
      --logging.level.skillcred.requests=warn > "/tmp/skillcred-issuer-$port.log" 2>&1 &
    echo $! > "$pidfile"
    for _ in $(seq 1 120); do
      if curl -sf "http://localhost:$port/actuator/health/readiness" >/dev/null; then
        echo "Issuer on http://localhost:$port (PostgreSQL schema $schema), log /tmp/skillcred-issuer-$port.log"; exit 0
      fi
      sleep 0.5
    done
    echo "The issuer did not become ready; see /tmp/skillcred-issuer-$port.log" >&2; exit 1 ;;
  stop)
    if [ -f "$pidfile" ]; then
      pid=$(cat "$pidfile"); kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      rm -f "$pidfile"
    fi
    psql -q -h 127.0.0.1 -U postgres test -c "drop schema if exists $schema cascade" ;;
  *) echo "start or stop" >&2; exit 2 ;;
esac
