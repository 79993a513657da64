#!/usr/bin/env bash
# Imports a generated 100,000-row XLSX (and CSV) file of leads into a Tradewind started here from
# the runnable jar, and reports the time to import and the server's peak heap and resident memory.
#
# Usage: bench/lead-import.sh [rows]        (build first: ./mvnw -DskipTests package)
#   HEAP=512m       the server's -Xmx (JAVA_TOOL_OPTIONS, so that the server JVM the jar launches gets it
#                   too): a small heap proves the import streams
#   FORMATS="xlsx csv"
#   DB_URL=jdbc:mysql://127.0.0.1:3306/tw_bench?...&rewriteBatchedStatements=true  run on MySQL/MariaDB
#                   (the database must exist; the URL parameter makes JDBC batches multi-row inserts);
#                   default: an embedded H2 database in a temporary directory
#   DB_USER / DB_PASSWORD   for DB_URL (default root / empty)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-platform/platform-app/target/tradewind.jar}
ROWS=${1:-100000}
HEAP=${HEAP:-512m}
FORMATS=${FORMATS:-xlsx csv}
PORT=${PORT:-19181}
BASE="http://localhost:$PORT/api/v1"
[ -f "$JAR" ] || { echo "build first: ./mvnw -DskipTests package" >&2; exit 1; }

work=$(mktemp -d)
data=${DATA_CACHE:-/tmp/tradewind-bench-leads}
mkdir -p "$data"
[ -f "$data/leads-$ROWS.xlsx" ] || python3 bench/lead-import-data.py "$ROWS" "$data"

env_db=()
if [ -n "${DB_URL:-}" ]; then
  env_db=(TRADEWIND_DB_URL="$DB_URL" TRADEWIND_DB_USER="${DB_USER:-root}" TRADEWIND_DB_PASSWORD="${DB_PASSWORD:-}")
fi
env "${env_db[@]}" TRADEWIND_HTTP_PORT=$PORT TRADEWIND_DATA_DIR="$work/data" WLP_JAR_EXTRACT_DIR="$work/extract" \
  TRADEWIND_LOG_FORMAT=simple TRADEWIND_OPERATOR_PASSWORD=Bench-Passw0rd \
  JAVA_TOOL_OPTIONS="-Xmx$HEAP ${JAVA_OPTS:-}" java -jar "$JAR" > "$work/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf "http://localhost:$PORT/health/ready" > /dev/null; do
  kill -0 $pid 2>/dev/null || { echo "server died, see $work/server.log" >&2; cat "$work/server.log" | tail -20; exit 1; }
  sleep 0.5
done
# the server JVM the launcher started (not a `server` script helper JVM)
java_pid=$(pgrep -o -f -- "$work/extract/wlp/bin/tools/ws-server.jar tradewind$" || true)
java_pid=${java_pid:-$(pgrep -P $pid java | head -1 || echo $pid)}

# user + system CPU time of the server JVM so far, in clock ticks: on a shared machine the wall time
# depends on the others' load, the CPU time much less
cpu_ticks() {
  awk '{ print $14 + $15 }' /proc/$java_pid/stat
}

heap_used_mb() { # young + old generation in use, from jstat (KB)
  jstat -gc "$java_pid" | awk 'NR==2 { printf "%d", ($3+$4+$6+$8)/1024 }'
}

db=${DB_URL:+MySQL/MariaDB}
echo "Tradewind on ${db:-H2}, -Xmx$HEAP, $ROWS rows; RSS at ready $(( $(ps -o rss= -p "$java_pid") / 1024 )) MB"

for format in $FORMATS; do
  # each format imports into a new tenant, so both create every row
  email="import-$format-$RANDOM$RANDOM@bench.test"
  curl -sf -X POST "$BASE/signup" -H 'Content-Type: application/json' \
    -d "{\"companyName\":\"导入基准 Bench $format $RANDOM\",\"adminName\":\"B\",\"email\":\"$email\",\"password\":\"Secret-Passw0rd\"}" > /dev/null
  token=$(curl -sf -X POST "$BASE/auth/token" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"Secret-Passw0rd\"}" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
  peak_heap=0
  cpu_start=$(cpu_ticks)
  start=$(date +%s%N)
  job=$(curl -sf -X POST "$BASE/leads/imports" -H "Authorization: Bearer $token" \
    -F "file=@$data/leads-$ROWS.$format" -F duplicates=skip | sed 's/.*"id":"\([^"]*\)".*/\1/')
  while :; do
    # the token lives 15 minutes; a slow database may need a fresh one
    state=$(curl -s "$BASE/jobs/$job" -H "Authorization: Bearer $token")
    case "$state" in *'"status":"completed"'*|*'"status":"failed"'*) break ;; esac
    case "$state" in *'"status":401'*) token=$(curl -sf -X POST "$BASE/auth/token" -H 'Content-Type: application/json' \
      -d "{\"email\":\"$email\",\"password\":\"Secret-Passw0rd\"}" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/') ;; esac
    used=$(heap_used_mb); [ "$used" -gt "$peak_heap" ] && peak_heap=$used
    sleep 1
  done
  elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  cpu_s=$(( ($(cpu_ticks) - cpu_start) / $(getconf CLK_TCK) ))
  # the job's fields in any order
  counts=$(for field in processed created merged skipped failed; do echo "$state" | grep -o "\"$field\":[0-9]*" || true; done | paste -sd,)
  case "$state" in *'"status":"failed"'*) echo "$state" >&2; grep -m3 -A12 "import.*failed\|Exception" "$work/server.log" >&2 ;; esac
  hwm=$(awk '/VmHWM/ { printf "%d", $2/1024 }' /proc/$java_pid/status)
  echo "$format: $(echo "$state" | grep -o '"status":"[a-z]*"') in $((elapsed_ms / 1000)).$(( elapsed_ms % 1000 / 100 )) s," \
    "$counts; server CPU ${cpu_s} s; load average $(cut -d' ' -f1-3 /proc/loadavg);" \
    "peak heap in use ${peak_heap} MB (sampled each second), peak RSS ${hwm} MB"
done
