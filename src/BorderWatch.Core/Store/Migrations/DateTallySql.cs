namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// The SQL of migration <see cref="DateTallies"/>: triggers on SQLite, a trigger function on PostgreSQL, and the first
/// fill, written the way <see cref="TallySql"/> writes the other tallies (its own triggers, so those stay as they ran).
/// Later migrations that change these must drop and re-create them, leaving this text as it ran.
/// </summary>
internal static class DateTallySql
{
    // Moves the count of incident row `r`'s (year, month, border, type, status) by `delta` when `condition` holds.
    // Year 0: undated; month 0: dated to the year only (as in MonthTallies).
    private static string Move(string r, string delta, string condition) => $"""
        INSERT INTO "DateTallies" ("Year", "Month", "BorderKey", "Type", "Status", "Count")
        SELECT coalesce({r}."DateYear", 0), CASE WHEN {r}."DateYear" IS NULL THEN 0 ELSE coalesce({r}."DateMonth", 0) END,
               coalesce({r}."BorderSegmentId", 0), {r}."Type", {r}."Status", {delta} WHERE {condition}
        ON CONFLICT ("Year", "Month", "BorderKey", "Type", "Status") DO UPDATE SET "Count" = "DateTallies"."Count" + excluded."Count";
        """;

    private const string Changed = """
        OLD."Hidden" IS NOT NEW."Hidden" OR OLD."BorderSegmentId" IS NOT NEW."BorderSegmentId" OR OLD."Type" IS NOT NEW."Type"
        OR OLD."Status" IS NOT NEW."Status" OR OLD."DateYear" IS NOT NEW."DateYear" OR OLD."DateMonth" IS NOT NEW."DateMonth"
        """;

    public static readonly string[] SqliteCreate =
    [
        $"""
        CREATE TRIGGER "DateTally_incident_insert" AFTER INSERT ON "Incidents" WHEN NOT NEW."Hidden" BEGIN
        {Move("NEW", "1", "1")}
        END;
        """,
        $"""
        CREATE TRIGGER "DateTally_incident_update" AFTER UPDATE OF "Hidden", "BorderSegmentId", "Type", "Status", "DateYear", "DateMonth"
        ON "Incidents" WHEN {Changed} BEGIN
        {Move("OLD", "-1", "NOT OLD.\"Hidden\"")}
        {Move("NEW", "1", "NOT NEW.\"Hidden\"")}
        END;
        """,
        $"""
        CREATE TRIGGER "DateTally_incident_delete" BEFORE DELETE ON "Incidents" WHEN NOT OLD."Hidden" BEGIN
        {Move("OLD", "-1", "1")}
        END;
        """,
    ];

    public static readonly string[] SqliteDrop =
        new[] { "DateTally_incident_insert", "DateTally_incident_update", "DateTally_incident_delete" }.Select(n => $"DROP TRIGGER IF EXISTS \"{n}\";").ToArray();

    public static readonly string[] PostgresCreate =
    [
        $"""
        CREATE FUNCTION bw_date_tally_move(r "Incidents", delta integer) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
        {Move("r", "delta", "TRUE")}
        END $$;
        """,
        """
        CREATE FUNCTION bw_date_tally_on_incident() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                IF NOT NEW."Hidden" THEN PERFORM bw_date_tally_move(NEW, 1); END IF;
            ELSIF TG_OP = 'DELETE' THEN
                IF NOT OLD."Hidden" THEN PERFORM bw_date_tally_move(OLD, -1); END IF;
                RETURN OLD;
            ELSIF OLD."Hidden" IS DISTINCT FROM NEW."Hidden" OR OLD."BorderSegmentId" IS DISTINCT FROM NEW."BorderSegmentId"
                  OR OLD."Type" IS DISTINCT FROM NEW."Type" OR OLD."Status" IS DISTINCT FROM NEW."Status"
                  OR OLD."DateYear" IS DISTINCT FROM NEW."DateYear" OR OLD."DateMonth" IS DISTINCT FROM NEW."DateMonth" THEN
                IF NOT OLD."Hidden" THEN PERFORM bw_date_tally_move(OLD, -1); END IF;
                IF NOT NEW."Hidden" THEN PERFORM bw_date_tally_move(NEW, 1); END IF;
            END IF;
            RETURN NULL;
        END $$;
        """,
        """CREATE TRIGGER "DateTally_incident_write" AFTER INSERT OR UPDATE OF "Hidden", "BorderSegmentId", "Type", "Status", "DateYear", "DateMonth" ON "Incidents" FOR EACH ROW EXECUTE FUNCTION bw_date_tally_on_incident();""",
        """CREATE TRIGGER "DateTally_incident_delete" BEFORE DELETE ON "Incidents" FOR EACH ROW EXECUTE FUNCTION bw_date_tally_on_incident();""",
    ];

    public static readonly string[] PostgresDrop =
    [
        """DROP TRIGGER IF EXISTS "DateTally_incident_delete" ON "Incidents";""",
        """DROP TRIGGER IF EXISTS "DateTally_incident_write" ON "Incidents";""",
        "DROP FUNCTION IF EXISTS bw_date_tally_on_incident();",
        "DROP FUNCTION IF EXISTS bw_date_tally_move(\"Incidents\", integer);",
    ];

    /// <summary>Counts of the store as it is when the migration runs (the table is empty then).</summary>
    public static readonly string[] Fill =
    [
        """
        INSERT INTO "DateTallies" ("Year", "Month", "BorderKey", "Type", "Status", "Count")
        SELECT y, m, k, t, s, count(*) FROM (
            SELECT coalesce("DateYear", 0) AS y, CASE WHEN "DateYear" IS NULL THEN 0 ELSE coalesce("DateMonth", 0) END AS m,
                   coalesce("BorderSegmentId", 0) AS k, "Type" AS t, "Status" AS s
            FROM "Incidents" WHERE NOT "Hidden") AS x
        GROUP BY y, m, k, t, s;
        """,
    ];
}
