#!/usr/bin/env bash
# Server time of pages RENDERED in a warm process (not answered from the output cache), with the SQL each runs:
# the cost a visitor pays after every ingest or review, when the store version moved and the caches miss.
#
#   BW_URLS="/ /borders/AFG-TJK" bench/pg/render-times.sh STORE [PORT] [TIMES]
#
# STORE: a SQLite file (copied as bench/web/web-server.sh copies it), or, with BW_PROVIDER=postgresql and
# BW_CONNECTION="Host=127.0.0.1;Port=N;Username=postgres;Database=borderwatch", a label. Starts the Release web app
# with EF's command log at Information, requests each URL BW_WARMUP (5) times untimed (JIT), then TIMES times: writes
# an analyst's note to the audit log from outside the app (sqlite3 or psql, as another program would; it moves the
# store version), waits 0.3 s, requests the URL and reads the server's response time and the SQL of that request
# from the log. Prints p50/p95 of server time and of SQL time, the median number of statements and the web server's
# CPU time per rendered request (utime + stime from /proc over the timed requests, writes and waits included: the
# figure a loaded machine does not inflate), and the page data loads' wall and CPU time (PrerenderHandoff's Debug log:
# the rest of a request's time is rendering and writing the HTML).
# Build first: dotnet build src/BorderWatch.Web -c Release
set -euo pipefail
store=${1:?usage: render-times.sh STORE [PORT] [TIMES]}
port=${2:-5391}; times=${3:-10}
urls=${BW_URLS:-"/ /borders/AFG-TJK /api/incidents"}
source "$(dirname "$0")/../web/web-server.sh"
start_web_server "$store" "$port" "render-$port.log" 'Serilog__MinimumLevel__Override__Microsoft.EntityFrameworkCore.Database.Command=Information' \
  'Serilog__MinimumLevel__Override__BorderWatch.Web.Dashboard.PrerenderHandoff=Debug'

note="INSERT INTO \"AuditEntries\" (\"At\", \"Actor\", \"Action\", \"Reason\") VALUES ('2026-12-03 23:00:00+00:00', 'render-times.sh', 'Note', 'bench')"
if [[ ${BW_PROVIDER:-Sqlite} == Sqlite ]]; then write() { sqlite3 "$copy" "$note"; }
else
  pg_port=$(sed -n 's/.*Port=\([0-9]*\).*/\1/p' <<<"$BW_CONNECTION")
  pg_db=$(sed -n 's/.*Database=\([^;]*\).*/\1/p' <<<"$BW_CONNECTION")
  write() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d "${pg_db:-borderwatch}" -qc "$note"; }
  # The PostgreSQL server's own CPU (its postmaster's children: the app's pooled backends and the server's helpers)
  # while a request runs: the work a request costs PostgreSQL, which the load of the machine does not inflate.
  postmaster=$(ss -ltnpH "sport = :$pg_port" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)
fi
# "pid ticks" of each child; pg_delta counts only the processes alive at both samples (a backend that exits between
# them, such as the note writer's, would otherwise subtract its whole life).
pg_cpu() { local p; [[ -n ${postmaster:-} ]] || return 0
  for p in $(pgrep -P "$postmaster"); do awk -v p="$p" '{ print p, $14 + $15 }' "/proc/$p/stat" 2>/dev/null || true; done; }
pg_delta() { awk 'NR == FNR { b[$1] = $2; next } ($1 in b) { d += $2 - b[$1] } END { print d + 0 }' <(printf '%s\n' "$1") <(printf '%s\n' "$2"); }
percentiles() { sort -n | awk '{ v[NR] = $1 } END { n = NR; p50 = (n % 2) ? v[(n+1)/2] : (v[n/2] + v[n/2+1]) / 2
  i95 = int(0.95 * n + 0.999); if (i95 > n) i95 = n; printf "p50 %7.1f p95 %7.1f", p50, v[i95] }'; }

echo "store=$(basename "$store") provider=${BW_PROVIDER:-Sqlite} times=$times load=$(cut -d' ' -f1-3 /proc/loadavg)"
for u in $urls; do
  for _ in $(seq 1 "${BW_WARMUP:-5}"); do write; sleep 0.3; curl -s -o /dev/null --max-time 300 "http://127.0.0.1:$port$u"; done
  rows=()
  cpu_before=$(awk '{ print $14 + $15 }' "/proc/$server/stat"); pg_ticks=0
  for _ in $(seq 1 "$times"); do
    write; sleep 0.3
    before=$(wc -l <"$log")
    pg_before=$(pg_cpu)
    curl -s -o /dev/null --max-time 300 "http://127.0.0.1:$port$u"
    pg_ticks=$((pg_ticks + $(pg_delta "$pg_before" "$(pg_cpu)")))
    sleep 0.2
    rows+=("$(tail -n +"$((before + 1))" "$log" | awk '
      /Executed DbCommand \(/ { s = $0; sub(/.*Executed DbCommand \(/, "", s); sub(/ms\).*/, "", s); gsub(",", "", s); n++; sum += s }
      /loaded in .* of process CPU/ { w = $0; sub(/.*loaded in /, "", w); c = w; sub(/ ms.*/, "", w); sub(/.* ms, /, "", c); sub(/ ms of.*/, "", c)
                                      lw += w; lc += c }
      /responded [0-9]+ in/   { r = $0; sub(/.* in /, "", r); sub(/ ms.*/, "", r) }
      END { printf "%s %d %d %.1f %.1f\n", r, sum, n, lw, lc }')")
  done
  cpu_ms=$(awk -v b="$cpu_before" -v n="$times" -v t="$(getconf CLK_TCK)" '{ printf "%.0f", ($14 + $15 - b) * 1000 / t / n }' "/proc/$server/stat")
  took=$(printf '%s\n' "${rows[@]}" | awk '{ print $1 }' | percentiles)
  sql=$(printf '%s\n' "${rows[@]}" | awk '{ print $2 }' | percentiles)
  commands=$(printf '%s\n' "${rows[@]}" | awk '{ print $3 }' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR+1)/2)] }')
  loading=$(printf '%s\n' "${rows[@]}" | awk '{ print $4 }' | percentiles)
  loading_cpu=$(printf '%s\n' "${rows[@]}" | awk '{ print $5 }' | percentiles)
  pg_ms=$(awk -v k="$pg_ticks" -v n="$times" -v t="$(getconf CLK_TCK)" 'BEGIN { printf "%.0f", k * 1000 / t / n }')
  printf '%-55s server %s ms | sql %s ms | %s statements | CPU %s ms/request, PostgreSQL CPU %s ms/request (load %s)\n' "$u" "$took" "$sql" "$commands" "$cpu_ms" "$pg_ms" "$(cut -d' ' -f1 /proc/loadavg)"
  printf '%-55s   page data loading: %s ms wall, %s ms process CPU (pages loading through PrerenderHandoff)\n' "" "$loading" "$loading_cpu"
done
