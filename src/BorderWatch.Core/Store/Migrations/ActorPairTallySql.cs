namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// The SQL of migration <see cref="ActorPairTallies"/>: listed incidents per (actor, other actor, border, type, status)
/// kept by triggers on SQLite and trigger functions on PostgreSQL, and the set-based count the batch writer's settle,
/// the store generator and the migration's first fill use (<see cref="Add"/>). An incident counts once per ordered pair
/// of distinct actors linked to it, whatever their roles; both orders are kept. Written like
/// <see cref="ActorDateTallySql"/>: no insert trigger on incidents (an incident's links are written after it and the
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

    private const string Changed = """
        OLD."Hidden" IS NOT NEW."Hidden" OR OLD."BorderSegmentId" IS NOT NEW."BorderSegmentId" OR OLD."Type" IS NOT NEW."Type"
        OR OLD."Status" IS NOT NEW."Status"
        """;

    private const string UpdateOf = "UPDATE OF \"Hidden\", \"BorderSegmentId\", \"Type\", \"Status\"";

    public static readonly string[] SqliteCreate =
    [
        $"""
        CREATE TRIGGER "ActorPairTally_incident_update" AFTER {UpdateOf} ON "Incidents" WHEN {Changed} BEGIN
        {Move("OLD", "-1", "NOT OLD.\"Hidden\"")}
        {Move("NEW", "1", "NOT NEW.\"Hidden\"")}
        END;
        """,
        // Before the row goes: its links are still there (the cascade that removes them afterwards finds no incident).
        $"""
        CREATE TRIGGER "ActorPairTally_incident_delete" BEFORE DELETE ON "Incidents" WHEN NOT OLD."Hidden" BEGIN
        {Move("OLD", "-1", "1")}
        END;
        """,
        $"""
        CREATE TRIGGER "ActorPairTally_link_insert" AFTER INSERT ON "IncidentActors" WHEN {WriterBatchSql.SqliteNotWriter} BEGIN
        {Link("NEW", "1")}
        END;
        """,
        $"""
        CREATE TRIGGER "ActorPairTally_link_delete" AFTER DELETE ON "IncidentActors" BEGIN
        {Link("OLD", "-1")}
        END;
        """,
    ];

    public static readonly string[] SqliteDrop =
        new[] { "ActorPairTally_incident_update", "ActorPairTally_incident_delete", "ActorPairTally_link_insert", "ActorPairTally_link_delete" }
            .Select(n => $"DROP TRIGGER IF EXISTS \"{n}\";").ToArray();

    public static readonly string[] PostgresCreate =
    [
        $"""
        CREATE FUNCTION bw_actor_pair_tally_move(r "Incidents", delta integer) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
        {Move("r", "delta", "TRUE")}
        END $$;
        """,
        """
        CREATE FUNCTION bw_actor_pair_tally_on_incident() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                IF NOT OLD."Hidden" THEN PERFORM bw_actor_pair_tally_move(OLD, -1); END IF;
                RETURN OLD;
            ELSIF OLD."Hidden" IS DISTINCT FROM NEW."Hidden" OR OLD."BorderSegmentId" IS DISTINCT FROM NEW."BorderSegmentId"
                  OR OLD."Type" IS DISTINCT FROM NEW."Type" OR OLD."Status" IS DISTINCT FROM NEW."Status" THEN
                IF NOT OLD."Hidden" THEN PERFORM bw_actor_pair_tally_move(OLD, -1); END IF;
                IF NOT NEW."Hidden" THEN PERFORM bw_actor_pair_tally_move(NEW, 1); END IF;
            END IF;
            RETURN NULL;
        END $$;
        """,
        $"""
        CREATE FUNCTION bw_actor_pair_tally_on_link() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
        {Link("NEW", "1")}
            ELSE
        {Link("OLD", "-1")}
            END IF;
            RETURN NULL;
        END $$;
        """,
        $"""CREATE TRIGGER "ActorPairTally_incident_update" AFTER {UpdateOf} ON "Incidents" FOR EACH ROW EXECUTE FUNCTION bw_actor_pair_tally_on_incident();""",
        """CREATE TRIGGER "ActorPairTally_incident_delete" BEFORE DELETE ON "Incidents" FOR EACH ROW EXECUTE FUNCTION bw_actor_pair_tally_on_incident();""",
        $"""CREATE TRIGGER "ActorPairTally_link_insert" AFTER INSERT ON "IncidentActors" FOR EACH ROW WHEN ({WriterBatchSql.PostgresNotWriter}) EXECUTE FUNCTION bw_actor_pair_tally_on_link();""",
        """CREATE TRIGGER "ActorPairTally_link_delete" AFTER DELETE ON "IncidentActors" FOR EACH ROW EXECUTE FUNCTION bw_actor_pair_tally_on_link();""",
    ];

    public static readonly string[] PostgresDrop =
    [
        """DROP TRIGGER IF EXISTS "ActorPairTally_link_delete" ON "IncidentActors";""",
        """DROP TRIGGER IF EXISTS "ActorPairTally_link_insert" ON "IncidentActors";""",
        """DROP TRIGGER IF EXISTS "ActorPairTally_incident_delete" ON "Incidents";""",
        """DROP TRIGGER IF EXISTS "ActorPairTally_incident_update" ON "Incidents";""",
        "DROP FUNCTION IF EXISTS bw_actor_pair_tally_on_link();",
        "DROP FUNCTION IF EXISTS bw_actor_pair_tally_on_incident();",
        "DROP FUNCTION IF EXISTS bw_actor_pair_tally_move(\"Incidents\", integer);",
    ];
}
