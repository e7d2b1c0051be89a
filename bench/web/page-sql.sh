#!/usr/bin/env bash
# Where a page's server time goes: the SQL each request runs, summed from EF Core's command log.
#
#   bench/web/page-sql.sh STORE.db [PORT] [REPEAT]
#
# Starts the Release web app on a COPY of STORE.db (as page-times.sh does) with EF's command log at Information, then
# requests each URL REPEAT times (default 3) one after another and prints, per request, the server's own response
# time, the number of SQL commands and the sum and largest of their durations (EF's "Executed DbCommand (N ms)").
# The full log with each statement is left in $BW_WORK/sql-PORT.log for EXPLAIN QUERY PLAN.
# Build first: dotnet build src/BorderWatch.Web -c Release
set -euo pipefail
store=${1:?usage: page-sql.sh STORE.db [PORT] [REPEAT]}
port=${2:-5392}; repeat=${3:-3}
urls=${BW_URLS:-"/ /borders/AFG-TJK /incidents /api/incidents"}
# BW_PROVIDER / BW_CONNECTION: see web-server.sh.
source "$(dirname "$0")/web-server.sh"
start_web_server "$store" "$port" "sql-$port.log" 'Serilog__MinimumLevel__Override__Microsoft.EntityFrameworkCore.Database.Command=Information'

echo "store=$(basename "$store") repeat=$repeat load=$(cut -d' ' -f1-3 /proc/loadavg)"
for u in $urls; do
  for _ in $(seq 1 "$repeat"); do
    before=$(wc -l <"$log")
    curl -s -o /dev/null --max-time 300 "http://127.0.0.1:$port$u"
    sleep 0.2
    tail -n +"$((before + 1))" "$log" | awk -v u="$u" '
      /Executed DbCommand \(/ { s = $0; sub(/.*Executed DbCommand \(/, "", s); sub(/ms\).*/, "", s); gsub(",", "", s)
                                n++; sum += s; if (s + 0 > max) max = s + 0 }
      /responded [0-9]+ in/   { r = $0; sub(/.* in /, "", r); sub(/ ms.*/, "", r) }
      END { printf "%-50s server %8.1f ms  sql %6d ms in %3d commands (largest %d ms)\n", u, r, sum, n, max }'
  done
done
