#!/usr/bin/env bash
# Load benchmark of the All news page: wrk on loopback at 64 connections against Dateline
# serving a store of imported stories, and, in the same run, against nginx serving the same
# page's bytes as a static file (the practical limit on this machine).
# Usage: bench/allnews-load.sh [DATA_DIR]   (default: the store bench/import-bench.sh left)
# Needs: JDK 17+, Maven, wrk, nginx (Debian: apt-get install wrk nginx).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${DATELINE_BENCH_DIR:-/tmp/dateline-bench}"
data="${1:-$work/data}"
duration="${DURATION:-20s}"
app_port=18080
nginx_port=18081
mkdir -p "$work"
[ -d "$data" ] || { echo "no store at $data: run bench/import-bench.sh first" >&2; exit 1; }
(cd "$root" && mvn -q -B -DskipTests package) >/dev/null

java -jar "$root/target/dateline.jar" serve --data "$data" --port "$app_port" >"$work/serve.log" 2>&1 &
app_pid=$!
mkdir -p "$work/nginx/html" "$work/nginx/logs"
cleanup() { kill "$app_pid" 2>/dev/null || true; nginx -p "$work/nginx" -c nginx.conf -s stop 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$app_port/healthz" >/dev/null && break; sleep 1; done

curl -sf "http://127.0.0.1:$app_port/" -o "$work/nginx/html/index.html"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/nginx/html;
    location / { default_type "text/html; charset=utf-8"; }
  }
}
CONF
nginx -p "$work/nginx" -c nginx.conf

# Warm the JVM up (JIT) before measuring; nginx needs none.
wrk -t2 -c64 -d10s "http://127.0.0.1:$app_port/" >/dev/null
run() { wrk -t2 -c64 -d"$duration" --latency "$1"; }
nginx_out="$(run "http://127.0.0.1:$nginx_port/index.html")"
app_out="$(run "http://127.0.0.1:$app_port/")"

rps() { awk '/Requests\/sec/ {print $2}' <<<"$1"; }
p99() { awk '$1 == "99%" {print $2}' <<<"$1"; }
stories=$(curl -s "http://127.0.0.1:$app_port/healthz")
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/Model name: *//p'), $(java -version 2>&1 | head -n 1), $(nginx -v 2>&1)"
echo "store: $data ($stories); page: $(wc -c <"$work/nginx/html/index.html") bytes; wrk -t2 -c64 -d$duration"
echo "nginx static:       $(rps "$nginx_out") requests/s, p99 $(p99 "$nginx_out")"
echo "dateline All news:  $(rps "$app_out") requests/s, p99 $(p99 "$app_out")"
echo "ratio dateline/nginx: $(echo "$(rps "$app_out") / $(rps "$nginx_out")" | bc -l | cut -c1-5)"
