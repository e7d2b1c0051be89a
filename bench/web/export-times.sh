#!/usr/bin/env bash
# Time to the first byte and to the last of filtered exports (the API's /api/export/incidents.FORMAT), loopback only.
#
#   bench/web/export-times.sh STORE.db [PORT] [REPEAT]
#
# Starts the Release web app on a COPY of STORE.db (as page-times.sh does: the app migrates at start, the original is
# never opened), then requests each export URL REPEAT times (default 3) one after another and prints curl's
# time_starttransfer (first byte), time_total and the size. BW_URLS sets the paths; BW_REUSE_COPY=1 keeps an existing copy.
# Build first: dotnet build src/BorderWatch.Web -c Release
set -euo pipefail
store=${1:?usage: export-times.sh STORE.db [PORT] [REPEAT]}
port=${2:-5393}; repeat=${3:-3}
urls=${BW_URLS:-"/api/export/incidents.csv?border=AFG-TJK&from=2016-03&to=2016-09 /api/export/incidents.csv?country=TJK&org=Taliban&from=2015&to=2019&sort=newest"}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${BW_WORK:-/tmp/bw-pagetimes}; mkdir -p "$work"
copy="$work/$(basename "$store")"
[[ -f $copy && ${BW_REUSE_COPY:-0} == 1 ]] || cp "$store" "$copy"

cd "$repo/src/BorderWatch.Web/bin/Release/net10.0"
Store__Provider=Sqlite Store__ConnectionString="$copy" Seeds__ImportOnFirstStart=false \
  ASPNETCORE_ENVIRONMENT=Production dotnet BorderWatch.Web.dll --urls "http://127.0.0.1:$port" >"$work/export-$port.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -s -o /dev/null --max-time 5 "http://127.0.0.1:$port/favicon.ico" 2>/dev/null && break
  kill -0 $server 2>/dev/null || { echo "server exited; see $work/export-$port.log" >&2; exit 1; }
  sleep 1
done

echo "store=$(basename "$store") repeat=$repeat load=$(cut -d' ' -f1-3 /proc/loadavg)"
for u in $urls; do
  for _ in $(seq 1 "$repeat"); do
    curl -s -o /dev/null --max-time 600 -w "$u  first byte %{time_starttransfer} s  total %{time_total} s  %{size_download} bytes\n" \
      "http://127.0.0.1:$port$u"
  done
  echo "  load=$(cut -d' ' -f1-3 /proc/loadavg)"
done
