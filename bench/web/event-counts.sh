#!/usr/bin/env bash
# Event counting on a generated store: the SQL of the pages that count events, with N accepted events grouped in.
#
#   bench/web/event-counts.sh STORE.db EVENTS [PORT]
#
# Copies STORE.db (a store from `borderwatch --db STORE.db generate --incidents N --seed 1`, which makes no events),
# groups EVENTS pairs of listed incidents (same border and type, consecutive ids, picked deterministically) into
# accepted analyst events with sqlite3, then runs bench/web/page-sql.sh on the copy with the URLs that count events:
# the overview, a border's timeline (histogram, totals, dots), the incident list and the API by report and by event.
# Build first: dotnet build src/BorderWatch.Web -c Release
set -euo pipefail
store=${1:?usage: event-counts.sh STORE.db EVENTS [PORT]}
events=${2:?usage: event-counts.sh STORE.db EVENTS [PORT]}
port=${3:-5712}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${BW_WORK:-/tmp/bw-eventcounts}; mkdir -p "$work"
copy="$work/events-$events.db"
cp "$store" "$copy"
sqlite3 "$copy" <<SQL
CREATE TEMP TABLE pairs AS
WITH ranked AS (
  SELECT Id, BorderSegmentId, Type, DateStart, DateEnd,
         row_number() OVER (PARTITION BY BorderSegmentId, Type ORDER BY Id) AS rn
  FROM Incidents WHERE Hidden = 0 AND BorderSegmentId IS NOT NULL)
SELECT a.Id AS A, b.Id AS B, a.BorderSegmentId AS Border, a.Type AS Type,
       min(coalesce(a.DateStart, b.DateStart), coalesce(b.DateStart, a.DateStart)) AS DateStart,
       max(coalesce(a.DateEnd, b.DateEnd), coalesce(b.DateEnd, a.DateEnd)) AS DateEnd
FROM ranked a JOIN ranked b ON b.BorderSegmentId = a.BorderSegmentId AND b.Type = a.Type AND b.rn = a.rn + 1
WHERE a.rn % 2 = 1
ORDER BY (a.Id * 2654435761) % 1000003
LIMIT $events;
INSERT INTO Events (Title, Type, BorderSegmentId, DateStart, DateEnd, Origin, Status, CreatedAt, DecidedBy)
SELECT 'bench ' || A, Type, Border, DateStart, DateEnd, 'Analyst', 'Accepted', '2026-12-02 14:00:00+00:00', 'bench' FROM pairs;
INSERT INTO EventReports (EventId, IncidentId)
SELECT e.Id, p.A FROM pairs p JOIN Events e ON e.Title = 'bench ' || p.A
UNION ALL
SELECT e.Id, p.B FROM pairs p JOIN Events e ON e.Title = 'bench ' || p.A;
ANALYZE;
SELECT 'events: ' || count(*) FROM Events WHERE Status = 'Accepted';
SELECT 'reports in events: ' || count(*) FROM EventReports;
SQL
BW_URLS=${BW_URLS:-"/ /borders/AFG-TJK /borders/AFG-TJK?by=event /incidents /incidents?by=event /api/incidents /api/incidents?by=event /api/incidents?border=AFG-TJK&from=2016&by=event"} \
  BW_WORK="$work" BW_REUSE_COPY=1 "$repo/bench/web/page-sql.sh" "$copy" "$port" "${BW_REPEAT:-3}"
