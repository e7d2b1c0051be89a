#!/usr/bin/env bash
# Which code allocates a rendered page (issue 11, store42): render-alloc (bench/BorderWatch.Bench) on STORE, with
# dotnet-trace's gc-verbose profile (GC AllocationTick events with their stacks, one per ~100 KB) attached once the
# warm-up renders are done, for SECONDS; then the timed table of render-alloc. Read the trace with
# `dotnet BorderWatch.Bench.dll alloc-owners OUT.nettrace [TOP]` (by type, by frame, by stack).
#
#   bench/web/trace-renders.sh BENCH_DIR STORE_COPY URL ROUNDS SECONDS OUT
#
# BENCH_DIR: bench/BorderWatch.Bench/bin/Release/net10.0 of a build; ROUNDS large enough to outlast SECONDS.
# Needs dotnet-trace (`dotnet tool install -g dotnet-trace`).
set -euo pipefail
bench=$1 store=$2 url=$3 rounds=$4 secs=$5 out=$6
(cd "$bench" && exec dotnet BorderWatch.Bench.dll render-alloc --db "$store" --rounds "$rounds" --urls "$url") >"$out.stdout" 2>"$out.stderr" &
runner=$!
for _ in $(seq 1 600); do grep -q "render-alloc: timing" "$out.stderr" 2>/dev/null && break; sleep 0.5; done
pid=$(sed -n 's/.*(pid \([0-9]*\)).*/\1/p' "$out.stderr" | head -1)
"${DOTNET_TRACE:-$HOME/.dotnet/tools/dotnet-trace}" collect -p "$pid" --profile gc-verbose --duration "00:00:$secs" -o "$out.nettrace" >/dev/null
wait $runner
grep '^|' "$out.stdout"
