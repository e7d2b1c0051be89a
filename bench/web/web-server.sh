#!/usr/bin/env bash
# The start-up that page-times.sh, page-sql.sh and export-times.sh share; source it, then call
#
#   start_web_server STORE PORT LOGNAME [NAME=VALUE ...]
#
# Starts the Release web app on a COPY of STORE (the app migrates and syncs the gazetteer at start, so the original is
# never opened; seed import off), with the extra environment given, logging to $work/LOGNAME, and waits until it
# answers. Sets $work (BW_WORK, default /tmp/bw-pagetimes), $copy, $log and $server (the server's pid, killed when the
# calling script exits). BW_REUSE_COPY=1 keeps an existing copy. BW_PROVIDER=postgresql with BW_CONNECTION="Host=...;
# Database=..." measures a PostgreSQL store instead (STORE is then only a label; bench/pg/postgres-server.sh starts a
# server and the CLI's generate fills it). Build first: dotnet build src/BorderWatch.Web -c Release
start_web_server() {
  local store=$1 port=$2 logname=$3; shift 3
  local repo provider=${BW_PROVIDER:-Sqlite}
  repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  work=${BW_WORK:-/tmp/bw-pagetimes}; mkdir -p "$work"
  log="$work/$logname"
  if [[ $provider == Sqlite ]]; then
    copy="$work/$(basename "$store")"
    [[ -f $copy && ${BW_REUSE_COPY:-0} == 1 ]] || cp "$store" "$copy"
  else copy=$BW_CONNECTION; fi
  (cd "$repo/src/BorderWatch.Web/bin/Release/net10.0" &&
    exec env Store__Provider="$provider" Store__ConnectionString="$copy" Seeds__ImportOnFirstStart=false \
      ASPNETCORE_ENVIRONMENT=Production "$@" dotnet BorderWatch.Web.dll --urls "http://127.0.0.1:$port") >"$log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
  for _ in $(seq 1 600); do
    curl -s -o /dev/null --max-time 5 "http://127.0.0.1:$port/favicon.ico" 2>/dev/null && return 0
    kill -0 "$server" 2>/dev/null || { echo "server exited; see $log" >&2; exit 1; }
    sleep 1
  done
  echo "server did not answer on port $port within 600 s; see $log" >&2; exit 1
}
