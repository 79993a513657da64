#!/usr/bin/env bash
# How long the console takes to become interactive on a first visit (cold cache, headless Chromium):
# the login page, and "my day" for a signed-in user. Starts the runnable jar on an empty H2 database
# unless BASE_URL names a running Tradewind (then it signs up a tenant there).
# Usage: bench/console-first-load.sh [runs]   (build the jar with the console first:
#   ./mvnw -B -pl platform/platform-app -am -DskipTests package; needs chromium and Node.js 20.19+)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
PORT=${PORT:-19080}
JAR=${JAR:-platform/platform-app/target/tradewind.jar}
pid=
if [ -z "${BASE_URL:-}" ]; then
  [ -f "$JAR" ] || { echo "build first: ./mvnw -B -pl platform/platform-app -am -DskipTests package" >&2; exit 1; }
  if curl -s -o /dev/null "http://localhost:$PORT/"; then echo "port $PORT is in use: PORT=… bench/console-first-load.sh" >&2; exit 1; fi
  work=$(mktemp -d)
  TRADEWIND_HTTP_PORT=$PORT TRADEWIND_DATA_DIR="$work/data" WLP_JAR_EXTRACT_DIR="$work/extract" \
    TRADEWIND_LOG_FORMAT=simple java ${JAVA_OPTS:-} -jar "$JAR" > "$work/server.log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
  BASE_URL=http://localhost:$PORT
  until curl -sf "$BASE_URL/health/ready" > /dev/null; do
    kill -0 $pid 2>/dev/null || { echo "server died, see $work/server.log" >&2; exit 1; }
    sleep 0.5
  done
  # A first request of each kind warms the server, not the browser: the browser's cache stays cold.
  curl -sf "$BASE_URL/" > /dev/null || { echo "no console at $BASE_URL/ (built with -Dconsole.skip=true?)" >&2; exit 1; }
fi
email="firstload-$RANDOM$RANDOM@bench.test"
curl -sf -X POST "$BASE_URL/api/v1/signup" -H 'Content-Type: application/json' \
  -d "{\"companyName\":\"First Load Co\",\"adminName\":\"B\",\"email\":\"$email\",\"password\":\"Secret-Passw0rd\"}" > /dev/null
session=$(curl -sf -X POST "$BASE_URL/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"Secret-Passw0rd\"}" | python3 -c '
import json, sys, time
t = json.load(sys.stdin)
print(json.dumps({"accessToken": t["accessToken"], "refreshToken": t.get("refreshToken"),
                  "expiresAt": int(time.time() * 1000) + t.get("expiresIn", 0) * 1000, "idToken": None}))')
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
node --experimental-websocket bench/console-first-load.mjs "$BASE_URL" "$RUNS" "$session" 2>&1 | grep -v ExperimentalWarning
