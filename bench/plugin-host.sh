#!/usr/bin/env bash
# Measures the plugin host's overhead per extension call (JMH): a trivial LeadScorer called
# directly, through the host's guard (bulkhead, worker-thread hand-off or inline under the watchdog,
# timeout, classloader) and through the whole host path (Extensions.scoreLead). The difference is
# the host's cost per call. Usage: bench/plugin-host.sh [extra JMH options], e.g. -bm sample -tu ns
# for percentiles on a busy machine (bench/README.md, ADR 0215)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp test-compile dependency:build-classpath -pl platform/platform-app -am \
  -Dconsole.skip=true -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
APP=platform/platform-app
java -cp "$APP/target/test-classes:$APP/target/classes:$(cat $APP/target/bench-classpath.txt)" \
  org.openjdk.jmh.Main 'io.tradewind.plugin.PluginHostBenchmark' -f 1 -wi 3 -w 2s -i 5 -r 2s "$@"
