#!/usr/bin/env bash
# Runs one benchmark by name, building what is missing first. See BENCHMARKS.md.
#   bench/run.sh graph-jmh [PATTERN] [JMH options]  JMH: build/sort 100,000 revisions, heads/history over 10,000
#   bench/run.sh graph-commands [REPS] [N]     whole process: retort heads/history on N (10,000) revisions
#   bench/run.sh migrations [REPS] [N] [DBS]   whole process: upgrade N (1,000) revisions, then current
#   bench/run.sh generate DIR N [options]      write a script directory (see ScriptGenerator)
#   bench/run.sh sqlite-batch|backfill [...]   the other sections' scripts (bench/<name>.sh)
#   bench/run.sh compare-builds REV [ROUNDS]   .java upgrades on SQLite: build REV against this one
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [ $# -lt 1 ]; then
  sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
name="$1"; shift
case "$name" in
  sqlite-batch|backfill|compare-builds) exec "$root/bench/$name.sh" "$@" ;;
esac

stamp="$root/bench/target/.built"
stale() {
  [ ! -f "$stamp" ] || [ ! -f "$root/bench/target/classpath.txt" ] || [ ! -f "$root/retort-cli/target/retort.jar" ] \
    && return 0
  [ -n "$(find "$root/pom.xml" "$root"/*/pom.xml "$root"/*/src/main -newer "$stamp" -print -quit 2>/dev/null)" ]
}
if stale; then
  echo "bench: building (./mvnw -q -DskipTests package)..." >&2
  ./mvnw -q -B -o -DskipTests -Dspotless.check.skip=true package >&2 \
    || ./mvnw -q -B -DskipTests -Dspotless.check.skip=true package >&2
  touch "$stamp"
fi

cp="$root/bench/target/classes:$(cat "$root/bench/target/classpath.txt")"
run() { exec java -Dretort.root="$root" -cp "$cp" "$@"; }
case "$name" in
  graph-jmh)
    # JMH's arguments; without a benchmark pattern, all of GraphBenchmark
    pattern=GraphBenchmark
    for arg in "$@"; do case "$arg" in GraphBenchmark*) pattern="" ;; esac; done
    # other checkouts may run JMH on this machine too; each run holds its own results
    run -Djmh.ignoreLock=true org.openjdk.jmh.Main $pattern "$@" ;;
  graph-commands) run dev.retort.bench.GraphCommandsBenchmark "$@" ;;
  migrations) run dev.retort.bench.MigrationBenchmark "$@" ;;
  generate) run dev.retort.bench.ScriptGenerator "$@" ;;
  *) echo "error: unknown benchmark '$name' (graph-jmh, graph-commands, migrations, generate, sqlite-batch, backfill, compare-builds)" >&2
     exit 2 ;;
esac
