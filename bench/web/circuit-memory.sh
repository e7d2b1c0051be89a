#!/usr/bin/env bash
# Memory one open interactive circuit costs, measured from outside the server process.
#
#   bench/web/circuit-memory.sh STORE.db [CIRCUITS] [URL] [PORT]
#
# Starts the Release web app on a COPY of STORE.db (seed import off), warms the URL up with curl, starts one
# headless Chromium (/usr/bin/chromium) on about:blank and then opens CIRCUITS tabs on URL through the DevTools HTTP
# endpoint; each tab prerenders and then opens its own Blazor circuit over a WebSocket (counted with ss). Before and
# after, it reads the server's VmRSS (/proc/PID/status) and, if dotnet-counters is at $COUNTERS, the GC heap size
# after the last collection. Prints the difference divided by the number of circuits that connected.
# Build first: dotnet build src/BorderWatch.Web -c Release
set -euo pipefail
store=${1:?usage: circuit-memory.sh STORE.db [CIRCUITS] [URL] [PORT]}
n=${2:-20}; path=${3:-/}; port=${4:-5392}; devport=$((port + 1000))
counters=${COUNTERS:-/tmp/tools/dotnet-counters}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${BW_WORK:-/tmp/bw-circuits}; mkdir -p "$work"
copy="$work/circuits-$(basename "$store")"
cp "$store" "$copy"

cd "$repo/src/BorderWatch.Web/bin/Release/net10.0"
Store__Provider=Sqlite Store__ConnectionString="$copy" Seeds__ImportOnFirstStart=false \
  ASPNETCORE_ENVIRONMENT=Production dotnet BorderWatch.Web.dll --urls "http://127.0.0.1:$port" >"$work/server-$port.log" 2>&1 &
server=$!
browser=
cleanup() { [[ -n $browser ]] && kill "$browser" 2>/dev/null; kill "$server" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT
until curl -s -o /dev/null --max-time 5 "http://127.0.0.1:$port/favicon.ico"; do
  kill -0 "$server" 2>/dev/null || { echo "server exited; see $work/server-$port.log" >&2; exit 1; }; sleep 1
done
for _ in 1 2 3 4 5; do curl -s -o /dev/null --max-time 120 "http://127.0.0.1:$port$path"; done

rss() { awk '/^VmRSS/ { print $2 }' "/proc/$server/status"; }          # kB
heap() {                                                               # bytes, GC heap after last collection
  [[ -x $counters ]] || { echo NA; return; }
  timeout 20 "$counters" collect -p "$server" --counters System.Runtime --refresh-interval 1 --duration 00:00:03 \
    --format csv -o "$work/counters.csv" >/dev/null 2>&1 || true
  # last sample of each generation's size after the last collection, summed (gen0 + gen1 + gen2 + LOH + POH)
  awk -F, '$3 ~ /^dotnet.gc.last_collection.heap.size/ { v[$3] = $NF } END { for (g in v) { s += v[g]; n++ } print (n ? s : "NA") }' "$work/counters.csv"
}
circuits() { ss -Htn state established "( sport = :$port )" | wc -l; }

/usr/bin/chromium --headless=new --no-sandbox --disable-gpu --user-data-dir="$work/chromium-profile" \
  --remote-debugging-address=127.0.0.1 --remote-debugging-port=$devport about:blank >"$work/chromium.log" 2>&1 &
browser=$!
until curl -s -o /dev/null "http://127.0.0.1:$devport/json/version"; do sleep 1; done
sleep 5
c0=$(circuits); r0=$(rss); h0=$(heap)
echo "before: connections=$c0 VmRSS=${r0} kB heap=${h0} load=$(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq 1 "$n"); do
  curl -s -o /dev/null -X PUT "http://127.0.0.1:$devport/json/new?http://127.0.0.1:$port$path"; sleep 1
done
for _ in $(seq 1 60); do (( $(circuits) - c0 >= n )) && break; sleep 2; done
sleep 10
c1=$(circuits); r1=$(rss); h1=$(heap)
echo "after:  connections=$c1 VmRSS=${r1} kB heap=${h1} load=$(cut -d' ' -f1-3 /proc/loadavg)"
# Chromium also keeps a few keep-alive HTTP connections, so connections only confirm that the tabs connected; the
# divisor is the number of tabs opened.
(( c1 - c0 >= n )) || echo "warning: only $((c1 - c0)) new connections for $n tabs" >&2
k=$n
awk -v r0="$r0" -v r1="$r1" -v h0="$h0" -v h1="$h1" -v k="$k" 'BEGIN {
  printf "circuits (tabs) open: %d\nVmRSS per circuit: %.0f KB\n", k, (r1 - r0) / k
  if (h0 != "NA" && h1 != "NA") printf "GC heap per circuit: %.0f KB\n", (h1 - h0) / k / 1024 }'
