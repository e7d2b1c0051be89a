#!/usr/bin/env bash
# A first view's counts under one actor and dates, statement by statement in sqlite3 on a generated store migrated to
# 20261207100000_ActorDateTallies (start the web app on a copy once, e.g. with page-sql.sh): before, the capped rows
# (the first 10,001 incidents of the filter, as ResolvedFilter.CappedRowsAsync reads them, with the implied lower date
# bound) and, for the country facet under dates only, the capped rows of the dates plus their links; after, the rows of
# ActorDateTallies (TalliedCounts.ActorCellsAsync). Prints the CPU (user + sys) of each of RUNS runs and the plan.
#
#   bench/web/actor-tally.sh STORE.db [RUNS]
#
# Read-only (sqlite3 -readonly); the actors are looked up by name (TJK, Taliban), so any generated store works.
set -euo pipefail
store=${1:?usage: actor-tally.sh STORE.db [RUNS]}; runs=${2:-3}
q() { sqlite3 -readonly "$store" "$1"; }
tjk=$(q "SELECT Id FROM Actors WHERE CanonicalName = 'TJK' AND Kind = 'State'")
taliban=$(q "SELECT Id FROM Actors WHERE CanonicalName = 'Taliban'")
states=$(q "SELECT group_concat(Id) FROM Actors WHERE Kind = 'State'")
capped() {   # $1 from, $2 to, $3 condition: the capped rows of an "overlaps" range
  echo "SELECT count(*) FROM (SELECT i.Id, i.BorderSegmentId, i.Type, i.Status, i.DateStart < '$1' OR i.DateEnd > '$2' FROM Incidents AS i
WHERE i.Hidden = 0 AND i.DateStart IS NOT NULL AND i.DateEnd IS NOT NULL AND i.DateEnd >= '$1' AND i.DateStart <= '$2'
  AND i.DateStart >= '${1:0:4}-01-01' AND $3 LIMIT 10001);"
}
tallied() {  # $1 actor ids, $2 first year, $3 last year, $4 first month (y*12+m), $5 last month
  echo "SELECT count(*), sum(n) FROM (SELECT ActorId, BorderKey, Type, Status, sum(Count) AS n, sum(CASE WHEN Month = 0 AND Year IN (-1) THEN Count ELSE 0 END)
FROM ActorDateTallies WHERE ActorId IN ($1) AND Count > 0 AND Year >= $2 AND Year <= $3
  AND CASE WHEN Month = 0 THEN Year >= $2 AND Year <= $3 ELSE Year * 12 + Month >= $4 AND Year * 12 + Month <= $5 END
GROUP BY ActorId, BorderKey, Type, Status);"
}
links="(SELECT count(*) FROM IncidentActors l WHERE l.IncidentId IN (SELECT i.Id FROM Incidents AS i
WHERE i.Hidden = 0 AND i.DateStart IS NOT NULL AND i.DateEnd IS NOT NULL AND i.DateEnd >= '2015-01-01' AND i.DateStart <= '2019-12-31'
  AND i.DateStart >= '2015-01-01' LIMIT 10001))"
tjkLink="EXISTS (SELECT 1 FROM IncidentActors i1 WHERE i.Id = i1.IncidentId AND i1.ActorId IN ($tjk))"
talLink="EXISTS (SELECT 1 FROM IncidentActors i1 WHERE i.Id = i1.IncidentId AND i1.ActorId IN ($taliban))"
run() {  # $1 label, $2 statement
  { echo ".timer on"; for _ in $(seq 1 "$runs"); do echo "$2"; done; } | sqlite3 -readonly "$store" | awk -v n="$1" '
    /^Run Time/ { cpu = $6 + $8; printf "%s%.1f", (k++ ? " / " : ""), cpu * 1000 } !/^Run Time/ { rows = $0 }
    END { printf "  ms CPU  (%s)  %s\n", rows, n }'
}
run "before: country=TJK&from=2015&to=2019 capped rows" "$(capped 2015-01-01 2019-12-31 "$tjkLink")"
run "after:  country=TJK&from=2015&to=2019 actor-date tallies" "$(tallied "$tjk" 2015 2019 $((2015*12+1)) $((2019*12+12)))"
run "before: org=Taliban&from=2016-03&to=2016-09 capped rows" "$(capped 2016-03-01 2016-09-30 "$talLink")"
run "after:  org=Taliban&from=2016-03&to=2016-09 actor-date tallies" "$(tallied "$taliban" 2016 2016 $((2016*12+3)) $((2016*12+9)))"
run "before: country facet under 2015-2019 (capped rows' links)" "SELECT $links;"
run "after:  country facet under 2015-2019 (states' tallies)" "$(tallied "$states" 2015 2019 $((2015*12+1)) $((2019*12+12)))"
echo "plan (after, TJK):"; sqlite3 -readonly "$store" "EXPLAIN QUERY PLAN $(tallied "$tjk" 2015 2019 $((2015*12+1)) $((2019*12+12)))"
