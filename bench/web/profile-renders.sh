#!/usr/bin/env bash
# A sampled CPU profile of one build's web server over N rendered pages (issue 11; store27's method, kept as a script).
#
#   bench/web/profile-renders.sh REPO STORE PORT URL RENDERS OUT
#
# REPO: a clone with a Release build of src/BorderWatch.Web (this repository or another, e.g. main's). Starts it on a
# copy of the SQLite STORE (bench/web/web-server.sh: $BW_WORK, BW_REUSE_COPY=1), renders URL 15 times untimed (an
# audit note written from outside before each, so every request renders), then attaches
# `dotnet-trace collect --profile dotnet-common,dotnet-sampled-thread-time` and renders it RENDERS more times, and writes
# OUT.nettrace, OUT.speedscope.json and the shares of bench/web/profile-shares.py (OUT.shares.txt). Needs dotnet-trace
# (`dotnet tool install -g dotnet-trace`).
set -euo pipefail
export PATH=$PATH:~/.dotnet/tools
repo=$(cd "${1:?usage: profile-renders.sh REPO STORE PORT URL RENDERS OUT}" && pwd); store=$2 port=$3 url=$4 renders=$5 out=$6
here=$(cd "$(dirname "$0")" && pwd)
source "$repo/bench/web/web-server.sh"
start_web_server "$store" "$port" "profile-$port.log"
note="INSERT INTO \"AuditEntries\" (\"At\", \"Actor\", \"Action\", \"Reason\") VALUES ('2026-12-03 23:00:00+00:00', 'profile-renders.sh', 'Note', 'bench')"
render() { sqlite3 "$copy" "$note"; sleep 0.3; curl -s -o /dev/null -w '%{time_total}\n' --max-time 300 "http://127.0.0.1:$port$url"; }
for _ in $(seq 1 15); do render >/dev/null; done
dotnet-trace collect -p "$server" --profile dotnet-common,dotnet-sampled-thread-time -o "$out.nettrace" >"$out.collect.log" 2>&1 &
tracer=$!
sleep 5
echo "load before $(cut -d' ' -f1-3 /proc/loadavg)" >"$out.times"
for _ in $(seq 1 "$renders"); do render; done >>"$out.times"
echo "load after $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out.times"
kill "$tracer"; wait "$tracer" || true   # TERM: a background job of a script ignores SIGINT; the trace is written as it goes
dotnet-trace convert --format Speedscope "$out.nettrace" -o "$out" >/dev/null 2>&1 || true
python3 "$here/profile-shares.py" "$out.speedscope.json" "$renders" | tee "$out.shares.txt"
