#!/usr/bin/env bash
# Cached pages on a PostgreSQL store under concurrent load (issue 11: PostgreSQL within 2x of SQLite), loopback only,
# with wrk from Debian. What it shows: the per-request cost of the store version the output caches are keyed by
# (a round trip per request before LISTEN/NOTIFY, none after while no write comes).
#
#   BW_CONNECTION="Host=127.0.0.1;Port=5644;Username=postgres;Database=borderwatch" bench/pg/cached-wrk.sh [PORT] [SECONDS] [CONNECTIONS]
#
# Starts the Release web app on the PostgreSQL store of BW_CONNECTION (bench/web/web-server.sh), requests each URL
# once (the first view renders), warms it for 5 s, then runs wrk for SECONDS with CONNECTIONS connections on 2
# threads and prints wrk's latency distribution, the web server's CPU time and the PostgreSQL server's CPU time
# (all postgres processes, from /proc) during the timed run. The same on SQLite, side by side: BW_PROVIDER=Sqlite
# BW_STORE=STORE.db (copied as web-server.sh copies it; BW_REUSE_COPY=1 keeps the copy). Build first: dotnet build src/BorderWatch.Web -c Release
set -euo pipefail
port=${1:-5391}; seconds=${2:-20}; conns=${3:-32}
urls=${BW_URLS:-"/ /borders/AFG-TJK /api/incidents"}
export BW_PROVIDER=${BW_PROVIDER:-postgresql}
source "$(dirname "$0")/../web/web-server.sh"
start_web_server "${BW_STORE:-pg}" "$port" "wrk-$port.log"

ticks=$(getconf CLK_TCK)
cpu() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
pg_cpu() { local s=0; for p in $(pgrep -x postgres); do s=$((s + $(cpu "$p" 2>/dev/null || echo 0))); done; echo $s; }
echo "$BW_PROVIDER store, $conns connections, $seconds s per URL, load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
for u in $urls; do
  curl -s -o /dev/null --max-time 300 "http://127.0.0.1:$port$u"
  wrk -t2 -c"$conns" -d5s --timeout 30s "http://127.0.0.1:$port$u" >/dev/null
  before=$(cpu "$server"); pg_before=$(pg_cpu)
  out=$(wrk -t2 -c"$conns" -d"${seconds}s" --latency --timeout 30s "http://127.0.0.1:$port$u")
  after=$(cpu "$server"); pg_after=$(pg_cpu)
  requests=$(awk '/requests in/ { print $1 }' <<<"$out")
  echo "== $u (load $(cut -d' ' -f1 /proc/loadavg))"
  grep -E "50%|90%|99%|Requests/sec|Non-2xx|Socket errors" <<<"$out" | tr -s ' ' | paste -sd' '
  awk -v r="$requests" -v a="$after" -v b="$before" -v pa="$pg_after" -v pb="$pg_before" -v t="$ticks" 'BEGIN {
    c = (a - b) / t; p = (pa - pb) / t
    printf "  web CPU %.2f s, PostgreSQL CPU %.2f s for %d requests: %.0f requests per web CPU-second\n", c, p, r, (c > 0 ? r / c : 0) }'
done
