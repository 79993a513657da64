#!/bin/sh
# Starts or stops the Keycloak used by the Keycloak-mode integration tests.
#   keycloak.sh start DIST_DIR HTTP_PORT MANAGEMENT_PORT REALM_JSON   (returns when /health/ready is UP)
#   keycloak.sh stop DIST_DIR
# The start options never change between runs: a changed build option costs Keycloak a rebuild.
set -eu
command=$1
dist=$2
pidfile="$dist/../keycloak.pid"
log="$dist/../keycloak.log"

case "$command" in
start)
  port=$3
  management=$4
  realm=$5
  mkdir -p "$dist/data/import"
  cp "$realm" "$dist/data/import/tradewind-realm.json"
  started=$(date +%s)
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
  JAVA_OPTS_APPEND="-XX:TieredStopAtLevel=1" \
    setsid nohup "$dist/bin/kc.sh" start-dev --http-port="$port" --http-management-port="$management" \
      --health-enabled=true --import-realm --db=dev-mem --hostname="http://localhost:$port" \
      >"$log" 2>&1 </dev/null &
  echo $! >"$pidfile"
  while ! curl -sf "http://localhost:$management/health/ready" >/dev/null 2>&1; do
    if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      echo "Keycloak stopped while starting; see $log" >&2
      tail -n 40 "$log" >&2
      exit 1
    fi
    if [ $(($(date +%s) - started)) -gt 300 ]; then
      echo "Keycloak not ready after 300 s; see $log" >&2
      exit 1
    fi
    sleep 1
  done
  echo "Keycloak ready on port $port in $(($(date +%s) - started)) s (log: $log)"
  ;;
stop)
  if [ -f "$pidfile" ]; then
    pid=$(cat "$pidfile")
    # setsid made Keycloak the leader of its own process group: end the group (kc.sh and its JVM).
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
    rm -f "$pidfile"
    echo "Keycloak stopped"
  fi
  ;;
esac
