#!/usr/bin/env bash
# Measures the plugin host's overhead per extension call (JMH): a trivial LeadScorer called
# directly and through the host's guard (bulkhead, worker-thread hand-off, timeout, classloader).
# The difference is the host's cost per call. Usage: bench/plugin-host.sh [extra JMH options]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp test-compile dependency:build-classpath -pl platform/platform-app -am \
  -Dconsole.skip=true -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
APP=platform/platform-app
java -cp "$APP/target/test-classes:$APP/target/classes:$(cat $APP/target/bench-classpath.txt)" \
  org.openjdk.jmh.Main 'io.tradewind.plugin.PluginHostBenchmark' -f 1 -wi 3 -w 2s -i 5 -r 2s "$@"
