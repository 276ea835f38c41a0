#!/usr/bin/env bash
# Search benchmark: N generated stories (default 1,000,000) filed into a fresh embedded store
# and the same rows into PostgreSQL full-text search (the peer, in its own schema); the index
# rebuilt from the store as `dateline reindex` does; then the site started in a JVM with -Xmx1g
# and one-word, two-word, phrase, person-filtered and date-range searches (with facets and
# highlights) timed inside the process, over HTTP, and on PostgreSQL, with the top-10 overlap.
# Usage: bench/search-bench.sh [N] [PG_JDBC_URL or none]   Needs: JDK 17+, Maven, ../shared/corpus, PostgreSQL.
# REUSE=true keeps the stories of the last run with the same N (skips generating and filing), so
# two builds can be compared on the same archive back to back. The product's own jar comes first
# on the class path: the benchmarks jar also holds a copy of whatever build ~/.m2 had.
set -euo pipefail
n="${1:-1000000}"
pg="${2:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres&reWriteBatchedInserts=true}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${DATELINE_BENCH_DIR:-/tmp/dateline-search-bench}"
corpus="${DATELINE_SHARED:-$root/../shared}/corpus"

(cd "$root" && mvn -q -B -DskipTests install && cd bench && mvn -q -B -DskipTests package) >/dev/null
mkdir -p "$work"
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/Model name: *//p'), $(java -version 2>&1 | head -n 1), load $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx1g -Dreuse="${REUSE:-false}" -DperKind="${PER_KIND:-300}" -DpgPerKind="${PG_PER_KIND:-40}" \
  -cp "$root/target/dateline.jar:$root/bench/target/benchmarks.jar" dateline.bench.SearchBench "$n" "$corpus" "$work" "$pg"
echo "after: load $(cut -d' ' -f1-3 /proc/loadavg)"
