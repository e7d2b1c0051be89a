-- The capped rows of /incidents?country=TJK&org=Taliban&from=2015&to=2019 on the seed-1 1M store (actor 30 = Taliban,
-- 3 = TJK), as ResolvedFilter.CappedRowsAsync sends it with its ids inlined; run with
--   psql -h 127.0.0.1 -p PORT -U postgres -d borderwatch -f bench/pg/capped-rows.sql
\timing on
SELECT count(*) FROM "IncidentActors" WHERE "ActorId" = 30;
EXPLAIN (ANALYZE, BUFFERS)
SELECT i."Id", i."BorderSegmentId", i."Type", i."Status", (i."DateStart" < DATE '2015-01-01' OR i."DateEnd" > DATE '2019-12-31')
FROM "Incidents" AS i
WHERE i."Hidden" = false AND i."DateStart" IS NOT NULL AND i."DateEnd" IS NOT NULL AND i."DateEnd" >= DATE '2015-01-01'
  AND i."DateStart" >= DATE '2015-01-01' AND i."DateStart" <= DATE '2019-12-31'
  AND i."Id" = ANY (ARRAY(SELECT "IncidentId" FROM "IncidentActors" WHERE "ActorId" = 30))
  AND EXISTS (SELECT 1 FROM "IncidentActors" AS i0 WHERE i."Id" = i0."IncidentId" AND i0."ActorId" = ANY (ARRAY[3]))
LIMIT 10001;
