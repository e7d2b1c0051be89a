namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// The SQL of migration <see cref="StorePlaceTallies"/>: listed incidents per place, moved by row triggers on both
/// providers on every insert, every change of <c>Hidden</c> or <c>PlaceId</c> and every delete. The insert trigger skips
/// the batch writer's rows like the other insert-path triggers (<see cref="WriterBatchSql"/>): the writer counts them
/// itself on SQLite (<c>GroupTallies</c>) and set-based on PostgreSQL (<see cref="Add"/> in
/// <see cref="SearchAndTallies.AddTallies"/>, which the generator's PostgreSQL load and the migration's fill use too).
/// Later migrations that change these must drop and re-create them, leaving this text as it ran, and keep the flag.
/// </summary>
internal static class PlaceTallySql
{
    /// <summary>Moves the count of row <paramref name="r"/>'s place by <paramref name="delta"/> when it is listed and has a place.</summary>
    private static string Move(string r, string delta) => $"""
        INSERT INTO "PlaceTallies" ("PlaceId", "Count") SELECT {r}."PlaceId", {delta} WHERE NOT {r}."Hidden" AND {r}."PlaceId" IS NOT NULL
        ON CONFLICT ("PlaceId") DO UPDATE SET "Count" = "PlaceTallies"."Count" + excluded."Count";
        """;

    /// <summary>The counts of the scoped incidents (alias <c>i</c>), added to those stored.</summary>
    internal static string Add(string where) => $"""
        INSERT INTO "PlaceTallies" ("PlaceId", "Count")
        SELECT i."PlaceId", count(*) FROM "Incidents" i WHERE NOT i."Hidden" AND i."PlaceId" IS NOT NULL AND {where}
        GROUP BY i."PlaceId"
        ON CONFLICT ("PlaceId") DO UPDATE SET "Count" = "PlaceTallies"."Count" + excluded."Count";
        """;

    private static readonly string[] SqliteNames = ["PlaceTally_incident_insert", "PlaceTally_incident_update", "PlaceTally_incident_delete"];

    public static IEnumerable<string> SqliteUp() =>
    [
        $"""
        CREATE TRIGGER "PlaceTally_incident_insert" AFTER INSERT ON "Incidents" WHEN NOT NEW."Hidden" AND NEW."PlaceId" IS NOT NULL AND {WriterBatchSql.SqliteNotWriter} BEGIN
        {Move("NEW", "1")}
        END;
        """,
        $"""
        CREATE TRIGGER "PlaceTally_incident_update" AFTER UPDATE OF "Hidden", "PlaceId" ON "Incidents"
        WHEN OLD."Hidden" IS NOT NEW."Hidden" OR OLD."PlaceId" IS NOT NEW."PlaceId" BEGIN
        {Move("OLD", "-1")}
        {Move("NEW", "1")}
        END;
        """,
        $"""
        CREATE TRIGGER "PlaceTally_incident_delete" AFTER DELETE ON "Incidents" WHEN NOT OLD."Hidden" AND OLD."PlaceId" IS NOT NULL BEGIN
        {Move("OLD", "-1")}
        END;
        """,
    ];

    public static IEnumerable<string> SqliteDown() => SqliteNames.Select(n => $"DROP TRIGGER IF EXISTS \"{n}\";");

    public static IEnumerable<string> PostgresUp() =>
    [
        $"""
        CREATE FUNCTION bw_place_tally_on_incident() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') THEN
        {Move("OLD", "-1")}
            END IF;
            IF TG_OP IN ('UPDATE', 'INSERT') THEN
        {Move("NEW", "1")}
            END IF;
            RETURN NULL;
        END $$;
        """,
        $"""CREATE TRIGGER "PlaceTally_incident_insert" AFTER INSERT ON "Incidents" FOR EACH ROW WHEN ({WriterBatchSql.PostgresNotWriter}) EXECUTE FUNCTION bw_place_tally_on_incident();""",
        """CREATE TRIGGER "PlaceTally_incident_delete" AFTER DELETE ON "Incidents" FOR EACH ROW EXECUTE FUNCTION bw_place_tally_on_incident();""",
        """
        CREATE TRIGGER "PlaceTally_incident_update" AFTER UPDATE OF "Hidden", "PlaceId" ON "Incidents" FOR EACH ROW
        WHEN (OLD."Hidden" IS DISTINCT FROM NEW."Hidden" OR OLD."PlaceId" IS DISTINCT FROM NEW."PlaceId") EXECUTE FUNCTION bw_place_tally_on_incident();
        """,
    ];

    public static IEnumerable<string> PostgresDown() =>
    [
        """DROP TRIGGER IF EXISTS "PlaceTally_incident_update" ON "Incidents";""",
        """DROP TRIGGER IF EXISTS "PlaceTally_incident_insert" ON "Incidents";""",
        """DROP TRIGGER IF EXISTS "PlaceTally_incident_delete" ON "Incidents";""",
        "DROP FUNCTION IF EXISTS bw_place_tally_on_incident();",
    ];

    /// <summary>The place counts of the whole store (the table is empty then).</summary>
    public static readonly string Fill = Add("TRUE");
}
