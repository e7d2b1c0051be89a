namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// The SQL of migration <see cref="WriterBatchFlag"/>: the insert-path row triggers (search index, tallies, <c>Hidden</c>)
/// skip rows written while the batch writer's flag is set in the writing transaction (<see cref="WriterBatch"/>).
/// SQLite: the flag is a row of the one-row table <c>WriterBatch</c>, checked by each trigger's <c>WHEN</c>; PostgreSQL:
/// a transaction-local setting, checked by the <c>WHEN</c> of insert-only triggers (the combined triggers are split
/// into an insert trigger and one for the other operations; the functions are unchanged). Later migrations that
/// re-create one of these triggers must keep the flag (the writer's tests compare its rows with a full recount).
/// </summary>
internal static class WriterBatchSql
{
    /// <summary>True when the writing transaction is not the batch writer's.</summary>
    public const string SqliteNotWriter = """NOT EXISTS (SELECT 1 FROM "WriterBatch")""";

    /// <summary>True when the writing transaction has not set the writer's flag (unset settings read as null or '').</summary>
    public const string PostgresNotWriter = $"""coalesce(current_setting('{WriterBatch.PostgresSetting}', true), '') <> 'on'""";

    public const string SqliteTable = """CREATE TABLE "WriterBatch" ("Id" INTEGER NOT NULL PRIMARY KEY CHECK ("Id" = 1));""";

    public static readonly string[] SqliteSearchInsertTriggers =
    [
        """DROP TRIGGER IF EXISTS "IncidentSearch_incident_insert";""",
        $"""
        CREATE TRIGGER "IncidentSearch_incident_insert" AFTER INSERT ON "Incidents" WHEN {SqliteNotWriter} BEGIN
            INSERT INTO "IncidentSearch"(rowid, summary, excerpts, actors) VALUES (NEW."Id", NEW."Summary", '', '');
        END;
        """,
        """DROP TRIGGER IF EXISTS "IncidentSearch_excerpt_insert";""",
        $"""
        CREATE TRIGGER "IncidentSearch_excerpt_insert" AFTER INSERT ON "Excerpts" WHEN {SqliteNotWriter} BEGIN
            UPDATE "IncidentSearch" SET excerpts = {IncidentSearchIndex.SqliteExcerpts("NEW.\"IncidentId\"")} WHERE rowid = NEW."IncidentId";
        END;
        """,
        """DROP TRIGGER IF EXISTS "IncidentSearch_actor_insert";""",
        $"""
        CREATE TRIGGER "IncidentSearch_actor_insert" AFTER INSERT ON "IncidentActors" WHEN {SqliteNotWriter} BEGIN
            UPDATE "IncidentSearch" SET actors = {IncidentSearchIndex.SqliteActors("NEW.\"IncidentId\"")} WHERE rowid = NEW."IncidentId";
        END;
        """,
    ];

    public static readonly string[] SqliteOtherInsertTriggers =
    [
        """DROP TRIGGER IF EXISTS "Tally_incident_insert";""",
        $"""
        CREATE TRIGGER "Tally_incident_insert" AFTER INSERT ON "Incidents" WHEN NOT NEW."Hidden" AND {SqliteNotWriter} BEGIN
        {TallySql.Body(TallySql.Move("NEW", "1", "1"))}
        END;
        """,
        """DROP TRIGGER IF EXISTS "Tally_link_insert";""",
        $"""
        CREATE TRIGGER "Tally_link_insert" AFTER INSERT ON "IncidentActors" WHEN {SqliteNotWriter} BEGIN
        {TallySql.Link("NEW", "1")}
        END;
        """,
        """DROP TRIGGER IF EXISTS "Hidden_incident_insert";""",
        $"""
        CREATE TRIGGER "Hidden_incident_insert" AFTER INSERT ON "Incidents"
        WHEN (NEW."Superseded" OR (SELECT "DuplicateOfId" FROM "Articles" WHERE "Id" = NEW."ArticleId") IS NOT NULL) AND {SqliteNotWriter} BEGIN
            UPDATE "Incidents" SET "Hidden" = {ListedIncidents.HiddenExpression} WHERE "Id" = NEW."Id";
        END;
        """,
    ];

    private static readonly string[] FlaggedSqliteNames =
        ["IncidentSearch_incident_insert", "IncidentSearch_excerpt_insert", "IncidentSearch_actor_insert", "Tally_incident_insert", "Tally_link_insert", "Hidden_incident_insert"];

    /// <summary>Down: the triggers as the earlier migrations created them (without the flag), and no table.</summary>
    public static IEnumerable<string> SqliteDown()
    {
        foreach (var name in FlaggedSqliteNames) yield return $"DROP TRIGGER IF EXISTS \"{name}\";";
        foreach (var sql in IncidentSearchIndex.SqliteTriggers.Concat(TallySql.SqliteCreate).Concat(ListedIncidents.SqliteTriggers))
            if (FlaggedSqliteNames.Any(name => sql.Contains($"CREATE TRIGGER \"{name}\"", StringComparison.Ordinal))) yield return sql;
        yield return """DROP TABLE IF EXISTS "WriterBatch";""";
    }

    // PostgreSQL: (old combined trigger, table, the new insert trigger's function, the rest of the old trigger's events).
    private static readonly (string Old, string Table, string Function, string? OtherEvents, string? OtherName)[] PostgresSplits =
    [
        ("IncidentSearch_incident", "Incidents", "bw_search_on_incident", "DELETE OR UPDATE OF \"Summary\"", "IncidentSearch_incident_change"),
        ("IncidentSearch_excerpt", "Excerpts", "bw_search_on_part", "DELETE OR UPDATE OF \"Text\", \"IncidentId\"", "IncidentSearch_excerpt_change"),
        ("IncidentSearch_actor", "IncidentActors", "bw_search_on_part", "DELETE OR UPDATE", "IncidentSearch_actor_change"),
        ("Tally_incident_write", "Incidents", "bw_tally_on_incident",
            "UPDATE OF \"Hidden\", \"BorderSegmentId\", \"Type\", \"Status\", \"DateYear\", \"DateMonth\"", "Tally_incident_update"),
        ("Tally_link", "IncidentActors", "bw_tally_on_link", "DELETE", "Tally_link_delete"),
        ("Hidden_incident_insert", "Incidents", "bw_hidden_on_incident", null, null),
    ];

    private static string InsertName(string old) => old switch
    {
        "Tally_incident_write" => "Tally_incident_insert",
        "Tally_link" => "Tally_link_insert",
        "Hidden_incident_insert" => "Hidden_incident_insert",
        _ => old + "_insert",
    };

    public static IEnumerable<string> PostgresUp()
    {
        foreach (var (old, table, function, otherEvents, otherName) in PostgresSplits)
        {
            yield return $"""DROP TRIGGER "{old}" ON "{table}";""";
            yield return $"""CREATE TRIGGER "{InsertName(old)}" AFTER INSERT ON "{table}" FOR EACH ROW WHEN ({PostgresNotWriter}) EXECUTE FUNCTION {function}();""";
            if (otherEvents is not null)
                yield return $"""CREATE TRIGGER "{otherName}" AFTER {otherEvents} ON "{table}" FOR EACH ROW EXECUTE FUNCTION {function}();""";
        }
    }

    public static IEnumerable<string> PostgresDown()
    {
        foreach (var (old, table, function, otherEvents, otherName) in PostgresSplits)
        {
            yield return $"""DROP TRIGGER IF EXISTS "{InsertName(old)}" ON "{table}";""";
            if (otherName is not null) yield return $"""DROP TRIGGER IF EXISTS "{otherName}" ON "{table}";""";
            yield return $"""CREATE TRIGGER "{old}" AFTER INSERT{(otherEvents is null ? "" : " OR " + otherEvents)} ON "{table}" FOR EACH ROW EXECUTE FUNCTION {function}();""";
        }
    }
}
