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
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${BW_WORK:-/tmp/bw-pagetimes}; mkdir -p "$work"
# BW_PROVIDER=postgresql with BW_CONNECTION="Host=...;Database=..." measures a PostgreSQL store instead (STORE is then
# only a label; bench/pg/postgres-server.sh starts a server and the CLI's generate fills it).
provider=${BW_PROVIDER:-Sqlite}
if [[ $provider == Sqlite ]]; then
  copy="$work/$(basename "$store")"
  [[ -f $copy && ${BW_REUSE_COPY:-0} == 1 ]] || cp "$store" "$copy"
else copy=$BW_CONNECTION; fi
log="$work/sql-$port.log"

cd "$repo/src/BorderWatch.Web/bin/Release/net10.0"
env Store__Provider="$provider" Store__ConnectionString="$copy" Seeds__ImportOnFirstStart=false ASPNETCORE_ENVIRONMENT=Production \
  'Serilog__MinimumLevel__Override__Microsoft.EntityFrameworkCore.Database.Command=Information' \
  dotnet BorderWatch.Web.dll --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -s -o /dev/null --max-time 5 "http://127.0.0.1:$port/favicon.ico" 2>/dev/null && break
  kill -0 $server 2>/dev/null || { echo "server exited; see $log" >&2; exit 1; }
  sleep 1
done

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
