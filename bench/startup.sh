#!/usr/bin/env bash
# Measures how Tradewind starts: time from `java -jar tradewind.jar` to /health/ready, and the
# resident memory of the server process once ready and after a warm-up of requests.
# Usage: bench/startup.sh [runs]   (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=platform/platform-app/target/tradewind.jar
RUNS=${1:-3}
PORT=${PORT:-19080}
[ -f "$JAR" ] || { echo "build first: ./mvnw -DskipTests package" >&2; exit 1; }

rss_mb() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }

for run in $(seq 1 "$RUNS"); do
  work=$(mktemp -d)
  start=$(date +%s%N)
  TRADEWIND_HTTP_PORT=$PORT TRADEWIND_DATA_DIR="$work/data" WLP_JAR_EXTRACT_DIR="$work/extract" \
    TRADEWIND_LOG_FORMAT=simple java ${JAVA_OPTS:-} -jar "$JAR" > "$work/server.log" 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$PORT/health/ready" > /dev/null; do
    kill -0 $pid 2>/dev/null || { echo "server died, see $work/server.log" >&2; exit 1; }
    sleep 0.2
  done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  java_pid=$(pgrep -P $pid java || echo $pid)
  rss_ready=$(rss_mb "$java_pid")
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
  echo "run $run: ready in ${ready_ms} ms, RSS at ready ${rss_ready} MB, after 400 requests ${rss_warm} MB"
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$work"
done
