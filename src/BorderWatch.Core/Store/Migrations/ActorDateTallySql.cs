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

    private const string Changed = """
        OLD."Hidden" IS NOT NEW."Hidden" OR OLD."BorderSegmentId" IS NOT NEW."BorderSegmentId" OR OLD."Type" IS NOT NEW."Type"
        OR OLD."Status" IS NOT NEW."Status" OR OLD."DateYear" IS NOT NEW."DateYear" OR OLD."DateMonth" IS NOT NEW."DateMonth"
        """;

    private const string UpdateOf = "UPDATE OF \"Hidden\", \"BorderSegmentId\", \"Type\", \"Status\", \"DateYear\", \"DateMonth\"";

    public static readonly string[] SqliteCreate =
    [
        $"""
        CREATE TRIGGER "ActorDateTally_incident_update" AFTER {UpdateOf} ON "Incidents" WHEN {Changed} BEGIN
        {Move("OLD", "-1", "NOT OLD.\"Hidden\"")}
        {Move("NEW", "1", "NOT NEW.\"Hidden\"")}
        END;
        """,
        // Before the row goes: its links are still there (the cascade that removes them afterwards finds no incident).
        $"""
        CREATE TRIGGER "ActorDateTally_incident_delete" BEFORE DELETE ON "Incidents" WHEN NOT OLD."Hidden" BEGIN
        {Move("OLD", "-1", "1")}
        END;
        """,
        $"""
        CREATE TRIGGER "ActorDateTally_link_insert" AFTER INSERT ON "IncidentActors" WHEN {WriterBatchSql.SqliteNotWriter} BEGIN
        {Link("NEW", "1")}
        END;
        """,
        $"""
        CREATE TRIGGER "ActorDateTally_link_delete" AFTER DELETE ON "IncidentActors" BEGIN
        {Link("OLD", "-1")}
        END;
        """,
    ];

    public static readonly string[] SqliteDrop =
        new[] { "ActorDateTally_incident_update", "ActorDateTally_incident_delete", "ActorDateTally_link_insert", "ActorDateTally_link_delete" }
            .Select(n => $"DROP TRIGGER IF EXISTS \"{n}\";").ToArray();

    public static readonly string[] PostgresCreate =
    [
        $"""
        CREATE FUNCTION bw_actor_date_tally_move(r "Incidents", delta integer) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
        {Move("r", "delta", "TRUE")}
        END $$;
        """,
        """
        CREATE FUNCTION bw_actor_date_tally_on_incident() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                IF NOT OLD."Hidden" THEN PERFORM bw_actor_date_tally_move(OLD, -1); END IF;
                RETURN OLD;
            ELSIF OLD."Hidden" IS DISTINCT FROM NEW."Hidden" OR OLD."BorderSegmentId" IS DISTINCT FROM NEW."BorderSegmentId"
                  OR OLD."Type" IS DISTINCT FROM NEW."Type" OR OLD."Status" IS DISTINCT FROM NEW."Status"
                  OR OLD."DateYear" IS DISTINCT FROM NEW."DateYear" OR OLD."DateMonth" IS DISTINCT FROM NEW."DateMonth" THEN
                IF NOT OLD."Hidden" THEN PERFORM bw_actor_date_tally_move(OLD, -1); END IF;
                IF NOT NEW."Hidden" THEN PERFORM bw_actor_date_tally_move(NEW, 1); END IF;
            END IF;
            RETURN NULL;
        END $$;
        """,
        $"""
        CREATE FUNCTION bw_actor_date_tally_on_link() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
        {Link("NEW", "1")}
            ELSE
        {Link("OLD", "-1")}
            END IF;
            RETURN NULL;
        END $$;
        """,
        $"""CREATE TRIGGER "ActorDateTally_incident_update" AFTER {UpdateOf} ON "Incidents" FOR EACH ROW EXECUTE FUNCTION bw_actor_date_tally_on_incident();""",
        """CREATE TRIGGER "ActorDateTally_incident_delete" BEFORE DELETE ON "Incidents" FOR EACH ROW EXECUTE FUNCTION bw_actor_date_tally_on_incident();""",
        $"""CREATE TRIGGER "ActorDateTally_link_insert" AFTER INSERT ON "IncidentActors" FOR EACH ROW WHEN ({WriterBatchSql.PostgresNotWriter}) EXECUTE FUNCTION bw_actor_date_tally_on_link();""",
        """CREATE TRIGGER "ActorDateTally_link_delete" AFTER DELETE ON "IncidentActors" FOR EACH ROW EXECUTE FUNCTION bw_actor_date_tally_on_link();""",
    ];

    public static readonly string[] PostgresDrop =
    [
        """DROP TRIGGER IF EXISTS "ActorDateTally_link_delete" ON "IncidentActors";""",
        """DROP TRIGGER IF EXISTS "ActorDateTally_link_insert" ON "IncidentActors";""",
        """DROP TRIGGER IF EXISTS "ActorDateTally_incident_delete" ON "Incidents";""",
        """DROP TRIGGER IF EXISTS "ActorDateTally_incident_update" ON "Incidents";""",
        "DROP FUNCTION IF EXISTS bw_actor_date_tally_on_link();",
        "DROP FUNCTION IF EXISTS bw_actor_date_tally_on_incident();",
        "DROP FUNCTION IF EXISTS bw_actor_date_tally_move(\"Incidents\", integer);",
    ];
}
