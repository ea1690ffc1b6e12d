#!/usr/bin/env bash
# Gatehouse benchmark: builds, starts the service on a fresh database, seeds it through the API,
# drives it with wrk on loopback and prints each figure beside the limit measured in the same run.
# Not part of .ci/run. Every step is described in bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BENCH=$ROOT/bench
OUT=$BENCH/out

PORT=${BENCH_PORT:-18080}                 # not 8080, where a developer's quarkus:dev may listen
MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-19000} # health and metrics (the management interface); not 9000
PASSES=${BENCH_PASSES:-3}                 # passes per figure; the median is reported
PASS_SECONDS=${BENCH_PASS_SECONDS:-10}
WARMUP_SECONDS=${BENCH_WARMUP_SECONDS:-120} # load before the first measured pass, shared by the endpoints
IMPORT_USERS=${BENCH_IMPORT_USERS:-100000}
IMPORT_QUERY=${BENCH_IMPORT_QUERY:-}        # e.g. atomic=false; empty: the endpoint's defaults
PROFILE=${BENCH_PROFILE:-prod}             # prod needs the signing key and admin below; dev/test do not
# BENCH_SERVICE_ENV: more VAR=value settings for the service, space-separated (e.g. throttling limits)
# as in Dockerfile.jvm, which says why each is there
ARGON2_INLINE='-XX:CompileCommand=quiet -XX:CompileCommand=inline,org.bouncycastle.crypto.generators.Argon2BytesGenerator*::*'
JVM_OPTS=${BENCH_JVM_OPTS:--XX:+UseSerialGC -Xmx320m -Xmn192m -XX:SurvivorRatio=2 -XX:MaxMetaspaceSize=128m $ARGON2_INLINE}
JFR=${BENCH_JFR:-0}                         # 1: record each service run with JFR (profile settings) into bench/out
ONLY=${BENCH_FIGURES:-}                     # e.g. "get check20 import": measure just these (for profiling)
ASYNC=${BENCH_ASYNC_PROFILER:-0}            # 1: async-profiler CPU profile of each figure's first pass into bench/out
BASE=http://127.0.0.1:$PORT
PG=(-h 127.0.0.1 -p 5432 -U postgres)
WRK=(wrk -t2 -c4 --latency --timeout 10s)
PY=/usr/bin/python3; [[ -x $PY ]] || PY=python3

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now_ms() { date +%s%3N; }
median() { sort -g | awk '{v[NR]=$1} END {if (NR) print v[int((NR+1)/2)]; else print "n/a"}'; }

# --- 1. tools from Debian, installed only when missing
install_missing() {
  local need=()
  command -v wrk >/dev/null || need+=(wrk)
  command -v pgbench >/dev/null || need+=(postgresql-contrib)
  command -v psql >/dev/null || need+=(postgresql-client)
  command -v openssl >/dev/null || need+=(openssl)
  command -v curl >/dev/null || need+=(curl)
  command -v javac >/dev/null || need+=(openjdk-17-jdk-headless)
  if ((${#need[@]})); then
    log "installing ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  fi
}

# --- 2. build, database, keys, service
build() {
  if [[ ${BENCH_SKIP_BUILD:-0} != 1 ]]; then
    log "building (./mvnw -q package -DskipTests)"
    ./mvnw -q package -DskipTests
  fi
  CP="$ROOT/target/quarkus-app/app/*:$(find "$ROOT/target/quarkus-app/lib" -name '*.jar' | tr '\n' ':')"
  mkdir -p "$OUT/classes"
  javac -d "$OUT/classes" -cp "$CP" "$BENCH/Limits.java"
}

prepare() {
  TMP=$(mktemp -d)
  DB=gatehouse_bench_$(openssl rand -hex 4)
  PGB_DB=${DB}_pgbench
  psql "${PG[@]}" -qc "create database $DB" postgres
  psql "${PG[@]}" -qc "create database $PGB_DB" postgres
  # prod refuses to start without a configured signing key (docs/auth.md): a throwaway one per run
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$TMP/signing.pem" 2>/dev/null
  # the settings backend's operator login seeds the data; its password is configured as a Django hash
  export BENCH_ADMIN_EMAIL=bench-admin@bench.test BENCH_ADMIN_PASSWORD=$(openssl rand -hex 16)
  ADMIN_HASH=$("$PY" -c 'import base64,hashlib,os,sys
salt = os.urandom(9).hex(); pw = sys.argv[1].encode()
print("pbkdf2_sha256$100000$%s$%s" % (salt, base64.b64encode(hashlib.pbkdf2_hmac("sha256", pw, salt.encode(), 100000)).decode()))' "$BENCH_ADMIN_PASSWORD")
  log "database $DB, scratch $PGB_DB, keys in $TMP"
}

cleanup() {
  stop_service
  if [[ ${BENCH_KEEP_DB:-0} != 1 && -n ${DB:-} ]]; then
    psql "${PG[@]}" -qc "drop database if exists $DB" postgres >/dev/null 2>&1 || true
    psql "${PG[@]}" -qc "drop database if exists $PGB_DB" postgres >/dev/null 2>&1 || true
  fi
  if [[ -n ${TMP:-} ]]; then rm -rf "$TMP"; fi
}

# start_service NAME [VAR=value ...]: extra variables override the service's configuration
start_service() {
  local name=$1; shift
  local url="jdbc:postgresql://127.0.0.1:5432/$DB?currentSchema=gatehouse" profile=()
  [[ $PROFILE != prod ]] && profile=(-Dquarkus.profile="$PROFILE")
  local jfr=(-Xlog:gc:file="$OUT/gc-$name.log":uptime)  # every collection and its pause, for the p99s
  [[ $JFR == 1 ]] && jfr+=(-XX:StartFlightRecording=filename="$OUT/service-$name.jfr",settings=profile)
  local start
  start=$(now_ms)
  # shellcheck disable=SC2086
  env QUARKUS_HTTP_PORT="$PORT" QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT" QUARKUS_DATASOURCE_JDBC_URL="$url" GATEHOUSE_DB_URL="$url" \
      GATEHOUSE_TOKEN_SIGNING_KEY_LOCATION="$TMP/signing.pem" GATEHOUSE_TOKEN_ACCESS_LIFETIME=2h \
      GATEHOUSE_BACKENDS_SETTINGS_LOGIN="$BENCH_ADMIN_EMAIL" GATEHOUSE_BACKENDS_SETTINGS_PASSWORD="$ADMIN_HASH" \
      ${BENCH_SERVICE_ENV:-} "$@" java $JVM_OPTS "${jfr[@]}" "${profile[@]}" -jar "$ROOT/target/quarkus-app/quarkus-run.jar" >"$OUT/service-$name.log" 2>&1 &
  SERVICE_PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready"; do
    if ! kill -0 "$SERVICE_PID" 2>/dev/null || (( $(now_ms) - start > 120000 )); then
      tail -30 "$OUT/service-$name.log" >&2
      log "the service did not become ready"; exit 1
    fi
    sleep 0.02
  done
  READY_MS=$(( $(now_ms) - start ))
  log "service ($name) ready in $READY_MS ms, pid $SERVICE_PID, RSS $(rss_mb) MB;" \
      "$(grep -o 'started in [0-9.]*s' "$OUT/service-$name.log" | head -1) by Quarkus' count"
}

stop_service() {
  if [[ -n ${SERVICE_PID:-} ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    # with -XX:NativeMemoryTracking=summary in BENCH_JVM_OPTS: where the RSS went, kept beside the log
    [[ $JVM_OPTS == *NativeMemoryTracking* ]] && jcmd "$SERVICE_PID" VM.native_memory summary >"$OUT/nmt-$(date +%H%M%S).txt" 2>&1
    kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true
  fi
  SERVICE_PID=
}

# --- async-profiler (Maven Central's tools.profiler:async-profiler), loaded into the running service by jcmd
AP_LIB=
async_profiler_lib() {
  [[ $ASYNC == 1 ]] || return 0
  local version=4.1 jar
  jar=$HOME/.m2/repository/tools/profiler/async-profiler/$version/async-profiler-$version.jar
  [[ -f $jar ]] || ./mvnw -q dependency:get -Dartifact="tools.profiler:async-profiler:$version"
  mkdir -p "$OUT/async-profiler"
  unzip -o -q -d "$OUT/async-profiler" "$jar" linux-x64/libasyncProfiler.so
  AP_LIB=$OUT/async-profiler/linux-x64/libasyncProfiler.so
}

# profiler COMMAND: e.g. "start" or "stop,file=F,collapsed"; CPU time by itimer, which needs no perf_events
profiler() {
  [[ -n $AP_LIB ]] || return 0
  local command=$1
  [[ $command == start ]] && command="start,event=itimer,interval=1ms"
  # quoted, or jcmd reads the "=" in the options as one of its own name=value arguments
  jcmd "$SERVICE_PID" JVMTI.agent_load "$AP_LIB" "\"$command\"" >>"$OUT/async-profiler.log" 2>&1 || log "async-profiler: $command failed"
}

# user + system CPU of the service so far, in clock ticks (/proc/<pid>/stat fields 14 and 15)
service_cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVICE_PID/stat"; }

rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$SERVICE_PID/status"; }

# --- 4. wrk: run_wrk NAME SECONDS SCRIPT PATH [VAR=value ...]; prints "rps p50_ms p99_ms errors"
run_wrk() {
  local name=$1 seconds=$2 script=$3 path=$4; shift 4
  local file="$OUT/wrk-$name.txt"
  local cpu_before cpu_after
  cpu_before=$(service_cpu_ticks)
  env BENCH_THREADS=2 "$@" "${WRK[@]}" -d"${seconds}s" -s "$BENCH/lua/$script" "$BASE$path" >"$file" 2>&1
  cpu_after=$(service_cpu_ticks)
  echo "service_cpu_ticks $((cpu_after - cpu_before)) $(getconf CLK_TCK)" >>"$file"
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; return v * 1000 }
    /Requests\/sec/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }  $1 == "99%" { p99 = ms($2) }
    /Non-2xx/ { errors += $NF }  /Socket errors/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
    /^  [0-9]+ requests in/ { requests = $1 }
    /^service_cpu_ticks/ { cpu_us = requests ? $2 * 1e6 / $3 / requests : 0 }
    END { if (rps == "") { rps = 0; errors = -1 }  # wrk failed: see the file
          printf "%s %.2f %.2f %d %.0f\n", rps, p50, p99, errors, cpu_us }' "$file"
}

# figure KEY SCRIPT PATH [VAR=value ...]: PASSES passes; sets RPS[KEY], P50[KEY], P99[KEY], ERR[KEY]
declare -A RPS P50 P99 ERR CPU
figure() {
  local key=$1; shift
  local results=() pass
  for pass in $(seq 1 "$PASSES"); do
    [[ $key == refresh* ]] && top_up_refresh
    ((pass == 1)) && profiler start
    results+=("$(run_wrk "$key-$pass" "$PASS_SECONDS" "$@")")
    ((pass == 1)) && profiler "stop,file=$OUT/profile-$key.collapsed,collapsed"
    log "  $key pass $pass: ${results[-1]} (req/s p50 p99 errors service-CPU-µs/request)"
  done
  RPS[$key]=$(printf '%s\n' "${results[@]}" | awk '{print $1}' | median | awk '{printf($1 < 100 ? "%.1f" : "%.0f", $1)}')
  P50[$key]=$(printf '%s\n' "${results[@]}" | awk '{print $2}' | median)
  P99[$key]=$(printf '%s\n' "${results[@]}" | awk '{print $3}' | median)
  ERR[$key]=$(printf '%s\n' "${results[@]}" | awk '$4 < 0 {failed = 1} {s += $4} END {print failed ? -1 : s}')
  CPU[$key]=$(printf '%s\n' "${results[@]}" | awk '{print $5}' | median)
}

top_up_refresh() {
  if [[ ! -s $OUT/refresh.txt ]] || (( $(wc -l <"$OUT/refresh.txt") < 24 )); then
    "$PY" "$BENCH/seed.py" refresh-pool "$BASE" "$OUT" 48
  fi
}

# --- 5. limits: plain Java loops on 2 threads, and pgbench -S on a scratch database
measure_limits() {
  log "limits: argon2id and RS256 on 2 threads (bench/Limits.java)"
  # shellcheck disable=SC2086  # with the service's JVM options, so heap, collector and JIT flags match
  java $JVM_OPTS -cp "$CP:$OUT/classes" Limits 2 "${BENCH_LIMIT_SECONDS:-5}" "$PASSES" >"$OUT/limits.txt" 2>"$OUT/limits.err"
  LIMIT_ARGON_DEFAULT=$(awk -F= '/^argon2id_m19456/ {print $2}' "$OUT/limits.txt")
  LIMIT_ARGON_SMALL=$(awk -F= '/^argon2id_m7168/ {print $2}' "$OUT/limits.txt")
  LIMIT_SIGN=$(awk -F= '/^rs256/ {print $2}' "$OUT/limits.txt")
  log "limits: pgbench -S -c4 -j2 -T $PASS_SECONDS on $PGB_DB"
  pgbench "${PG[@]}" -i -q -s "${BENCH_PGBENCH_SCALE:-10}" "$PGB_DB" >"$OUT/pgbench-init.txt" 2>&1
  local pass tps=()
  for pass in $(seq 1 "$PASSES"); do
    tps+=("$(pgbench "${PG[@]}" -S -c4 -j2 -T "$PASS_SECONDS" "$PGB_DB" 2>&1 | tee "$OUT/pgbench-$pass.txt" \
      | awk '/^tps/ {print $3; exit}')")
  done
  LIMIT_PG=$(printf '%s\n' "${tps[@]}" | median | xargs printf '%.0f')
  log "limits: argon2 default $LIMIT_ARGON_DEFAULT/s, argon2 m=7168 $LIMIT_ARGON_SMALL/s, RS256 $LIMIT_SIGN/s, pgbench $LIMIT_PG tps"
}

# --- the figures, each only where the build has its endpoints (FIGURES lists what runs)
plan_figures() {
  # shellcheck disable=SC1091
  source "$OUT/seed.env"
  FIGURES=(get)
  [[ -n $ADMIN_TOKEN ]] && FIGURES+=(login client refresh)
  if [[ -z $CLIENT_ID ]]; then FIGURES=("${FIGURES[@]/client/}"); fi
  if [[ -n $PERMISSIONS ]]; then FIGURES+=(check20 check500); fi
  if [[ -n $ONLY ]]; then
    local keep=() key
    for key in "${FIGURES[@]}"; do wanted "$key" && keep+=("$key"); done
    FIGURES=("${keep[@]}")
  fi
}

wanted() { [[ -z $ONLY || " $ONLY " == *" $1 "* ]]; }

drive() { # drive KEY SECONDS: one wrk run of that figure's load
  local key=$1 seconds=$2 run=(run_wrk "$1-warm" "$2")
  case $key in
    get)      "${run[@]}" get_user.lua /users/x BENCH_IDS_FILE="$OUT/user_ids.txt" BENCH_TOKEN="$ADMIN_TOKEN" ;;
    login*)   "${run[@]}" post.lua /auth/token BENCH_BODIES_FILE="$OUT/body-$key.txt" \
                BENCH_CONTENT_TYPE=application/x-www-form-urlencoded ;;
    client)   "${run[@]}" post.lua /auth/token BENCH_BODIES_FILE="$OUT/body-client.txt" \
                BENCH_CONTENT_TYPE=application/x-www-form-urlencoded ;;
    refresh)  top_up_refresh; "${run[@]}" refresh.lua /auth/token BENCH_REFRESH_FILE="$OUT/refresh.txt" ;;
    check*)   "${run[@]}" post.lua /permissions/check BENCH_BODIES_FILE="$OUT/body-check-${key#check}.txt" \
                BENCH_TOKEN="$ADMIN_TOKEN" ;;
  esac
}

measure() { # measure KEY: PASSES measured passes of the same load as drive
  local key=$1
  case $key in
    get)      figure get get_user.lua /users/x BENCH_IDS_FILE="$OUT/user_ids.txt" BENCH_TOKEN="$ADMIN_TOKEN" ;;
    login*)   figure "$key" post.lua /auth/token BENCH_BODIES_FILE="$OUT/body-$key.txt" \
                BENCH_CONTENT_TYPE=application/x-www-form-urlencoded ;;
    client)   figure client post.lua /auth/token BENCH_BODIES_FILE="$OUT/body-client.txt" \
                BENCH_CONTENT_TYPE=application/x-www-form-urlencoded ;;
    refresh)  figure refresh refresh.lua /auth/token BENCH_REFRESH_FILE="$OUT/refresh.txt" ;;
    check*)   figure "$key" post.lua /permissions/check BENCH_BODIES_FILE="$OUT/body-check-${key#check}.txt" \
                BENCH_TOKEN="$ADMIN_TOKEN" ;;
  esac
}

warm_up() { # WARMUP_SECONDS of load in total, shared by the figures that will run
  local keys=() key
  for key in "${FIGURES[@]}"; do [[ -n $key ]] && keys+=("$key"); done
  ((${#keys[@]})) || return 0
  local each=$(( (WARMUP_SECONDS + ${#keys[@]} - 1) / ${#keys[@]} ))
  log "warm-up: ${keys[*]}, $each s each"
  for key in "${keys[@]}"; do
    log "  warm $key: $(drive "$key" "$each")"
  done
}

# --- 6. import of Django users, with the peak RSS sampled while it runs
measure_import() {
  IMPORT_RATE=n/a IMPORT_RSS=n/a
  wanted import || return 0
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/x-ndjson' \
    -H "Authorization: Bearer $ADMIN_TOKEN" --data-binary '' "$BASE/users/import")
  if [[ $code == 404 || $code == 405 ]]; then log "import: n/a (POST /users/import answers $code)"; return; fi
  "$PY" "$BENCH/seed.py" ndjson "$IMPORT_USERS" "$OUT/import.ndjson"
  ( peak=0; while sleep 0.1; do r=$(awk '/VmRSS/ {print $2}' "/proc/$SERVICE_PID/status" 2>/dev/null) || break
      (( r > peak )) && peak=$r && echo "$peak" >"$OUT/import-rss-kb.txt"; done ) &
  local sampler=$! start
  profiler start
  start=$(now_ms)
  code=$(curl -s -o "$OUT/import-summary.json" -w '%{http_code}' -X POST -H 'Content-Type: application/x-ndjson' \
    -H "Authorization: Bearer $ADMIN_TOKEN" --data-binary @"$OUT/import.ndjson" "$BASE/users/import${IMPORT_QUERY:+?$IMPORT_QUERY}")
  local elapsed=$(( $(now_ms) - start ))
  profiler "stop,file=$OUT/profile-import.collapsed,collapsed"
  kill "$sampler"; wait "$sampler" 2>/dev/null || true
  IMPORT_RSS=$(awk '{printf "%.0f", $1 / 1024}' "$OUT/import-rss-kb.txt")
  if [[ $code != 200 ]]; then
    log "import: HTTP $code after $elapsed ms: $(head -c 300 "$OUT/import-summary.json")"
    IMPORT_RATE="failed (HTTP $code after $elapsed ms)"; return
  fi
  IMPORT_RATE=$(awk -v n="$IMPORT_USERS" -v ms="$elapsed" 'BEGIN {printf "%.0f", n * 1000 / ms}')
  log "import: $IMPORT_USERS users in $elapsed ms ($IMPORT_RATE users/s), peak RSS $IMPORT_RSS MB: $(cat "$OUT/import-summary.json" | head -c 200)"
}

# --- 7. the table
pct() { awk -v m="$1" -v l="$2" 'BEGIN { if (m == "" || l == "" || m == "n/a" || l + 0 == 0) print "n/a"; else printf "%.0f%%", 100 * m / l }'; }
met() { awk "BEGIN { exit !($1) }" 2>/dev/null && echo yes || echo no; }
row() { printf '| %s | %s | %s | %s | %s | %s |\n' "$@"; }

throughput_row() { # throughput_row KEY LABEL LIMIT LIMIT_LABEL MIN_PCT [P99_MAX_MS]
  local key=$1 label=$2 limit=$3 limit_label=$4 min=$5 p99max=${6:-} target ok
  target="≥ $min% of limit${p99max:+, p99 < $p99max ms}"
  if [[ -z ${RPS[$key]:-} ]]; then row "$label" n/a "$limit $limit_label" n/a "$target" n/a; return; fi
  local p=$(pct "${RPS[$key]}" "$limit")
  ok=$(met "${RPS[$key]} >= $min * $limit / 100 ${p99max:+&& ${P99[$key]} < $p99max}")
  if ((ERR[$key] < 0)); then ok="no (wrk failed: bench/out/wrk-$key-*.txt)"
  elif ((ERR[$key] > 0)); then ok="$ok (${ERR[$key]} errors)"; fi
  row "$label" "${RPS[$key]}/s (p50 ${P50[$key]} ms, p99 ${P99[$key]} ms; ${CPU[$key]:-n/a} µs service CPU/request)" \
      "$limit $limit_label" "$p" "$target" "$ok"
}

table() {
  echo "Gatehouse bench, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD)"
  echo "JDK: $(java -version 2>&1 | head -2 | tail -1); JVM options: $JVM_OPTS; profile $PROFILE"
  echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(free -g | awk '/Mem/ {print $2}') GiB;" \
       "load average at start $LOAD_START, at end $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "wrk -t2 -c4, $WARMUP_SECONDS s warm-up, median of $PASSES × $PASS_SECONDS s; ${NO_AUTH:+$NO_AUTH}"
  echo
  row figure measured limit "% of limit" target "met?"
  row --- --- --- --- --- ---
  throughput_row login "password logins/s, default hasher (argon2id m=19456 t=2 p=1)" "$LIMIT_ARGON_DEFAULT" "verifications/s" 90
  throughput_row login7168 "password logins/s, argon2id m=7168 t=5 p=1" "$LIMIT_ARGON_SMALL" "verifications/s" 90
  throughput_row get "authenticated GET /users/{id}/s" "$LIMIT_PG" "pgbench -S tps" 40 10
  throughput_row client "client_credentials tokens/s" "$LIMIT_SIGN" "RS256 signatures/s" 80
  throughput_row refresh "refresh-token grants/s" "$LIMIT_SIGN" "RS256 signatures/s" 70
  throughput_row check20 "POST /permissions/check/s, user in 20 groups" "$LIMIT_PG" "pgbench -S tps" 30 20
  throughput_row check500 "POST /permissions/check/s, user in 500 groups" "$LIMIT_PG" "pgbench -S tps" 30 20
  local ok=n/a size=n/a
  if [[ $TOKEN_BYTES =~ ^[0-9]+$ ]]; then ok=$(met "$TOKEN_BYTES < 8192"); size="$TOKEN_BYTES bytes"; fi
  row "token issuance for the 500-group user" "$size" "token size" - "< 8 KiB" "$ok"
  ok=n/a; [[ $IMPORT_RATE =~ ^[0-9]+$ ]] && ok=$(met "$IMPORT_RATE >= 5000 && $IMPORT_RSS < 512")
  local rate=$IMPORT_RATE; [[ $rate =~ ^[0-9]+$ ]] && rate="$rate users/s"
  row "import of $IMPORT_USERS Django users (NDJSON, pbkdf2 hashes)" "$rate, peak RSS $IMPORT_RSS MB" - - "≥ 5,000 users/s, RSS < 512 MB" "$ok"
  row "start-up to ready (JVM)" "$STARTUP_MS ms" - - "< 2 s" "$(met "$STARTUP_MS < 2000")"
  row "RSS after the whole run" "$RSS_AFTER MB" - - "< 150 MB" "$(met "$RSS_AFTER < 150")"
}

main() {
  local began
  began=$(now_ms)
  LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
  rm -rf "$OUT" && mkdir -p "$OUT"
  install_missing
  build
  async_profiler_lib
  prepare
  trap cleanup EXIT
  measure_limits

  start_service main
  STARTUP_MS=$READY_MS
  log "seeding through the API"
  "$PY" "$BENCH/seed.py" seed "$BASE" "$OUT"
  plan_figures
  if [[ -z $ADMIN_TOKEN ]]; then NO_AUTH="no token endpoint on this build: requests carry no bearer token"; fi
  cp "$OUT/body-login.txt" "$OUT/body-login19456.txt" 2>/dev/null || true
  FIGURES=("${FIGURES[@]/login/login19456}")
  warm_up
  local key
  for key in "${FIGURES[@]}"; do [[ -n $key ]] && { log "measuring $key"; measure "$key"; }; done
  RPS[login]=${RPS[login19456]:-}; P50[login]=${P50[login19456]:-}; P99[login]=${P99[login19456]:-}; ERR[login]=${ERR[login19456]:-}
  CPU[login]=${CPU[login19456]:-}

  TOKEN_BYTES=n/a
  [[ -n $ADMIN_TOKEN ]] && TOKEN_BYTES=$("$PY" "$BENCH/seed.py" token-size "$BASE" "$OUT")
  measure_import
  RSS_AFTER=$(rss_mb)
  log "RSS after the run: $RSS_AFTER MB"
  stop_service

  if [[ -n $ADMIN_TOKEN ]] && wanted login7168; then
    # the second hasher needs the service configured with it, so new hashes (and no re-hash) use it
    start_service argon2-7168 GATEHOUSE_PASSWORD_ARGON2_MEMORY_KIB=7168 GATEHOUSE_PASSWORD_ARGON2_ITERATIONS=5
    "$PY" "$BENCH/seed.py" login-users "$BASE" "$OUT" 7168
    log "  warm login7168: $(drive login7168 "${BENCH_WARMUP2_SECONDS:-150}")"
    measure login7168
    stop_service
  fi

  table | tee "$OUT/last-run.md"
  log "total $(( ($(now_ms) - began) / 1000 )) s; table in bench/out/last-run.md"
}

main "$@"
