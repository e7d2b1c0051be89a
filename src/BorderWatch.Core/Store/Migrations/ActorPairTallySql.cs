namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// The SQL of migration <see cref="ActorPairTallies"/>: listed incidents per (actor, other actor, border, type, status)
/// kept by triggers on SQLite and trigger functions on PostgreSQL, and the set-based count the batch writer's settle,
/// the store generator and the migration's first fill use (<see cref="Add"/>). An incident counts once per ordered pair
/// of distinct actors linked to it, whatever their roles; both orders are kept. Written like
/// <see cref="ActorDateTallySql"/>, through <see cref="LinkTallyTriggers"/>: no insert trigger on incidents (an incident's links are written after it and the
/// link trigger counts them); the link insert trigger skips the batch writer's rows (<see cref="WriterBatchSql"/>; the
/// writer adds them itself). Later migrations that change these must drop and re-create them, leaving this text as it
/// ran, and keep the flag.
/// </summary>
internal static class ActorPairTallySql
{
    private const string Key = "\"ActorId\", \"OtherActorId\", \"BorderKey\", \"Type\", \"Status\"";
    private const string Upsert = $"""ON CONFLICT ({Key}) DO UPDATE SET "Count" = "ActorPairTallies"."Count" + excluded."Count";""";

    private static string Cell(string r) => $"""coalesce({r}."BorderSegmentId", 0), {r}."Type", {r}."Status" """;

    /// <summary>Moves the counts of every pair of incident row <paramref name="r"/>'s actors by <paramref name="delta"/> when <paramref name="condition"/> holds.</summary>
    private static string Move(string r, string delta, string condition) => $"""
        INSERT INTO "ActorPairTallies" ({Key}, "Count")
        SELECT DISTINCT x."ActorId", y."ActorId", {Cell(r)}, {delta}
        FROM "IncidentActors" x JOIN "IncidentActors" y ON y."IncidentId" = x."IncidentId"
        WHERE x."IncidentId" = {r}."Id" AND y."ActorId" <> x."ActorId" AND {condition}
        {Upsert}
        """;

    /// <summary>
    /// One actor link added (+1) or removed (-1): when the incident is listed and no other role of the same actor remains,
    /// the pairs of that actor with every other actor of the incident move, in both orders (two statements).
    /// </summary>
    private static string Link(string link, string delta)
    {
        string Pairs(string first, string second) => $"""
            INSERT INTO "ActorPairTallies" ({Key}, "Count")
            SELECT DISTINCT {first}, {second}, {Cell("i")}, {delta}
            FROM "Incidents" i JOIN "IncidentActors" b ON b."IncidentId" = i."Id"
            WHERE i."Id" = {link}."IncidentId" AND NOT i."Hidden" AND b."ActorId" <> {link}."ActorId"
              AND NOT EXISTS (SELECT 1 FROM "IncidentActors" o
                              WHERE o."IncidentId" = {link}."IncidentId" AND o."ActorId" = {link}."ActorId" AND o."Role" <> {link}."Role")
            {Upsert}
            """;
        return Pairs($"{link}.\"ActorId\"", "b.\"ActorId\"") + "\n" + Pairs("b.\"ActorId\"", $"{link}.\"ActorId\"");
    }

    /// <summary>
    /// The counts of a set of incidents (<paramref name="where"/> on alias <c>i</c>), grouped and added (upserts): the
    /// batch writer's rows (PostgreSQL), the generator's whole store and the migration's first fill.
    /// </summary>
    internal static string Add(string where) => $"""
        INSERT INTO "ActorPairTallies" ({Key}, "Count")
        SELECT a, o, k, t, s, count(*) FROM (
            SELECT DISTINCT x."ActorId" AS a, y."ActorId" AS o, i."Id" AS n,
                   coalesce(i."BorderSegmentId", 0) AS k, i."Type" AS t, i."Status" AS s
            FROM "Incidents" i JOIN "IncidentActors" x ON x."IncidentId" = i."Id"
            JOIN "IncidentActors" y ON y."IncidentId" = i."Id" AND y."ActorId" <> x."ActorId"
            WHERE NOT i."Hidden" AND {where}) AS z
        WHERE TRUE
        GROUP BY a, o, k, t, s
        {Upsert}
        """;

    private static readonly LinkTallyTriggers Triggers =
        new("ActorPairTally", "bw_actor_pair_tally", ["Hidden", "BorderSegmentId", "Type", "Status"], Move, Link);

    public static string[] SqliteCreate => Triggers.SqliteCreate;
    public static string[] SqliteDrop => Triggers.SqliteDrop;
    public static string[] PostgresCreate => Triggers.PostgresCreate;
    public static string[] PostgresDrop => Triggers.PostgresDrop;
}
