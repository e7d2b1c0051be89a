namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// The SQL of migration <see cref="YearTallies"/>: the date triggers of <see cref="DateTallySql"/> re-created so that one
/// trigger (SQLite) or one function (PostgreSQL) moves both the month tallies and the new year tallies, and so that the
/// insert trigger skips the batch writer's rows like the other insert-path triggers (<see cref="WriterBatchSql"/>; the
/// writer adds both set-based, <see cref="SearchAndTallies.AddTallies"/>). Later migrations that change these must drop
/// and re-create them, leaving this text as it ran, and keep the flag.
/// </summary>
internal static class YearTallySql
{
    private const string DateKey = "\"Year\", \"Month\", \"BorderKey\", \"Type\", \"Status\"";
    private const string YearKey = "\"Year\", \"BorderKey\", \"Type\", \"Status\"";

    /// <summary>
    /// The upserts that move the month and year counts of incident row <paramref name="r"/> by <paramref name="delta"/>
    /// when <paramref name="condition"/> holds. Year 0: undated; month 0: dated to the year only (as in MonthTallies).
    /// </summary>
    internal static string[] Move(string r, string delta, string condition) =>
    [
        $"""
        INSERT INTO "DateTallies" ({DateKey}, "Count")
        SELECT coalesce({r}."DateYear", 0), CASE WHEN {r}."DateYear" IS NULL THEN 0 ELSE coalesce({r}."DateMonth", 0) END,
               coalesce({r}."BorderSegmentId", 0), {r}."Type", {r}."Status", {delta} WHERE {condition}
        ON CONFLICT ({DateKey}) DO UPDATE SET "Count" = "DateTallies"."Count" + excluded."Count";
        """,
        $"""
        INSERT INTO "YearTallies" ({YearKey}, "Count")
        SELECT coalesce({r}."DateYear", 0), coalesce({r}."BorderSegmentId", 0), {r}."Type", {r}."Status", {delta} WHERE {condition}
        ON CONFLICT ({YearKey}) DO UPDATE SET "Count" = "YearTallies"."Count" + excluded."Count";
        """,
    ];

    /// <summary>
    /// The same counts for a set of incidents (<paramref name="where"/> on alias <c>i</c>), grouped: the batch writer's
    /// rows (<see cref="SearchAndTallies.AddTallies"/>), the generator's whole store and the migration's first fill.
    /// </summary>
    internal static string[] Add(string where) =>
    [
        $"""
        INSERT INTO "DateTallies" ({DateKey}, "Count")
        SELECT y, m, k, t, s, count(*) FROM (
            SELECT coalesce(i."DateYear", 0) AS y, CASE WHEN i."DateYear" IS NULL THEN 0 ELSE coalesce(i."DateMonth", 0) END AS m,
                   coalesce(i."BorderSegmentId", 0) AS k, i."Type" AS t, i."Status" AS s
            FROM "Incidents" i WHERE NOT i."Hidden" AND {where}) AS x
        WHERE TRUE
        GROUP BY y, m, k, t, s
        ON CONFLICT ({DateKey}) DO UPDATE SET "Count" = "DateTallies"."Count" + excluded."Count";
        """,
        $"""
        INSERT INTO "YearTallies" ({YearKey}, "Count")
        SELECT y, k, t, s, count(*) FROM (
            SELECT coalesce(i."DateYear", 0) AS y, coalesce(i."BorderSegmentId", 0) AS k, i."Type" AS t, i."Status" AS s
            FROM "Incidents" i WHERE NOT i."Hidden" AND {where}) AS x
        WHERE TRUE
        GROUP BY y, k, t, s
        ON CONFLICT ({YearKey}) DO UPDATE SET "Count" = "YearTallies"."Count" + excluded."Count";
        """,
    ];

    private const string Changed = """
        OLD."Hidden" IS NOT NEW."Hidden" OR OLD."BorderSegmentId" IS NOT NEW."BorderSegmentId" OR OLD."Type" IS NOT NEW."Type"
        OR OLD."Status" IS NOT NEW."Status" OR OLD."DateYear" IS NOT NEW."DateYear" OR OLD."DateMonth" IS NOT NEW."DateMonth"
        """;

    private static readonly string[] SqliteNames = ["DateTally_incident_insert", "DateTally_incident_update", "DateTally_incident_delete"];

    public static IEnumerable<string> SqliteUp() =>
    [
        .. SqliteNames.Select(n => $"DROP TRIGGER IF EXISTS \"{n}\";"),
        $"""
        CREATE TRIGGER "DateTally_incident_insert" AFTER INSERT ON "Incidents" WHEN NOT NEW."Hidden" AND {WriterBatchSql.SqliteNotWriter} BEGIN
        {TallySql.Body(Move("NEW", "1", "1"))}
        END;
        """,
        $"""
        CREATE TRIGGER "DateTally_incident_update" AFTER UPDATE OF "Hidden", "BorderSegmentId", "Type", "Status", "DateYear", "DateMonth"
        ON "Incidents" WHEN {Changed} BEGIN
        {TallySql.Body(Move("OLD", "-1", "NOT OLD.\"Hidden\""))}
        {TallySql.Body(Move("NEW", "1", "NOT NEW.\"Hidden\""))}
        END;
        """,
        $"""
        CREATE TRIGGER "DateTally_incident_delete" BEFORE DELETE ON "Incidents" WHEN NOT OLD."Hidden" BEGIN
        {TallySql.Body(Move("OLD", "-1", "1"))}
        END;
        """,
    ];

    /// <summary>Down: the date triggers as <see cref="DateTallies"/> created them.</summary>
    public static IEnumerable<string> SqliteDown() => [.. SqliteNames.Select(n => $"DROP TRIGGER IF EXISTS \"{n}\";"), .. DateTallySql.SqliteCreate];

    private const string PostgresUpdateOf = "UPDATE OF \"Hidden\", \"BorderSegmentId\", \"Type\", \"Status\", \"DateYear\", \"DateMonth\"";

    public static IEnumerable<string> PostgresUp() =>
    [
        // The trigger function (bw_date_tally_on_incident) is unchanged; the row move now writes both tables.
        $"""
        CREATE OR REPLACE FUNCTION bw_date_tally_move(r "Incidents", delta integer) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
        {TallySql.Body(Move("r", "delta", "TRUE"))}
        END $$;
        """,
        """DROP TRIGGER "DateTally_incident_write" ON "Incidents";""",
        $"""CREATE TRIGGER "DateTally_incident_insert" AFTER INSERT ON "Incidents" FOR EACH ROW WHEN ({WriterBatchSql.PostgresNotWriter}) EXECUTE FUNCTION bw_date_tally_on_incident();""",
        $"""CREATE TRIGGER "DateTally_incident_update" AFTER {PostgresUpdateOf} ON "Incidents" FOR EACH ROW EXECUTE FUNCTION bw_date_tally_on_incident();""",
    ];

    public static IEnumerable<string> PostgresDown() =>
    [
        """DROP TRIGGER IF EXISTS "DateTally_incident_insert" ON "Incidents";""",
        """DROP TRIGGER IF EXISTS "DateTally_incident_update" ON "Incidents";""",
        $"""CREATE TRIGGER "DateTally_incident_write" AFTER INSERT OR {PostgresUpdateOf} ON "Incidents" FOR EACH ROW EXECUTE FUNCTION bw_date_tally_on_incident();""",
        DateTallySql.PostgresCreate[0].Replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", StringComparison.Ordinal),
    ];

    /// <summary>The year tallies of the store as it is when the migration runs (the table is empty then).</summary>
    public static readonly string YearFill = Add("TRUE")[1];
}
