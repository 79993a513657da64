#!/usr/bin/env bash
# Load test of the pipeline's main calls (customer page 1 of size 20 — pages count from 1 —, get, create; opportunity kanban) at 32
# concurrent workers against one tenant, first among few tenants, then after many tenants and their
# rows were added, to show whether latency grows with the number of tenants.
#
# Usage: bench/pipeline-load.sh [tenants] [customers] [opportunities]   (build first, see README.md)
#   tenants/customers/opportunities   the bulk rows added before the second run (default 1000 / 1,000,000 / 1,000,000)
#   FOCUS_ROWS=10000   customers and opportunities of the measured tenant (inserted before the first run)
#   SECONDS_PER_CALL=20 WORKERS=32 WARMUP=5   (seconds of discarded requests before each call's measurement)
#   DB_URL=jdbc:mysql://127.0.0.1:3306/tw_bench_load?...&rewriteBatchedStatements=true   MariaDB/MySQL
#                      (the database must exist and be empty); default: H2 in a temporary directory,
#                      opened with AUTO_SERVER=TRUE so that the generator can write while the server runs
#   DB_USER / DB_PASSWORD   for DB_URL (default root / empty)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-platform/platform-app/target/tradewind.jar}
TENANTS=${1:-1000}
CUSTOMERS=${2:-1000000}
OPPORTUNITIES=${3:-1000000}
FOCUS_ROWS=${FOCUS_ROWS:-10000}
SECONDS_PER_CALL=${SECONDS_PER_CALL:-20}
WORKERS=${WORKERS:-32}
WARMUP=${WARMUP:-5}
HEAP=${HEAP:-1g}
PORT=${PORT:-19281}
BASE="http://localhost:$PORT/api/v1"
[ -f "$JAR" ] || { echo "build first: ./mvnw -DskipTests package" >&2; exit 1; }

work=$(mktemp -d)
m2=${M2:-$HOME/.m2/repository}
if [ -n "${DB_URL:-}" ]; then
  url=$DB_URL
  driver=$(ls "$m2"/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar | tail -1)
else
  url="jdbc:h2:file:$work/data/db/tradewind;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;AUTO_SERVER=TRUE"
  h2_version=$(sed -n 's:.*<h2.version>\(.*\)</h2.version>.*:\1:p' pom.xml)
  driver="$m2/com/h2database/h2/$h2_version/h2-$h2_version.jar"
fi
user=${DB_USER:-root}
password=${DB_PASSWORD:-}

TRADEWIND_DB_URL="$url" TRADEWIND_DB_USER="$user" TRADEWIND_DB_PASSWORD="$password" \
  TRADEWIND_HTTP_PORT=$PORT TRADEWIND_DATA_DIR="$work/data" WLP_JAR_EXTRACT_DIR="$work/extract" \
  TRADEWIND_LOG_FORMAT=simple TRADEWIND_OPERATOR_PASSWORD=Bench-Passw0rd \
  JAVA_TOOL_OPTIONS="-Xmx$HEAP ${JAVA_OPTS:-}" java -jar "$JAR" > "$work/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf "http://localhost:$PORT/health/ready" > /dev/null; do
  kill -0 $pid 2>/dev/null || { echo "server died, see $work/server.log" >&2; tail -20 "$work/server.log"; exit 1; }
  sleep 0.5
done

load() { java -Xmx256m bench/PipelineLoad.java "$BASE" "$email" Secret-Passw0rd workers=$WORKERS seconds=$SECONDS_PER_CALL warmup=$WARMUP "label=$1"; }
data() { JAVA_TOOL_OPTIONS= java -Xmx512m -cp "$driver" bench/PipelineData.java "$url" "$user" "$password" "$@"; }

# the measured tenant and one more, both through the product's signup (admin user, roles, stages)
email="pipeline-$RANDOM$RANDOM@bench.test"
for e in "$email" "other-$RANDOM$RANDOM@bench.test"; do
  curl -sf -X POST "$BASE/signup" -H 'Content-Type: application/json' \
    -d "{\"companyName\":\"管道基准 Bench $RANDOM\",\"adminName\":\"B\",\"email\":\"$e\",\"password\":\"Secret-Passw0rd\"}" > /dev/null
  token=$(curl -sf -X POST "$BASE/auth/token" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$e\",\"password\":\"Secret-Passw0rd\"}" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
  # a tenant's default stages are created on first use
  curl -sf "$BASE/opportunities/kanban" -H "Authorization: Bearer $token" > /dev/null
done
echo "== $FOCUS_ROWS customers and opportunities into the measured tenant (load average $(cut -d' ' -f1-3 /proc/loadavg))"
data into="$email" customers="$FOCUS_ROWS" opportunities="$FOCUS_ROWS"
echo "== run 1: 3 tenants in the database (platform + 2), load average $(cut -d' ' -f1-3 /proc/loadavg)"
load "few tenants:"

# the customers run 1 created would make the measured tenant bigger in run 2
data purge-load="$email"
echo "== adding $TENANTS tenants, $CUSTOMERS customers, $OPPORTUNITIES opportunities"
data tenants="$TENANTS" customers="$CUSTOMERS" opportunities="$OPPORTUNITIES"
echo "== run 2: $((TENANTS + 3)) tenants, load average $(cut -d' ' -f1-3 /proc/loadavg)"
load "many tenants:"
echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
