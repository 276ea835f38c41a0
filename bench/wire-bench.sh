#!/usr/bin/env bash
# The wire's benchmarks (BENCHMARKS.md, "The wire"):
#  1. SSE publish-to-client latency with CLIENTS (default 2000) connected streams, a publish every
#     GAPS_MS (default: 200, then 50) ms, p50/p99, and
#     memory per connection, for Dateline's stream hub and, in the same run, a plain Jetty 12
#     servlet doing the same fan-out (bench/wire/.../SseBenchServer.java).
#  2. A client catching up on CHANGES (default 100000) changes through the pull API, beside a
#     JDBC read of the same rows (bench/wire/.../PullBench.java).
# Usage: bench/wire-bench.sh [sse|pull|all]   Needs: JDK 17+, Maven. Leaves nothing running.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${DATELINE_BENCH_DIR:-/tmp/dateline-wire-bench}"
clients="${CLIENTS:-2000}"
events="${EVENTS:-200}"
gaps="${GAPS_MS:-200 50}"
changes="${CHANGES:-100000}"
what="${1:-all}"
mkdir -p "$work"
(cd "$root" && mvn -q -B -o -DskipTests package 2>/dev/null || mvn -q -B -DskipTests package) >/dev/null
jar="$root/target/dateline.jar"
classes="$work/classes"
rm -rf "$classes" && mkdir -p "$classes"
javac -q -cp "$jar" -d "$classes" $(find "$root/bench/wire" -name '*.java') 2>/dev/null || javac -cp "$jar" -d "$classes" $(find "$root/bench/wire" -name '*.java')
cp="$classes:$jar"
java -version 2>&1 | head -n 1
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/Model name: *//p'), load $(cut -d' ' -f1-3 /proc/loadavg)"

server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; }
trap cleanup EXIT

sse() {
  local kind="$1" port="$2"
  rm -rf "$work/sse-data"
  java -Xmx1g -cp "$cp" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn dateline.bench.wire.SseBenchServer "$kind" "$port" "$work/sse-data" \
    >"$work/server-$kind.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 120); do grep -q '^ready' "$work/server-$kind.log" 2>/dev/null && break; sleep 0.5; done
  java -Xmx512m -cp "$cp" dateline.bench.wire.SseBenchClient "$kind" "$port" "$clients" "$events" "$3"
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
}

if [ "$what" = sse ] || [ "$what" = all ]; then
  ulimit -n 65536 2>/dev/null || true
  for gap in $gaps; do
    echo "--- $clients streams, one publish every $gap ms"
    sse jetty 18180 "$gap"
    sse dateline 18190 "$gap"
  done
fi
if [ "$what" = pull ] || [ "$what" = all ]; then
  java -Xmx1g -cp "$cp" dateline.bench.wire.PullBench "$work/pull-data" "$changes" 2>"$work/pull.log"
fi
