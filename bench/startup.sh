#!/usr/bin/env bash
# Start-up to ready and RSS at ready, on a fresh database each run (Flyway migrates it, as on a first
# deploy), for several JVMs and options: the evidence for the JVM options in Dockerfile.jvm (issue 8).
# Usage: bench/startup.sh [runs]  (after ./mvnw package -DskipTests; needs PostgreSQL as bench/run.sh)
# BENCH_JAVA25: a JDK 25 home (default: the Temurin 25 of the build machines), for its AOT cache (JEP 483/514).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RUNS=${1:-3}
PORT=${BENCH_PORT:-18080}
MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-19000}  # readiness is served on the management interface
JAVA25=${BENCH_JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
OPTS="-XX:+UseSerialGC -Xmx320m -Xmn192m -XX:SurvivorRatio=2 -XX:MaxMetaspaceSize=128m"  # as in Dockerfile.jvm
OPTS+=" -XX:CompileCommand=quiet -XX:CompileCommand=inline,org.bouncycastle.crypto.generators.Argon2BytesGenerator*::*"
PG=(-h 127.0.0.1 -p 5432 -U postgres)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$TMP/signing.pem" 2>/dev/null
now_ms() { date +%s%3N; }

# start JAVA OPTS...: prints "ready_ms rss_mb" for one start on a fresh database
start() {
  local java=$1; shift
  local db=gatehouse_startup_$(openssl rand -hex 4) begin pid ready
  psql "${PG[@]}" -qc "create database $db" postgres
  begin=$(now_ms)
  (cd target/quarkus-app && exec env QUARKUS_HTTP_PORT="$PORT" QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT" GATEHOUSE_TOKEN_SIGNING_KEY_LOCATION="$TMP/signing.pem" \
      QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db?currentSchema=gatehouse" \
      "$java" "$@" -jar quarkus-run.jar >"$TMP/service.log" 2>&1) &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { tail -20 "$TMP/service.log" >&2; exit 1; }
    sleep 0.02
  done
  ready=$(( $(now_ms) - begin ))
  echo "$ready $(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  psql "${PG[@]}" -qc "drop database $db" postgres
}

median() { sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

# measure LABEL JAVA OPTS...: RUNS starts, medians
measure() {
  local label=$1; shift
  local results=() i
  for i in $(seq "$RUNS"); do results+=("$(start "$@")"); done
  printf '| %s | %s ms | %s MB |\n' "$label" \
    "$(printf '%s\n' "${results[@]}" | awk '{print $1}' | median)" "$(printf '%s\n' "${results[@]}" | awk '{print $2}' | median)"
}

echo "| JVM and options (median of $RUNS starts) | start-up to ready | RSS at ready |"
echo "| --- | --- | --- |"
# shellcheck disable=SC2086
measure "JDK 17, $OPTS" java $OPTS
if [[ -f target/quarkus-app/app-cds.jsa ]]; then
  # built by ./mvnw package -Dquarkus.package.jar.appcds.enabled=true (AppCDS, JEP 310, on JDK 17)
  # shellcheck disable=SC2086
  measure "JDK 17, AppCDS archive from the build" java $OPTS -XX:SharedArchiveFile=app-cds.jsa
fi
if [[ -x $JAVA25 ]]; then
  # shellcheck disable=SC2086
  measure "JDK 25, same options" "$JAVA25" $OPTS
  # one training run writes the AOT cache when the JVM exits (JEP 514's one-step workflow)
  # shellcheck disable=SC2086
  start "$JAVA25" $OPTS -XX:AOTCacheOutput="$TMP/gatehouse.aot" >/dev/null
  # shellcheck disable=SC2086
  measure "JDK 25, AOT cache from one training start" "$JAVA25" $OPTS -XX:AOTCache="$TMP/gatehouse.aot"
  # shellcheck disable=SC2086
  measure "JDK 25, AOT cache, C1 only (-XX:TieredStopAtLevel=1)" "$JAVA25" $OPTS -XX:AOTCache="$TMP/gatehouse.aot" -XX:TieredStopAtLevel=1
fi
