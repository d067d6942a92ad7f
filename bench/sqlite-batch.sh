#!/usr/bin/env bash
# SQLite batch rebuild benchmark (issue 4): Retort's batchAlterTable rebuild against the same SQL
# typed into the sqlite3 CLI, on identical copies of one database file. Figures go to BENCHMARKS.md.
# Usage: bench/sqlite-batch.sh [rows,rows...] [repetitions] [sqlite3 path]
#        (defaults: 100000,1000000 5 /usr/bin/sqlite3)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o -pl bench -am package -DskipTests || ./mvnw -B -q -pl bench -am package -DskipTests
exec java -Xmx256m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -cp "$(cat bench/target/classpath.txt):bench/target/classes" \
    dev.retort.bench.SqliteBatchBenchmark "$@"
