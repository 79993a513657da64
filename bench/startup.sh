#!/usr/bin/env bash
# Measures how Tradewind starts: time from `java -jar tradewind.jar` to /health/ready, and the
# resident memory of the server process once ready and after a warm-up of requests.
# Usage: bench/startup.sh [runs]   (build first: ./mvnw -DskipTests package)
#   RESTART=1   after each run, stop the server and start it again on the same data directory (what operators
#               do far more often than a first start: the schema is migrated, the operator and the bundled
#               plugins exist). The runnable jar extracts itself afresh on every start, as it does by default.
#   JAR=path    another runnable jar (e.g. a copy of main's, to compare builds at the same moment)
# Every line also gives the server JVM's CPU time until ready: on a shared machine that is the figure to
# compare between builds, wall time mostly measures the queue for the cores.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-platform/platform-app/target/tradewind.jar}
RESTART=${RESTART:-0}
RUNS=${1:-3}
PORT=${PORT:-19080}
[ -f "$JAR" ] || { echo "build first: ./mvnw -DskipTests package" >&2; exit 1; }

rss_mb() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }
# user + system CPU seconds of a process (fields 14 and 15 of /proc/PID/stat, in clock ticks)
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$1/stat"; }

# Starts the jar on $work/data with a fresh extract directory; sets pid, java_pid, ready_ms, rss_ready, cpu_ready.
start_server() {
  local extract
  extract="$work/extract-$(date +%s%N)"
  start=$(date +%s%N)
  TRADEWIND_HTTP_PORT=$PORT TRADEWIND_DATA_DIR="$work/data" WLP_JAR_EXTRACT_DIR="$extract" \
    TRADEWIND_LOG_FORMAT=simple java ${JAVA_OPTS:-} -jar "$JAR" > "$work/server-$1.log" 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$PORT/health/ready" > /dev/null; do
    kill -0 $pid 2>/dev/null || { echo "server died, see $work/server-$1.log" >&2; exit 1; }
    sleep 0.2
  done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  # The runnable jar's launcher starts the server in a JVM of its own (with jvm.options)
  java_pid=$(pgrep -P $pid java || echo $pid)
  rss_ready=$(rss_mb "$java_pid")
  cpu_ready=$(cpu_s "$java_pid")
}

stop_server() {
  kill $pid; wait $pid 2>/dev/null || true
  # the server JVM stops on its own (it frees the port for a restart); after a minute it is killed
  for _ in $(seq 1 300); do kill -0 "$java_pid" 2>/dev/null || return 0; sleep 0.2; done
  kill -9 "$java_pid" 2>/dev/null || true
}

for run in $(seq 1 "$RUNS"); do
  work=$(mktemp -d)
  start_server first
  email="bench$run-$RANDOM@bench.test"
  curl -sf -X POST "http://localhost:$PORT/api/v1/signup" -H 'Content-Type: application/json' \
    -d "{\"companyName\":\"Bench Co\",\"adminName\":\"B\",\"email\":\"$email\",\"password\":\"Secret-Passw0rd\"}" > /dev/null
  token=$(curl -sf -X POST "http://localhost:$PORT/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"Secret-Passw0rd\"}" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
  for i in $(seq 1 200); do
    curl -sf "http://localhost:$PORT/api/v1/me" -H "Authorization: Bearer $token" > /dev/null
    curl -sf "http://localhost:$PORT/api/v1/users" -H "Authorization: Bearer $token" > /dev/null
  done
  sleep 2
  rss_warm=$(rss_mb "$java_pid")
  echo "run $run: ready in ${ready_ms} ms, RSS at ready ${rss_ready} MB, after 400 requests ${rss_warm} MB, server CPU to ready ${cpu_ready} s"
  stop_server
  if [ "$RESTART" = 1 ]; then
    start_server restart
    echo "run $run restart: ready in ${ready_ms} ms, RSS at ready ${rss_ready} MB, server CPU to ready ${cpu_ready} s"
    stop_server
  fi
  rm -rf "$work"
done
