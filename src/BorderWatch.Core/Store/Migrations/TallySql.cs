namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// The SQL of migration <see cref="Tallies"/>: triggers on SQLite, trigger functions on PostgreSQL, and the first fill.
/// Later migrations that change these must drop and re-create them, leaving this text as it ran.
/// </summary>
internal static class TallySql
{
    // The three upserts that move the counts of incident row `r` by `delta` when `condition` holds. The actor part
    // counts each actor once per incident, whatever its roles.
    internal static string[] Move(string r, string delta, string condition) =>
    [
        $"""
        INSERT INTO "IncidentTallies" ("BorderKey", "Type", "Status", "Count")
        SELECT coalesce({r}."BorderSegmentId", 0), {r}."Type", {r}."Status", {delta} WHERE {condition}
        ON CONFLICT ("BorderKey", "Type", "Status") DO UPDATE SET "Count" = "IncidentTallies"."Count" + excluded."Count";
        """,
        $"""
        INSERT INTO "MonthTallies" ("BorderKey", "Year", "Month", "Count")
        SELECT coalesce({r}."BorderSegmentId", 0), coalesce({r}."DateYear", 0),
               CASE WHEN {r}."DateYear" IS NULL THEN 0 ELSE coalesce({r}."DateMonth", 0) END, {delta} WHERE {condition}
        ON CONFLICT ("BorderKey", "Year", "Month") DO UPDATE SET "Count" = "MonthTallies"."Count" + excluded."Count";
        """,
        $"""
        INSERT INTO "ActorTallies" ("ActorId", "BorderKey", "Type", "Status", "Count")
        SELECT DISTINCT ia."ActorId", coalesce({r}."BorderSegmentId", 0), {r}."Type", {r}."Status", {delta}
        FROM "IncidentActors" ia WHERE ia."IncidentId" = {r}."Id" AND {condition}
        ON CONFLICT ("ActorId", "BorderKey", "Type", "Status") DO UPDATE SET "Count" = "ActorTallies"."Count" + excluded."Count";
        """,
    ];

    // One actor link added (+1) or removed (-1): counts when the incident is listed and no other role of the same
    // actor in the same incident remains.
    internal static string Link(string link, string delta) => $"""
        INSERT INTO "ActorTallies" ("ActorId", "BorderKey", "Type", "Status", "Count")
        SELECT {link}."ActorId", coalesce(i."BorderSegmentId", 0), i."Type", i."Status", {delta}
        FROM "Incidents" i
        WHERE i."Id" = {link}."IncidentId" AND NOT i."Hidden"
          AND NOT EXISTS (SELECT 1 FROM "IncidentActors" o
                          WHERE o."IncidentId" = {link}."IncidentId" AND o."ActorId" = {link}."ActorId" AND o."Role" <> {link}."Role")
        ON CONFLICT ("ActorId", "BorderKey", "Type", "Status") DO UPDATE SET "Count" = "ActorTallies"."Count" + excluded."Count";
        """;

    private const string Changed = """
        OLD."Hidden" IS NOT NEW."Hidden" OR OLD."BorderSegmentId" IS NOT NEW."BorderSegmentId" OR OLD."Type" IS NOT NEW."Type"
        OR OLD."Status" IS NOT NEW."Status" OR OLD."DateYear" IS NOT NEW."DateYear" OR OLD."DateMonth" IS NOT NEW."DateMonth"
        """;

    internal static string Body(IEnumerable<string> statements) => string.Join("\n", statements);

    public static readonly string[] SqliteCreate =
    [
        $"""
        CREATE TRIGGER "Tally_incident_insert" AFTER INSERT ON "Incidents" WHEN NOT NEW."Hidden" BEGIN
        {Body(Move("NEW", "1", "1"))}
        END;
        """,
        $"""
        CREATE TRIGGER "Tally_incident_update" AFTER UPDATE OF "Hidden", "BorderSegmentId", "Type", "Status", "DateYear", "DateMonth"
        ON "Incidents" WHEN {Changed} BEGIN
        {Body(Move("OLD", "-1", "NOT OLD.\"Hidden\""))}
        {Body(Move("NEW", "1", "NOT NEW.\"Hidden\""))}
        END;
        """,
        // Before the row goes: its actor links are still there (a cascade removes them afterwards, when the incident
        // no longer exists and the link trigger leaves the counts alone).
        $"""
        CREATE TRIGGER "Tally_incident_delete" BEFORE DELETE ON "Incidents" WHEN NOT OLD."Hidden" BEGIN
        {Body(Move("OLD", "-1", "1"))}
        END;
        """,
        $"""
        CREATE TRIGGER "Tally_link_insert" AFTER INSERT ON "IncidentActors" BEGIN
        {Link("NEW", "1")}
        END;
        """,
        $"""
        CREATE TRIGGER "Tally_link_delete" AFTER DELETE ON "IncidentActors" BEGIN
        {Link("OLD", "-1")}
        END;
        """,
    ];

    private static readonly string[] SqliteTriggers =
        ["Tally_incident_insert", "Tally_incident_update", "Tally_incident_delete", "Tally_link_insert", "Tally_link_delete"];

    public static readonly string[] SqliteDrop = SqliteTriggers.Select(n => $"DROP TRIGGER IF EXISTS \"{n}\";").ToArray();

    public static readonly string[] PostgresCreate =
    [
        $"""
        CREATE FUNCTION bw_tally_move(r "Incidents", delta integer) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
        {Body(Move("r", "delta", "TRUE"))}
        END $$;
        """,
        """
        CREATE FUNCTION bw_tally_on_incident() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                IF NOT NEW."Hidden" THEN PERFORM bw_tally_move(NEW, 1); END IF;
            ELSIF TG_OP = 'DELETE' THEN
                IF NOT OLD."Hidden" THEN PERFORM bw_tally_move(OLD, -1); END IF;
                RETURN OLD;
            ELSIF OLD."Hidden" IS DISTINCT FROM NEW."Hidden" OR OLD."BorderSegmentId" IS DISTINCT FROM NEW."BorderSegmentId"
                  OR OLD."Type" IS DISTINCT FROM NEW."Type" OR OLD."Status" IS DISTINCT FROM NEW."Status"
                  OR OLD."DateYear" IS DISTINCT FROM NEW."DateYear" OR OLD."DateMonth" IS DISTINCT FROM NEW."DateMonth" THEN
                IF NOT OLD."Hidden" THEN PERFORM bw_tally_move(OLD, -1); END IF;
                IF NOT NEW."Hidden" THEN PERFORM bw_tally_move(NEW, 1); END IF;
            END IF;
            RETURN NULL;
        END $$;
        """,
        $"""
        CREATE FUNCTION bw_tally_on_link() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
        {Link("NEW", "1")}
            ELSE
        {Link("OLD", "-1")}
            END IF;
            RETURN NULL;
        END $$;
        """,
        """CREATE TRIGGER "Tally_incident_write" AFTER INSERT OR UPDATE OF "Hidden", "BorderSegmentId", "Type", "Status", "DateYear", "DateMonth" ON "Incidents" FOR EACH ROW EXECUTE FUNCTION bw_tally_on_incident();""",
        """CREATE TRIGGER "Tally_incident_delete" BEFORE DELETE ON "Incidents" FOR EACH ROW EXECUTE FUNCTION bw_tally_on_incident();""",
        """CREATE TRIGGER "Tally_link" AFTER INSERT OR DELETE ON "IncidentActors" FOR EACH ROW EXECUTE FUNCTION bw_tally_on_link();""",
    ];

    public static readonly string[] PostgresDrop =
    [
        """DROP TRIGGER IF EXISTS "Tally_link" ON "IncidentActors";""",
        """DROP TRIGGER IF EXISTS "Tally_incident_delete" ON "Incidents";""",
        """DROP TRIGGER IF EXISTS "Tally_incident_write" ON "Incidents";""",
        "DROP FUNCTION IF EXISTS bw_tally_on_link();",
        "DROP FUNCTION IF EXISTS bw_tally_on_incident();",
        "DROP FUNCTION IF EXISTS bw_tally_move(\"Incidents\", integer);",
    ];

    /// <summary>Counts of the store as it is when the migration runs (the tables are empty then).</summary>
    public static readonly string[] Fill =
    [
        """
        INSERT INTO "IncidentTallies" ("BorderKey", "Type", "Status", "Count")
        SELECT coalesce("BorderSegmentId", 0), "Type", "Status", count(*) FROM "Incidents" WHERE NOT "Hidden"
        GROUP BY coalesce("BorderSegmentId", 0), "Type", "Status";
        """,
        """
        INSERT INTO "MonthTallies" ("BorderKey", "Year", "Month", "Count")
        SELECT k, y, m, count(*) FROM (
            SELECT coalesce("BorderSegmentId", 0) AS k, coalesce("DateYear", 0) AS y,
                   CASE WHEN "DateYear" IS NULL THEN 0 ELSE coalesce("DateMonth", 0) END AS m
            FROM "Incidents" WHERE NOT "Hidden") AS x
        GROUP BY k, y, m;
        """,
        """
        INSERT INTO "ActorTallies" ("ActorId", "BorderKey", "Type", "Status", "Count")
        SELECT a."ActorId", coalesce(i."BorderSegmentId", 0), i."Type", i."Status", count(*)
        FROM (SELECT DISTINCT "IncidentId", "ActorId" FROM "IncidentActors") AS a
        JOIN "Incidents" i ON i."Id" = a."IncidentId"
        WHERE NOT i."Hidden"
        GROUP BY a."ActorId", coalesce(i."BorderSegmentId", 0), i."Type", i."Status";
        """,
    ];
}
