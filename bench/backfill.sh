#!/usr/bin/env bash
# Runs the backfill benchmark of BENCHMARKS.md ("Data migrations: backfill"), building first.
#   bench/backfill.sh [--rows N] [--transform-rows N] [--offset-rows N] [--batch-sizes 10000,1000]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./mvnw -q -B -o -DskipTests -Dspotless.check.skip=true package >&2 \
  || ./mvnw -q -B -DskipTests -Dspotless.check.skip=true package >&2
exec java -cp "$root/bench/target/classes:$(cat "$root/bench/target/classpath.txt")" \
  dev.retort.bench.BackfillBenchmark "$@"
