#!/usr/bin/env bash
# Import benchmark: N synthetic stories (default 100,000) into a fresh embedded store, and, in
# the same run, the peer: the sqlite3 shell loading the same files' bytes into one table in
# one transaction (the floor for storing that much text in SQLite on this machine).
# Usage: bench/import-bench.sh [N]    Needs: JDK 17+, Maven, sqlite3.
set -euo pipefail
n="${1:-100000}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${DATELINE_BENCH_DIR:-/tmp/dateline-bench}"
copy="$work/copy-$n"

# The product jar, installed so that the bench project can depend on it, then the bench jar.
(cd "$root" && mvn -q -B -DskipTests install && cd bench && mvn -q -B -DskipTests package) >/dev/null
if [ ! -d "$copy" ]; then
  java -cp "$root/bench/target/benchmarks.jar" dateline.bench.GenerateCopy "$n" "$copy"
fi
files=$(find "$copy" -name '*.txt' | wc -l)
mb=$(du -sm "$copy" | cut -f1)

rm -rf "$work/data" "$work/peer.db"
start=$(date +%s.%N)
# A rejected file makes the import exit 1; the benchmark still reports the run.
java -jar "$root/target/dateline.jar" import --data "$work/data" --date 2026-11-26 "$copy" | tail -n 1 || true
end=$(date +%s.%N)
dateline_s=$(echo "$end - $start" | bc)

start=$(date +%s.%N)
sqlite3 "$work/peer.db" "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;
  CREATE TABLE t(name TEXT PRIMARY KEY, body TEXT);
  BEGIN; INSERT INTO t SELECT name, readfile(name) FROM fsdir('$copy') WHERE name LIKE '%.txt'; COMMIT;" >/dev/null
end=$(date +%s.%N)
peer_s=$(echo "$end - $start" | bc)

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/Model name: *//p'), $(java -version 2>&1 | head -n 1)"
printf 'stories: %d files, %d MB\n' "$files" "$mb"
printf 'dateline import: %.1f s, %.0f stories/s (parse, structure, store with revisions and change log)\n' \
  "$dateline_s" "$(echo "$files / $dateline_s" | bc -l)"
printf 'peer, sqlite3 loading the same bytes: %.1f s, %.0f files/s\n' "$peer_s" "$(echo "$files / $peer_s" | bc -l)"
printf 'ratio dateline/peer time: %.1f\n' "$(echo "$dateline_s / $peer_s" | bc -l)"
