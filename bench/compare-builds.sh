#!/usr/bin/env bash
# Interleaved before/after measurement of `upgrade heads` over 1,000 revisions on SQLite: the raw
# JDBC floor, an older build's .java run, this checkout's .java run and its .sql run, one after the
# other in every round, each on a fresh database file, class caches warm. Prints each run's median
# and the median of its round-by-round ratio to the floor (see BENCHMARKS.md, issue 3).
#   bench/compare-builds.sh REV [ROUNDS] [REVISIONS]     e.g. bench/compare-builds.sh 706961a 9
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rev="${1:?usage: bench/compare-builds.sh REV [ROUNDS] [REVISIONS]}"
rounds="${2:-9}"
count="${3:-1000}"
work="$(mktemp -d "${TMPDIR:-/tmp}/retort-compare.XXXXXX")"
trap 'rm -rf "$work"' EXIT

"$root/bench/run.sh" generate "$work/java" "$count" --tables >/dev/null 2>&1
"$root/bench/run.sh" generate "$work/sql" "$count" --tables --sql >/dev/null 2>&1
echo "building $rev in $work/old..." >&2
git -C "$root" worktree add -q --detach "$work/old" "$rev"
trap 'git -C "$root" worktree remove --force "$work/old"; rm -rf "$work"' EXIT
(cd "$work/old" && ./mvnw -q -B -o -DskipTests -Dspotless.check.skip=true package -pl retort-cli -am >&2)

cp="$root/bench/target/classes:$(cat "$root/bench/target/classpath.txt")"
export XDG_CACHE_HOME="$work/cache"
seconds() { # wall time of a command, output discarded
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}
upgrade() { rm -f "$work/db"; seconds "$1/retort" -d "$2" --url "jdbc:sqlite:$work/db" upgrade heads; }
floor() {
  rm -f "$work/db"
  seconds java -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -Xshare:auto -cp "$cp" dev.retort.bench.RawDdl \
    "jdbc:sqlite:$work/db" "$count"
}

upgrade "$work/old" "$work/java" >/dev/null # warm-up: class caches, archives, native library
upgrade "$root" "$work/java" >/dev/null
for round in $(seq 1 "$rounds"); do
  echo "$(floor) $(upgrade "$work/old" "$work/java") $(upgrade "$root" "$work/java") $(upgrade "$root" "$work/sql")"
  echo "round $round of $rounds done" >&2
done | awk -v rev="$rev" '
  function median(a, n,   i, j, t) {
    for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j-1] > a[j]; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t }
    return n % 2 ? a[(n+1)/2] : (a[n/2] + a[n/2+1]) / 2
  }
  { n++; for (c = 1; c <= 4; c++) { ms[c, n] = $c; r[c, n] = $c / $1 } }
  END {
    split("raw JDBC floor|" rev " .java|this checkout .java|this checkout .sql", name, "|")
    printf "| run | median s | per round / floor, median |\n|---|---:|---:|\n"
    for (c = 1; c <= 4; c++) {
      for (i = 1; i <= n; i++) { x[i] = ms[c, i]; y[i] = r[c, i] }
      printf "| %s | %.3f | %.2fx |\n", name[c], median(x, n) / 1000, median(y, n)
    }
  }'
