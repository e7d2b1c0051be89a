#!/usr/bin/env bash
# SQLite and PostgreSQL stores of the same size and seed, the same requests, side by side (issue 11 item 5, pg19).
#
#   bench/pg/side-by-side.sh SQLITE.db PG_DATABASE [PORT] [TIMES]
#
# SQLITE.db: a store from `borderwatch --db SQLITE.db generate --incidents N --seed S`; PG_DATABASE: a database of the
# PostgreSQL server at BW_PG_PORT (default 55450; bench/pg/postgres-server.sh starts one) filled by
# `borderwatch --provider postgresql --connection "...;Database=PG_DATABASE" generate --incidents N --seed S`.
# For each provider in turn: rendered (uncached) server time of every URL (bench/pg/render-times.sh: an audit note
# written from outside before each request moves the store version, so every render misses the caches), then the CSV
# exports' first and last byte (bench/web/export-times.sh). The servers run one after the other on PORT and PORT+1,
# never at the same time. BW_URLS / BW_EXPORTS replace the request lists. Build first: dotnet build src/BorderWatch.Web -c Release
set -euo pipefail
sqlite=${1:?usage: side-by-side.sh SQLITE.db PG_DATABASE [PORT] [TIMES]}; pgdb=${2:?PG_DATABASE}
port=${3:-5250}; times=${4:-10}
here=$(cd "$(dirname "$0")" && pwd)
export BW_URLS=${BW_URLS:-"/ /borders/AFG-TJK /api/incidents /incidents /incidents?country=TJK /incidents?org=Taliban \
/incidents?from=2015&to=2019 /incidents?country=TJK&org=Taliban /incidents?country=TJK&from=2015&to=2019 \
/incidents?country=TJK&org=Taliban&from=2015&to=2019 /incidents?border=AFG-TJK&type=armed-clash&status=reported \
/incidents?q=Khorog /api/incidents?q=Khorog"}
exports=${BW_EXPORTS:-"/api/export/incidents.csv?border=AFG-TJK&from=2016-03&to=2016-09 /api/export/incidents.csv?country=TJK&org=Taliban&from=2015&to=2019&sort=newest"}
work=${BW_WORK:-/tmp/bw-side}
pg="Host=127.0.0.1;Port=${BW_PG_PORT:-55450};Username=postgres;Database=$pgdb;Command Timeout=300"

echo "### SQLite $(basename "$sqlite")"
BW_WORK=$work/sqlite BW_PROVIDER=Sqlite "$here/render-times.sh" "$sqlite" "$port" "$times"
BW_WORK=$work/sqlite BW_REUSE_COPY=1 BW_URLS="$exports" "$here/../web/export-times.sh" "$sqlite" "$((port + 1))" 3
echo "### PostgreSQL $pgdb"
BW_WORK=$work/pg BW_PROVIDER=postgresql BW_CONNECTION="$pg" "$here/render-times.sh" "pg-$pgdb" "$port" "$times"
BW_WORK=$work/pg BW_PROVIDER=postgresql BW_CONNECTION="$pg" BW_URLS="$exports" "$here/../web/export-times.sh" "pg-$pgdb" "$((port + 1))" 3
