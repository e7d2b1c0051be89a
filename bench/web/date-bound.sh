#!/usr/bin/env bash
# The capped rows (the first 10,001 incidents a first view counts) of three actor + date filters, with and without
# the implied lower bound on DateStart that IncidentQueries.ByDate adds under an "overlaps" from (1 January of from's
# year), statement by statement in sqlite3 on a generated store; prints the CPU (user + sys) of each of RUNS runs.
#
#   bench/web/date-bound.sh STORE.db [RUNS]
#
# Read-only (sqlite3 -readonly); the actors are looked up by name (TJK, Taliban), so any generated store works.
set -euo pipefail
store=${1:?usage: date-bound.sh STORE.db [RUNS]}; runs=${2:-3}
tjk=$(sqlite3 -readonly "$store" "SELECT Id FROM Actors WHERE CanonicalName = 'TJK' AND Kind = 'State'")
taliban=$(sqlite3 -readonly "$store" "SELECT Id FROM Actors WHERE CanonicalName = 'Taliban'")
statement() {   # $1 from, $2 to, $3 extra condition, $4 lower bound or empty
  cat <<SQL
SELECT count(*) FROM (SELECT i.Id FROM Incidents AS i
WHERE i.Hidden = 0 AND i.DateStart IS NOT NULL AND i.DateEnd IS NOT NULL AND i.DateEnd >= '$1' AND i.DateStart <= '$2' $4
  AND $3 LIMIT 10001);
SQL
}
talibanIds="i.Id IN (SELECT value FROM json_each(@ids))"
tjkLink="EXISTS (SELECT 1 FROM IncidentActors i1 WHERE i.Id = i1.IncidentId AND i1.ActorId IN ($tjk))"
for bound in without with; do
  for case in "country=TJK&org=Taliban&from=2015&to=2019|2015-01-01|2019-12-31|$talibanIds AND $tjkLink" \
              "country=TJK&from=2015&to=2019|2015-01-01|2019-12-31|$tjkLink" \
              "org=Taliban&from=2016-03&to=2016-09|2016-03-01|2016-09-30|$talibanIds"; do
    IFS='|' read -r name from to cond <<<"$case"
    lower=""; [[ $bound == with ]] && lower="AND i.DateStart >= '${from:0:4}-01-01'"
    { echo ".parameter init"
      echo ".parameter set @ids \"(SELECT json_group_array(IncidentId) FROM IncidentActors WHERE ActorId = $taliban)\""
      echo ".timer on"
      for _ in $(seq 1 "$runs"); do statement "$from" "$to" "$cond" "$lower"; done; } |
      sqlite3 -readonly "$store" | awk -v n="$name" -v b="$bound" '
        /^Run Time/ { cpu = $6 + $8; printf "%s%.1f", (k++ ? " / " : ""), cpu * 1000 } /^[0-9]+$/ { rows = $1 }
        END { printf "  ms CPU  (%s rows)  %s bound  %s\n", rows, b, n }'
  done
done
