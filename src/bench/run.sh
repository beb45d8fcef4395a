#!/usr/bin/env bash
# The benchmark: Gevinst against the floor of its own machine, one table of ratios (docs/performance.md).
# Builds the WAR, then starts Payara Micro several times on generated data; about ten minutes on 2 cores.
# Not part of the test suite; run it alone (it uses ports from 18080 and most of the machine).
# "src/bench/run.sh access-log" measures only what the access log costs a case handler's reads.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -DskipTests package
mvn -B -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
    "-Dexec.args=-Xmx1g -classpath %classpath no.gevinst.bench.Benchmark $*"
