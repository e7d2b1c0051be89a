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
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${BW_WORK:-/tmp/bw-pagetimes}; mkdir -p "$work"
copy="$work/$(basename "$store")"
[[ -f $copy && ${BW_REUSE_COPY:-0} == 1 ]] || cp "$store" "$copy"

cd "$repo/src/BorderWatch.Web/bin/Release/net10.0"
Store__Provider=Sqlite Store__ConnectionString="$copy" Seeds__ImportOnFirstStart=false \
  ASPNETCORE_ENVIRONMENT=Production dotnet BorderWatch.Web.dll --urls "http://127.0.0.1:$port" >"$work/server-$port.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -s -o /dev/null --max-time 5 "http://127.0.0.1:$port/favicon.ico" 2>/dev/null && break
  kill -0 $server 2>/dev/null || { echo "server exited; see $work/server-$port.log" >&2; exit 1; }
  sleep 1
done

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
