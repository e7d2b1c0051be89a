-- store26: EXPLAIN (ANALYZE, BUFFERS) of the statements a /borders/AFG-TJK render sends, the actor-pair month tally read of
-- /incidents?org=Taliban&from=2016&to=2018 and the export's walked first read (LIMIT 50: main; store26 reads 10), parameters written in.
--   psql -h 127.0.0.1 -p 55460 -U postgres -d borderwatch -f bench/pg/store26-plans.sql
-- (actor ids of the seed-1 store: OSCE 26, EU 27, Taliban 30, Haqqani network 38)
\timing on
SELECT "Id" AS k FROM "BorderSegments" WHERE "Code" = 'AFG-TJK' \gset
SELECT "Id" AS taliban FROM "Actors" WHERE "CanonicalName" = 'Taliban' \gset
SELECT string_agg("Id"::text, ',') AS states FROM "Actors" WHERE "Kind" = 'State' \gset
\echo '### timeline: month tallies of the border'
EXPLAIN (ANALYZE, BUFFERS) SELECT m."BorderKey", m."Year", m."Month", m."Count" FROM "MonthTallies" AS m WHERE m."Count" > 0 AND m."BorderKey" = :k;
\echo '### timeline: first date'
EXPLAIN (ANALYZE, BUFFERS) SELECT i."DateStart" FROM "Incidents" AS i LEFT JOIN "BorderSegments" AS b ON i."BorderSegmentId" = b."Id"
WHERE i."Hidden" = false AND b."Code" = 'AFG-TJK' AND i."DateStart" IS NOT NULL ORDER BY i."DateStart" LIMIT 1;
\echo '### timeline: last date'
EXPLAIN (ANALYZE, BUFFERS) SELECT max(i."DateEnd") FROM "Incidents" AS i LEFT JOIN "BorderSegments" AS b ON i."BorderSegmentId" = b."Id"
WHERE i."Hidden" = false AND b."Code" = 'AFG-TJK' AND i."DateStart" >= DATE '2026-01-01' AND i."DateEnd" IS NOT NULL;
\echo '### timeline: first undated events'
EXPLAIN (ANALYZE, BUFFERS) SELECT i."Id" FROM "Incidents" AS i LEFT JOIN "BorderSegments" AS b ON i."BorderSegmentId" = b."Id"
WHERE i."Hidden" = false AND b."Code" = 'AFG-TJK' AND i."Id" NOT IN (
    SELECT i0."Id" FROM "Incidents" AS i0 WHERE i0."Hidden" = false AND i0."Id" IN (
        SELECT e."IncidentId" FROM "EventReports" AS e INNER JOIN "Events" AS e0 ON e."EventId" = e0."Id"
        INNER JOIN "Incidents" AS i1 ON e."IncidentId" = i1."Id"
        WHERE e0."Status" = 'Accepted' AND i1."Hidden" = false AND EXISTS (
            SELECT 1 FROM "EventReports" AS e1 INNER JOIN "Events" AS e2 ON e1."EventId" = e2."Id"
            INNER JOIN "Incidents" AS i2 ON e1."IncidentId" = i2."Id"
            WHERE e2."Status" = 'Accepted' AND i2."Hidden" = false AND e1."EventId" = e."EventId" AND e1."IncidentId" < e."IncidentId"))
) AND i."DateStart" IS NULL ORDER BY i."Id" LIMIT 20;
\echo '### timeline: the list page under it (newest 50 of the border)'
EXPLAIN (ANALYZE, BUFFERS) SELECT i."Id" FROM "Incidents" AS i LEFT JOIN "BorderSegments" AS b ON i."BorderSegmentId" = b."Id"
WHERE i."Hidden" = false AND b."Code" = 'AFG-TJK' AND i."DateStart" IS NOT NULL
ORDER BY i."DateStart" DESC, i."DateEnd" DESC, i."Id" DESC LIMIT 50 OFFSET 0;
\echo '### repeat reports (border summary, read once for the timeline too)'
EXPLAIN (ANALYZE, BUFFERS) SELECT i."BorderSegmentId", i."Type", i."DateYear", i."DateMonth", i."PlaceId", count(*)::int AS "N"
FROM "Incidents" AS i WHERE i."Hidden" = false AND i."Id" IN (
    SELECT e."IncidentId" FROM "EventReports" AS e INNER JOIN "Events" AS e0 ON e."EventId" = e0."Id"
    INNER JOIN "Incidents" AS i0 ON e."IncidentId" = i0."Id"
    WHERE e0."Status" = 'Accepted' AND i0."Hidden" = false AND EXISTS (
        SELECT 1 FROM "EventReports" AS e1 INNER JOIN "Events" AS e2 ON e1."EventId" = e2."Id"
        INNER JOIN "Incidents" AS i1 ON e1."IncidentId" = i1."Id"
        WHERE e2."Status" = 'Accepted' AND i1."Hidden" = false AND e1."EventId" = e."EventId" AND e1."IncidentId" < e."IncidentId"))
GROUP BY i."BorderSegmentId", i."Type", i."DateYear", i."DateMonth", i."PlaceId";
\echo '### actor-pair month tallies: the Taliban against the states, 2016-2018 (TalliedCounts.PairTotalsAsync)'
EXPLAIN (ANALYZE, BUFFERS) SELECT a."OtherActorId" AS "Key", COALESCE(sum(a."Count"), 0)::int AS "N"
FROM "ActorPairMonthTallies" AS a
WHERE a."ActorId" = :taliban AND a."Year" >= 2016 AND a."Year" <= 2018 AND CASE
    WHEN a."Month" = 0 THEN a."Year" >= 2016 AND a."Year" <= 2018
    ELSE a."Year" * 12 + a."Month" >= 24193 AND a."Year" * 12 + a."Month" <= 24228
END AND a."OtherActorId" = ANY (ARRAY[:states]) AND a."Count" > 0
GROUP BY a."OtherActorId";
\echo '### actor-date tallies under the same window (the list total)'
EXPLAIN (ANALYZE, BUFFERS) SELECT a."ActorId", a."BorderKey", a."Type", a."Status", COALESCE(sum(a."Count"), 0)::int AS "N"
FROM "ActorDateTallies" AS a
WHERE a."ActorId" = ANY (ARRAY[:taliban]) AND a."Count" > 0 AND a."Year" >= 2016 AND a."Year" <= 2018 AND CASE
    WHEN a."Month" = 0 THEN a."Year" >= 2016 AND a."Year" <= 2018
    ELSE a."Year" * 12 + a."Month" >= 24193 AND a."Year" * 12 + a."Month" <= 24228
END
GROUP BY a."ActorId", a."BorderKey", a."Type", a."Status";
\echo '### export lead: org=OSCE&org=EU&from=2015&to=2019, oldest first, 50 rows'
EXPLAIN (ANALYZE, BUFFERS) SELECT i."Id", i."DateStart", i."DateEnd" FROM "Incidents" AS i
WHERE i."Hidden" = false AND i."DateStart" IS NOT NULL AND i."DateEnd" IS NOT NULL AND i."DateEnd" >= DATE '2015-01-01'
  AND i."DateStart" >= DATE '2015-01-01' AND i."DateStart" <= DATE '2019-12-31'
  AND EXISTS (SELECT 1 FROM "IncidentActors" AS i0 WHERE i."Id" = i0."IncidentId" AND i0."ActorId" = ANY (ARRAY[26, 27]))
ORDER BY i."DateStart", i."DateEnd", i."Id" LIMIT 50;
\echo '### export lead: org=Taliban&org=Haqqani network&from=2016-03&to=2018-10-15&sort=newest, 50 rows'
EXPLAIN (ANALYZE, BUFFERS) SELECT i."Id", i."DateStart", i."DateEnd" FROM "Incidents" AS i
WHERE i."Hidden" = false AND i."DateStart" IS NOT NULL AND i."DateEnd" IS NOT NULL AND i."DateEnd" >= DATE '2016-03-01'
  AND i."DateStart" >= DATE '2016-01-01' AND i."DateStart" <= DATE '2018-10-15'
  AND EXISTS (SELECT 1 FROM "IncidentActors" AS i0 WHERE i."Id" = i0."IncidentId" AND i0."ActorId" = ANY (ARRAY[30, 38]))
ORDER BY i."DateStart" DESC, i."DateEnd" DESC, i."Id" DESC LIMIT 50;
