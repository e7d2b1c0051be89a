namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// The SQL of migration <see cref="ActorDateTallies"/>: listed incidents per (actor, year, month, border, type, status)
/// kept by triggers on SQLite and trigger functions on PostgreSQL, the set-based count the batch writer, the store
/// generator and the migration's first fill use (<see cref="Add"/>), written like <see cref="TallySql"/>'s actor
/// tallies: an incident counts once per actor whatever its roles. No insert trigger on incidents: an incident's links
/// are written after it, and the link trigger counts them; that trigger skips the batch writer's rows
/// (<see cref="WriterBatchSql"/>; the writer adds them with <see cref="SearchAndTallies.AddTallies"/>). Later migrations
/// that change these must drop and re-create them, leaving this text as it ran, and keep the flag.
/// </summary>
internal static class ActorDateTallySql
{
    private const string Key = "\"ActorId\", \"Year\", \"Month\", \"BorderKey\", \"Type\", \"Status\"";
    private const string Upsert = $"""ON CONFLICT ({Key}) DO UPDATE SET "Count" = "ActorDateTallies"."Count" + excluded."Count";""";

    // Year 0: undated; month 0: dated to the year only (as in DateTallies).
    private static string Cell(string r) =>
        $"""coalesce({r}."DateYear", 0), CASE WHEN {r}."DateYear" IS NULL THEN 0 ELSE coalesce({r}."DateMonth", 0) END, coalesce({r}."BorderSegmentId", 0), {r}."Type", {r}."Status" """;

    /// <summary>Moves the counts of incident row <paramref name="r"/>'s actors by <paramref name="delta"/> when <paramref name="condition"/> holds.</summary>
    private static string Move(string r, string delta, string condition) => $"""
        INSERT INTO "ActorDateTallies" ({Key}, "Count")
        SELECT DISTINCT ia."ActorId", {Cell(r)}, {delta}
        FROM "IncidentActors" ia WHERE ia."IncidentId" = {r}."Id" AND {condition}
        {Upsert}
        """;

    /// <summary>One actor link added (+1) or removed (-1): counts when the incident is listed and no other role of the same actor remains.</summary>
    private static string Link(string link, string delta) => $"""
        INSERT INTO "ActorDateTallies" ({Key}, "Count")
        SELECT {link}."ActorId", {Cell("i")}, {delta}
        FROM "Incidents" i
        WHERE i."Id" = {link}."IncidentId" AND NOT i."Hidden"
          AND NOT EXISTS (SELECT 1 FROM "IncidentActors" o
                          WHERE o."IncidentId" = {link}."IncidentId" AND o."ActorId" = {link}."ActorId" AND o."Role" <> {link}."Role")
        {Upsert}
        """;

    /// <summary>
    /// The counts of a set of incidents (<paramref name="where"/> on alias <c>i</c>), grouped and added (upserts): the
    /// batch writer's rows, the generator's whole store and the migration's first fill.
    /// </summary>
    internal static string Add(string where) => $"""
        INSERT INTO "ActorDateTallies" ({Key}, "Count")
        SELECT a, y, m, k, t, s, count(*) FROM (
            SELECT DISTINCT ia."ActorId" AS a, ia."IncidentId" AS n, coalesce(i."DateYear", 0) AS y,
                   CASE WHEN i."DateYear" IS NULL THEN 0 ELSE coalesce(i."DateMonth", 0) END AS m,
                   coalesce(i."BorderSegmentId", 0) AS k, i."Type" AS t, i."Status" AS s
            FROM "Incidents" i JOIN "IncidentActors" ia ON ia."IncidentId" = i."Id"
            WHERE NOT i."Hidden" AND {where}) AS x
        WHERE TRUE
        GROUP BY a, y, m, k, t, s
        {Upsert}
        """;

    // The triggers' text as the migration ran it, bar line breaks inside the changed-columns condition.
    private static readonly LinkTallyTriggers Triggers = new("ActorDateTally", "bw_actor_date_tally",
        ["Hidden", "BorderSegmentId", "Type", "Status", "DateYear", "DateMonth"], Move, Link);

    public static string[] SqliteCreate => Triggers.SqliteCreate;
    public static string[] SqliteDrop => Triggers.SqliteDrop;
    public static string[] PostgresCreate => Triggers.PostgresCreate;
    public static string[] PostgresDrop => Triggers.PostgresDrop;
}
