#!/usr/bin/env bash
# Load test of one API answer's cost (issue 6): thirty 1 MB stories, and eight clients that ask,
# over and over, for /api/v1/stories?limit=30&format=dateline&before=<a made-up cursor>, each
# cursor new, so that no page cache can answer it. Measured in the same run against a peer,
# the same attack on a baseline build (default: the main branch), on the same store.
# Prints, for each build: answers, their median time and largest size, and the server's peak
# heap in use (jstat, sampled each second) and peak resident memory.
# Usage: bench/answer-limits-load.sh            (DURATION=30 seconds a build; BASELINE_REF=main;
#        REUSE=1 keeps the builds and the store of the last run)
# Needs: JDK 17+ (jstat), Maven, curl, git.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${DATELINE_BENCH_DIR:-/tmp/dateline-limits-bench}"
duration="${DURATION:-30}"
clients=8
port=18090
heap="${HEAP:--Xmx3g}"
if [ "${REUSE:-0}" = 1 ] && [ -d "$work/data" ]; then
  echo "reusing the builds and store in $work"
else
rm -rf "$work" && mkdir -p "$work/copy" "$work/baseline"
(cd "$root" && mvn -q -B -o -DskipTests package) >/dev/null
cp "$root/target/dateline.jar" "$work/dateline.jar"
git -C "$root" archive "${BASELINE_REF:-main}" | tar -x -C "$work/baseline"
(cd "$work/baseline" && mvn -q -B -o -DskipTests package) >/dev/null

# Thirty stories of just under 1 MiB (the copy limit): headline, standfirst, dateline, and
# paragraphs with a quote each, so the dateline format carries blocks and quotes.
python3 - "$work/copy" <<'PY'
import sys
for n in range(30):
    parts = [f"Long hearing number {n} ends after three days", "", "The committee heard evidence from 40 witnesses", "",
             "OSLO, March 3. /DTL/. The hearing ended on Tuesday, the committee chair said.", ""]
    i, size = 0, 0
    while True:
        p = f'"Witness {i} told the committee what they saw on the quay that night, and what they did next," Ola Berg said. ' * 10
        if size + len(p) > 1_000_000: break
        parts += [p, ""]; size += len(p) + 1; i += 1
    open(f"{sys.argv[1]}/{n:03d}.txt", "w").write("\n".join(parts))
PY
java -jar "$work/dateline.jar" import --data "$work/data" --date 2026-03-04 "$work/copy" | tail -n 1
fi

attack() { # $1: client number; asks with a new made-up cursor every time until the deadline
  local deadline=$(( $(date +%s) + duration )) i=0
  while [ "$(date +%s)" -lt "$deadline" ]; do
    cursor=$(printf '%s:%s' "$(( 4102444800000 + $1 * 100000 + i ))" "made-up-$1-$i" | base64 -w0 | tr '+/' '-_' | tr -d '=')
    curl -s -o /dev/null -w '%{http_code} %{size_download} %{time_total}\n' \
      "http://127.0.0.1:$port/api/v1/stories?limit=30&format=dateline&before=$cursor" || echo "000 0 0"
    i=$((i + 1))
  done
}

measure() { # $1: label, $2: jar, then options of serve
  local label=$1 jar=$2; shift 2
  java $heap -jar "$jar" serve --data "$work/data" --port "$port" "$@" >"$work/$label.log" 2>&1 &
  local pid=$! peak_heap=0 peak_rss=0
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 1; done
  for c in $(seq 1 $clients); do attack "$c" >"$work/$label.$c.txt" & done
  while [ -n "$(jobs -p | grep -v "^$pid$" || true)" ] && kill -0 "$pid" 2>/dev/null; do
    used=$(jstat -gc "$pid" 2>/dev/null | awk 'NR==2 {printf "%d", ($3+$4+$6+$8)/1024}') || used=0
    rss=$(awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$pid/status" 2>/dev/null) || rss=0
    [ "${used:-0}" -gt "$peak_heap" ] && peak_heap=$used
    [ "${rss:-0}" -gt "$peak_rss" ] && peak_rss=$rss
    sleep 1
    [ "$(jobs -rp | wc -l)" -le 1 ] && break
  done
  wait $(jobs -p | grep -v "^$pid$") 2>/dev/null || true
  kill "$pid" 2>/dev/null || echo "$label: the server had stopped (see $work/$label.log)"
  wait "$pid" 2>/dev/null || true
  cat "$work/$label".*.txt >"$work/$label.all"
  awk -v label="$label" -v heap="$peak_heap" -v rss="$peak_rss" '
    { n++; if ($1 == "200") ok++; if ($2 > max) max = $2; t[n] = $3 }
    END { asort(t); printf "%-9s answers %d (200: %d), median %.2f s, largest %.1f MB; peak heap in use %d MB, peak RSS %d MB\n",
          label, n, ok, t[int((n + 1) / 2)], max / 1048576, heap, rss }' "$work/$label.all"
}

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/Model name: *//p'), $(java -version 2>&1 | head -n 1), JVM $heap"
echo "attack: $clients clients x ${duration}s, /api/v1/stories?limit=30&format=dateline&before=<new made-up cursor each time>"
measure baseline "$work/baseline/target/dateline.jar"
measure harden "$work/dateline.jar" --listen 127.0.0.1
