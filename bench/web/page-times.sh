#!/usr/bin/env bash
# Prerendered server time of dashboard pages (time to the full HTML response, loopback only) against one store.
#
#   bench/web/page-times.sh STORE.db [PORT] [WARMUP] [TIMED]
#
# Starts the Release web app on a COPY of STORE.db (the app migrates and syncs the gazetteer at start, so the
# original is never opened), with seed import off, waits until it answers, then for each URL sends WARMUP untimed
# and TIMED timed requests one after another (curl's time_total) and prints p50/p95/min/max in ms.
# Build first: dotnet build src/BorderWatch.Web -c Release
set -euo pipefail
store=${1:?usage: page-times.sh STORE.db [PORT] [WARMUP] [TIMED]}
port=${2:-5391}; warmup=${3:-3}; timed=${4:-10}
urls=${BW_URLS:-"/ /borders/AFG-TJK /incidents"}
source "$(dirname "$0")/web-server.sh"
start_web_server "$store" "$port" "server-$port.log"

echo "store=$(basename "$store") warmup=$warmup timed=$timed load=$(cut -d' ' -f1-3 /proc/loadavg)"
for u in $urls; do
  for _ in $(seq 1 "$warmup"); do curl -s -o /dev/null --max-time 300 "http://127.0.0.1:$port$u"; done
  times=()
  for _ in $(seq 1 "$timed"); do
    out=$(curl -s -o /dev/null --max-time 300 -w '%{http_code} %{time_total} %{size_download}' "http://127.0.0.1:$port$u")
    read -r code t size <<<"$out"
    [[ $code == 200 ]] || { echo "$u -> HTTP $code" >&2; }
    times+=("$t")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v u="$u" -v size="$size" -v code="$code" -v load="$(cut -d' ' -f1 /proc/loadavg)" '
    { t[NR] = $1 * 1000 }
    END { n = NR; p50 = (n % 2) ? t[(n+1)/2] : (t[n/2] + t[n/2+1]) / 2; i95 = int(0.95 * n + 0.999); if (i95 > n) i95 = n
          printf "%-20s p50 %8.1f ms  p95 %8.1f ms  min %8.1f  max %8.1f  (n=%d, HTTP %s, %d bytes, load %s)\n", u, p50, t[i95], t[1], t[n], n, code, size, load }'
done
