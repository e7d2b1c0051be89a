#!/usr/bin/env bash
# Web server CPU per rendered page of two builds, measured in PAIRS on a loaded machine (issue 11, store30).
#
#   BW_URLS="/borders/AFG-TJK /" bench/pg/paired-cpu.sh OTHER_REPO STORE [PORT] [PAIRS]
#
# OTHER_REPO: a clone with its own Release build (e.g. main's, /tmp/store30/base); this repository is the second build
# (BW_B=DIR: another directory with src/BorderWatch.Web/bin/Release/net10.0 instead).
# Both web apps run at once (PORT and PORT+1) on ONE copy of the SQLite STORE ($BW_WORK, default /tmp/bw-paired;
# BW_REUSE_COPY=1 keeps an existing copy), started one after the other (each migrates at start). For every URL, after
# BW_WARMUP (5) untimed renders on each, PAIRS times: for build A then build B (the order alternates every pair), write
# an analyst's note from outside (the store version moves, so the page is rendered, not served from the cache), wait
# 0.3 s, request the URL, wait 0.2 s; the CPU the requested server spent over that window (utime + stime from /proc,
# whole process, threads that exited included) is that render's cost. The two builds take turns within seconds of each
# other, so a load that drifts over minutes falls on both alike: the difference of the two means (and the share of
# pairs in which B spent less) is what a loaded 2-core machine still lets one read; a single run's wall time is not.
# With dotnet-counters (`dotnet tool install -g dotnet-counters`), the bytes each server allocated per timed render too.
# BW_ENV_A / BW_ENV_B="NAME=VALUE ...": extra environment for one build's server only (runtime knobs such as
# DOTNET_GCgen0size=0x4000000 or DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0 measured against the same build without).
# Build both first: dotnet build src/BorderWatch.Web -c Release
set -euo pipefail
other=${1:?usage: paired-cpu.sh OTHER_REPO STORE [PORT] [PAIRS]}; store=${2:?STORE}
port=${3:-5265}; pairs=${4:-30}
urls=${BW_URLS:-"/borders/AFG-TJK /"}
here=$(cd "${BW_B:-$(dirname "$0")/../..}" && pwd); other=$(cd "$other" && pwd)
work=${BW_WORK:-/tmp/bw-paired}; mkdir -p "$work"
copy="$work/$(basename "$store")"
[[ -f $copy && ${BW_REUSE_COPY:-0} == 1 ]] || cp "$store" "$copy"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true' EXIT
start() { # REPO PORT LOG [NAME=VALUE ...]
  local repo=$1 p=$2 log=$3; shift 3
  (cd "$repo/src/BorderWatch.Web/bin/Release/net10.0" &&
    exec env Store__Provider=Sqlite Store__ConnectionString="$copy" Seeds__ImportOnFirstStart=false \
      ASPNETCORE_ENVIRONMENT=Production "$@" dotnet BorderWatch.Web.dll --urls "http://127.0.0.1:$p") >"$log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 600); do
    curl -s -o /dev/null --max-time 5 "http://127.0.0.1:$p/favicon.ico" 2>/dev/null && return 0
    kill -0 "${pids[-1]}" 2>/dev/null || { echo "server exited; see $log" >&2; exit 1; }
    sleep 1
  done
  echo "no answer on port $p; see $log" >&2; exit 1
}
# shellcheck disable=SC2086  # the extra environment is a list of NAME=VALUE words
start "$other" "$port" "$work/a-$port.log" ${BW_ENV_A:-}; a=${pids[-1]}
# shellcheck disable=SC2086
start "$here" "$((port + 1))" "$work/b-$port.log" ${BW_ENV_B:-}; b=${pids[-1]}
note="INSERT INTO \"AuditEntries\" (\"At\", \"Actor\", \"Action\", \"Reason\") VALUES ('2026-12-03 23:00:00+00:00', 'paired-cpu.sh', 'Note', 'bench')"
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
hz=$(getconf CLK_TCK)
counters_tool=${BW_COUNTERS:-$HOME/.dotnet/tools/dotnet-counters}
one() { # PID PORT URL -> CPU ms of one render
  local t0; sqlite3 "$copy" "$note"; t0=$(ticks "$1"); sleep 0.3
  curl -s -o /dev/null --max-time 300 "http://127.0.0.1:$2$3"; sleep 0.2
  echo $(( ($(ticks "$1") - t0) * 1000 / hz ))
}
rev() { git -C "$1" rev-parse --short HEAD 2>/dev/null || echo "no git"; }
echo "A=$other ($(rev "$other")) ${BW_ENV_A:-} B=$here ($(rev "$here")) ${BW_ENV_B:-} pairs=$pairs load=$(cut -d' ' -f1-3 /proc/loadavg)"
for u in $urls; do
  for _ in $(seq 1 "${BW_WARMUP:-5}"); do one "$a" "$port" "$u" >/dev/null; one "$b" "$((port + 1))" "$u" >/dev/null; done
  out="$work/pairs-$port-$(tr -c 'A-Za-z0-9' _ <<<"$u").txt"; : >"$out"
  # Bytes each server allocates over its timed renders (the runtime's dotnet.gc.heap.total_allocated, summed over 1 s
  # intervals; idle seconds add a few KB): a figure the load does not move at all.
  counters=()
  if [[ -x $counters_tool ]]; then
    for p in "$a" "$b"; do "$counters_tool" collect -p "$p" --counters System.Runtime --format csv -o "$out.$p.csv" --refresh-interval 1 >/dev/null 2>&1 & counters+=($!); done
    sleep 3
  fi
  for i in $(seq 1 "$pairs"); do
    if (( i % 2 )); then ca=$(one "$a" "$port" "$u"); cb=$(one "$b" "$((port + 1))" "$u")
    else cb=$(one "$b" "$((port + 1))" "$u"); ca=$(one "$a" "$port" "$u"); fi
    echo "$ca $cb" >>"$out"
  done
  for c in "${counters[@]}"; do kill "$c" 2>/dev/null || true; done; for c in "${counters[@]}"; do wait "$c" 2>/dev/null || true; done
  if (( ${#counters[@]} )); then
    mb() { awk -F, -v n="$pairs" '/total_allocated/ { s += $NF } END { printf "%.2f", s / n / 1048576 }' "$out.$1.csv" 2>/dev/null || echo "?"; }
    echo "$u allocated per render (dotnet-counters): A $(mb "$a") MB, B $(mb "$b") MB" >>"$out"
  fi
  grep allocated "$out" || true
  grep -v allocated "$out" | python3 -c '
import statistics, sys
u, load = sys.argv[1], sys.argv[2]
rows = [tuple(map(int, l.split())) for l in sys.stdin if l.strip()]
a = [r[0] for r in rows]; b = [r[1] for r in rows]; d = [y - x for x, y in rows]
se = statistics.stdev(d) / len(d) ** 0.5 if len(d) > 1 else 0
print(f"{u:30} A mean {statistics.mean(a):6.1f} median {statistics.median(a):5.0f} | B mean {statistics.mean(b):6.1f} median {statistics.median(b):5.0f} ms CPU per render"
      f" | B - A {statistics.mean(d):+.1f} ms (standard error {se:.1f}) | B lower in {sum(y < x for x, y in rows)} of {len(rows)} pairs, equal in {sum(y == x for x, y in rows)} (load {load})")
' "$u" "$(cut -d' ' -f1 /proc/loadavg)"
done
