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
source "$(dirname "$0")/web-server.sh"
start_web_server "$store" "$port" "export-$port.log"

echo "store=$(basename "$store") repeat=$repeat load=$(cut -d' ' -f1-3 /proc/loadavg)"
for u in $urls; do
  for _ in $(seq 1 "$repeat"); do
    curl -s -o /dev/null --max-time 600 -w "$u  first byte %{time_starttransfer} s  total %{time_total} s  %{size_download} bytes\n" \
      "http://127.0.0.1:$port$u"
    # BW_FIRST_ROW=1: also when the first data row arrived (the header may be sent before any row is read).
    [[ ${BW_FIRST_ROW:-0} == 1 ]] && python3 "$(dirname "$0")/first-row.py" "http://127.0.0.1:$port$u"
  done
  echo "  load=$(cut -d' ' -f1-3 /proc/loadavg)"
done
