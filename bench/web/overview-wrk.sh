#!/usr/bin/env bash
# Throughput of dashboard pages under concurrent load (issue 11: overview >= 1,500 req/s on 2 cores, p99 <= 100 ms,
# on a seed store), loopback only, with wrk from Debian (installed with `apt-get install wrk` if missing and root).
#
#   bench/web/overview-wrk.sh [PORT] [SECONDS] [CONNECTIONS]
#
# Starts the Release web app on a fresh SQLite store in a temp folder (the five seeds imported on first start, as a
# newcomer's first `dotnet run`), waits for `store ready`, warms each URL up for 10 s, then runs wrk for SECONDS with
# CONNECTIONS connections on 2 threads and prints wrk's latency distribution. Beside wrk's figures it prints the
# server's own CPU time during the timed run (utime + stime from /proc), so requests per CPU-second can be read even
# when other work shares the machine, and the load average.
# Build first: dotnet build src/BorderWatch.Web -c Release
set -euo pipefail
port=${1:-5391}; seconds=${2:-30}; conns=${3:-32}
urls=${BW_URLS:-"/ /api/incidents /borders/AFG-TJK"}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/bw-wrk.XXXXXX)
# wrk from Debian: installed here with apt-get when missing and run as root, else the command to run is printed.
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    echo "wrk not found: installing Debian's wrk (apt-get install wrk)" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >&2 || { echo "apt-get install wrk failed" >&2; exit 2; }
  else
    echo "wrk not found: run 'sudo apt-get install wrk' (Debian's wrk 4.1) first" >&2; exit 2
  fi
fi

cd "$repo/src/BorderWatch.Web/bin/Release/net10.0"
Store__Provider=Sqlite Store__ConnectionString="$work/bw.db" ASPNETCORE_ENVIRONMENT=Production \
  dotnet BorderWatch.Web.dll --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 900); do
  grep -q "store ready" "$work/server.log" 2>/dev/null && curl -s -o /dev/null --max-time 5 "http://127.0.0.1:$port/" && break
  kill -0 $server 2>/dev/null || { echo "server exited; see $work/server.log" >&2; exit 1; }
  sleep 1
done

cpu() { awk '{ print $14 + $15 }' "/proc/$server/stat"; }   # clock ticks of user + system time
ticks=$(getconf CLK_TCK)
echo "seed store, $conns connections, $seconds s per URL, load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
for u in $urls; do
  wrk -t2 -c"$conns" -d10s --timeout 30s "http://127.0.0.1:$port$u" >/dev/null
  before=$(cpu)
  out=$(wrk -t2 -c"$conns" -d"${seconds}s" --latency --timeout 30s "http://127.0.0.1:$port$u")
  after=$(cpu)
  requests=$(awk '/requests in/ { print $1 }' <<<"$out")
  server_cpu=$(awk -v a="$after" -v b="$before" -v t="$ticks" 'BEGIN { printf "%.2f", (a - b) / t }')
  echo "== $u (load $(cut -d' ' -f1 /proc/loadavg))"
  grep -E "Latency  |50%|90%|99%|requests in|Requests/sec|Non-2xx|Socket errors" <<<"$out"
  awk -v r="$requests" -v c="$server_cpu" 'BEGIN { printf "  server CPU %s s for %d requests: %.0f requests per server CPU-second\n", c, r, (c > 0 ? r / c : 0) }'
done
