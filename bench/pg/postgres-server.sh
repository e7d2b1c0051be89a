#!/usr/bin/env bash
# A throw-away PostgreSQL 15 server for benchmarks, started the way the tests start theirs
# (tests/BorderWatch.Core.Tests/Store/PostgresFixture.cs): initdb in a folder, trust auth, loopback only.
#
#   bench/pg/postgres-server.sh start DIR PORT     # prints the connection string
#   bench/pg/postgres-server.sh stop DIR
#
# fsync stays on (unlike the tests) so that figures are those of a durable server; shared_buffers is raised to 1 GB
# and work_mem to 64 MB, as a server for a million incidents would be configured.
set -euo pipefail
bin=/usr/lib/postgresql/15/bin
cmd=${1:?usage: postgres-server.sh start|stop DIR [PORT]}; dir=${2:?DIR}; port=${3:-5544}
as_pg() { if [[ $(id -un) == root ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case $cmd in
  start)
    mkdir -p "$dir"; [[ $(id -un) == root ]] && chown -R postgres:postgres "$dir"
    [[ -f $dir/data/PG_VERSION ]] || as_pg "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 120 start \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c shared_buffers=1GB -c work_mem=64MB -c max_wal_size=4GB" >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=borderwatch"
    ;;
  stop) as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null ;;
esac
