#!/usr/bin/env bash
# Load test of the pipeline's main calls (customer page 1 of size 20 — pages count from 1 —, get, create; opportunity kanban) at 32
# concurrent workers against one tenant, in a database with few tenants and in a copy of it with many
# tenants and their rows added, to show whether latency grows with the number of tenants.
#
# Usage: bench/pipeline-load.sh [tenants] [customers] [opportunities]   (build first, see README.md)
#   tenants/customers/opportunities   the bulk rows of the "many" database (default 1000 / 1,000,000 / 1,000,000)
#   STEP=all       prepare, then measure, in a temporary directory (default)
#   STEP=prepare DATA=dir   only build the two databases (kept in / named after dir, see below)
#   STEP=measure DATA=dir   only measure the prepared databases (again and again, e.g. on a quieter machine)
#   ORDER="few many"   the order of the measurements ("many few" to see whether drift of the machine explains a
#                      difference; "few" alone measures only the few-tenant database and starts only its server)
#   FOCUS_ROWS=10000   customers and opportunities of the measured tenant
#   SECONDS_PER_CALL=20 WORKERS=32 WARMUP=5   (seconds of discarded requests before each call's measurement)
#   CALLS=page,get,create,kanban   the calls to measure
#   PREWARM=0      seconds of all calls at once before the first call's warm-up (a fresh server's JIT; 30-60 helps)
#   RATE=0         open loop: the measured requests sent at RATE per second over the workers (or per call:
#                  RATE=page:1200,get:2500,create:900,kanban:600), latency from each
#                  one's scheduled time (0: closed loop, the figures to compare; see PipelineLoad)
#   DB_URL=jdbc:mysql://127.0.0.1:3306/tw_bench_load?...&rewriteBatchedStatements=true   MariaDB/MySQL: the
#                      "few" database (must exist and be empty for prepare); the "many" one is the same
#                      name with _many appended, created by prepare (mysql and mysqldump on the PATH).
#                      Default: H2 files in DATA/few and DATA/many
#   DB_USER / DB_PASSWORD   for DB_URL (default root / empty)
#
# prepare: the jar starts on the empty "few" database (Flyway creates the schema), two tenants sign up,
# FOCUS_ROWS go into the first (the measured one); the server stops, the database is copied to "many",
# and PipelineData adds the bulk tenants and rows to the copy. So both hold the same measured tenant
# (same ids, same rows). measure: delete the customers an earlier measurement created, start a jar on
# each database of ORDER (ports PORT and PORT+1), run PipelineLoad against one, then the other, stop the jars.
# PipelineLoad also prints the server JVM's CPU time per request (and its own): on a shared machine that
# is the figure to compare between builds, latency mostly measures the queue for the cores.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-platform/platform-app/target/tradewind.jar}
TENANTS=${1:-1000}
CUSTOMERS=${2:-1000000}
OPPORTUNITIES=${3:-1000000}
STEP=${STEP:-all}
ORDER=${ORDER:-few many}
FOCUS_ROWS=${FOCUS_ROWS:-10000}
SECONDS_PER_CALL=${SECONDS_PER_CALL:-20}
WORKERS=${WORKERS:-32}
WARMUP=${WARMUP:-5}
CALLS=${CALLS:-page,get,create,kanban}
PREWARM=${PREWARM:-0}
RATE=${RATE:-0}
HEAP=${HEAP:-1g}
PORT=${PORT:-19281}
BASE="http://localhost:$PORT/api/v1"
[ -f "$JAR" ] || { echo "build first: ./mvnw -DskipTests package" >&2; exit 1; }

if [ "$STEP" = all ]; then
  DATA=$(mktemp -d)
  trap 'rm -rf "$DATA"' EXIT
else
  [ -n "${DATA:-}" ] || { echo "STEP=$STEP needs DATA=dir" >&2; exit 2; }
  mkdir -p "$DATA"
  DATA=$(cd "$DATA" && pwd)
fi
m2=${M2:-$HOME/.m2/repository}
user=${DB_USER:-root}
password=${DB_PASSWORD:-}
if [ -n "${DB_URL:-}" ]; then
  driver=$(ls "$m2"/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar | tail -1)
  few_db=$(sed 's|^jdbc:[a-z]*://[^/]*/\([^?]*\).*|\1|' <<< "$DB_URL")
  host=$(sed 's|^jdbc:[a-z]*://\([^:/]*\).*|\1|' <<< "$DB_URL")
  port=$(sed -n 's|^jdbc:[a-z]*://[^:/]*:\([0-9]*\)/.*|\1|p' <<< "$DB_URL")
  mysql_args=(-h "$host" -P "${port:-3306}" -u "$user")
  [ -z "$password" ] || mysql_args+=("-p$password")
else
  h2_version=$(sed -n 's:.*<h2.version>\(.*\)</h2.version>.*:\1:p' pom.xml)
  driver="$m2/com/h2database/h2/$h2_version/h2-$h2_version.jar"
fi

# the JDBC URL of the database "few" or "many"
url() {
  if [ -n "${DB_URL:-}" ]; then
    [ "$1" = few ] && echo "$DB_URL" || sed "s|/$few_db?|/${few_db}_many?|; s|/$few_db\$|/${few_db}_many|" <<< "$DB_URL"
  else
    echo "jdbc:h2:file:$DATA/$1/data/db/tradewind;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;AUTO_SERVER=TRUE"
  fi
}
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

pids=()
trap 'stop_servers; [ "$STEP" != all ] || rm -rf "$DATA"' EXIT
start_server() { # few|many port
  mkdir -p "$DATA/$1/data"
  rm -rf "$DATA/$1/extract" # the jar extracts itself only into a new directory
  TRADEWIND_DB_URL="$(url "$1")" TRADEWIND_DB_USER="$user" TRADEWIND_DB_PASSWORD="$password" \
    TRADEWIND_HTTP_PORT=$2 TRADEWIND_DATA_DIR="$DATA/$1/data" WLP_JAR_EXTRACT_DIR="$DATA/$1/extract" \
    TRADEWIND_LOG_FORMAT=simple TRADEWIND_OPERATOR_PASSWORD=Bench-Passw0rd \
    JAVA_TOOL_OPTIONS="-Xmx$HEAP ${JAVA_OPTS:-}" java -jar "$JAR" > "$DATA/$1/server.log" 2>&1 &
  pids+=($!)
}
await_server() { # few|many port
  until curl -sf "http://localhost:$2/health/ready" > /dev/null; do
    for p in "${pids[@]}"; do
      kill -0 "$p" 2>/dev/null || { echo "server died, see $DATA/$1/server.log" >&2; tail -20 "$DATA/$1/server.log"; exit 1; }
    done
    sleep 0.5
  done
}
stop_servers() {
  for p in "${pids[@]}"; do
    kill "$p" 2>/dev/null || true
    wait "$p" 2>/dev/null || true
  done
  pids=()
}

data() { # few|many key=value...
  local db=$1; shift
  JAVA_TOOL_OPTIONS= java -Xmx512m -cp "$driver" bench/PipelineData.java "$(url "$db")" "$user" "$password" "$@"
}

prepare() {
  start_server few "$PORT"
  await_server few "$PORT"
  # the measured tenant and one more, both through the product's signup (admin user, roles, stages)
  email="pipeline-$RANDOM$RANDOM@bench.test"
  echo "$email" > "$DATA/email"
  echo "$TENANTS" > "$DATA/tenants"
  for e in "$email" "other-$RANDOM$RANDOM@bench.test"; do
    curl -sf -X POST "$BASE/signup" -H 'Content-Type: application/json' \
      -d "{\"companyName\":\"管道基准 Bench $RANDOM\",\"adminName\":\"B\",\"email\":\"$e\",\"password\":\"Secret-Passw0rd\"}" > /dev/null
    token=$(curl -sf -X POST "$BASE/auth/token" -H 'Content-Type: application/json' \
      -d "{\"email\":\"$e\",\"password\":\"Secret-Passw0rd\"}" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
    # a tenant's default stages are created on first use
    curl -sf "$BASE/opportunities/kanban" -H "Authorization: Bearer $token" > /dev/null
  done
  echo "== $FOCUS_ROWS customers and opportunities into the measured tenant (load average $(loadavg))"
  data few into="$email" customers="$FOCUS_ROWS" opportunities="$FOCUS_ROWS"
  stop_servers
  echo "== copying the database (3 tenants) to the one that gets $TENANTS more"
  if [ -n "${DB_URL:-}" ]; then
    mysql "${mysql_args[@]}" -e "DROP DATABASE IF EXISTS ${few_db}_many; CREATE DATABASE ${few_db}_many CHARACTER SET utf8mb4"
    mysqldump "${mysql_args[@]}" --single-transaction "$few_db" | mysql "${mysql_args[@]}" "${few_db}_many"
  else
    rm -rf "$DATA/many" && mkdir -p "$DATA/many" && cp -a "$DATA/few/data" "$DATA/many/data"
  fi
  echo "== adding $TENANTS tenants, $CUSTOMERS customers, $OPPORTUNITIES opportunities (load average $(loadavg))"
  data many tenants="$TENANTS" customers="$CUSTOMERS" opportunities="$OPPORTUNITIES"
  echo "load average after generating $(loadavg)"
}

port_of() { [ "$1" = few ] && echo "$PORT" || echo $((PORT + 1)); }

measure() {
  email=$(cat "$DATA/email")
  # the servers of ORDER start together (the one not measured idles), which saves a start on a busy machine
  for db in $ORDER; do
    # the customers an earlier measurement created would make the tenant bigger
    data $db purge-load="$email"
  done
  for db in $ORDER; do
    start_server $db "$(port_of $db)"
  done
  for db in $ORDER; do
    await_server $db "$(port_of $db)"
  done
  for db in $ORDER; do
    local tenants=3 port
    port=$(port_of $db)
    [ $db = few ] || tenants=$(($(cat "$DATA/tenants") + 3))
    # the server's JVM is a child of the launcher (java -jar extracts Liberty and runs it): its CPU time per request
    local pid
    pid=$(pgrep -f -- "-javaagent:$DATA/$db/extract/wlp/bin/tools/ws-javaagent.jar" | head -1 || true)
    echo "== $db: $tenants tenants, load average $(loadavg)"
    java -Xmx256m bench/PipelineLoad.java "http://localhost:$port/api/v1" "$email" Secret-Passw0rd workers=$WORKERS \
      seconds=$SECONDS_PER_CALL warmup=$WARMUP "label=$tenants tenants:" server-pid=${pid:-0} calls=$CALLS prewarm=$PREWARM rate=$RATE
    echo "load average at the end $(loadavg)"
  done
  stop_servers
}

case $STEP in
  all) prepare; measure ;;
  prepare) prepare ;;
  measure) measure ;;
  *) echo "STEP must be all, prepare or measure" >&2; exit 2 ;;
esac
