#!/usr/bin/env bash
# Fills a Gevinst database with budget years of realistic data, the same for the same seed (docs/performance.md).
#   src/bench/generate-data.sh [--url JDBC_URL] [--user USER] [--password PASSWORD] [--years N] [--seed S]
# Defaults: the embedded database of the first README command (jdbc:h2:file:./data/gevinst, sa/sa; stop the
# application first), 10 years, seed 1. For PostgreSQL: --url jdbc:postgresql://127.0.0.1:5432/NAME (user postgres).
set -euo pipefail
cd "$(dirname "$0")/../.."
# exec:exec, not exec:java: the classes are built for the toolchain's JDK (21 or newer), while Maven may run on 17.
mvn -B -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
    "-Dexec.args=-classpath %classpath no.gevinst.bench.ScaleData $*"
