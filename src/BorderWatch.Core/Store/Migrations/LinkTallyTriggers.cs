namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// The triggers of a tally kept per actor link (the incident's actors counted: <see cref="ActorDateTallySql"/>,
/// <see cref="ActorPairTallySql"/>): on SQLite, an update trigger on the incident's counted columns, a delete trigger before the incident goes
/// (its links still there), and insert and delete triggers on the links (the insert one skipping the batch writer's rows,
/// <see cref="WriterBatchSql"/>); on PostgreSQL the same through three trigger functions. The tally says what moves:
/// <see cref="Move"/> for an incident row, <see cref="Link"/> for one link. A later migration that changes the
/// triggers must drop and re-create them.
/// </summary>
/// <param name="Name">The triggers' name prefix ("ActorPairTally").</param>
/// <param name="Function">The PostgreSQL functions' name prefix ("bw_actor_pair_tally").</param>
/// <param name="Columns">The incident columns whose change moves the counts.</param>
/// <param name="Move">(incident row, delta, condition): the statement that moves the counts of that row's links.</param>
/// <param name="Link">(link row, delta): the statement(s) that move the counts for one link added or removed.</param>
internal sealed record LinkTallyTriggers(string Name, string Function, IReadOnlyList<string> Columns,
    Func<string, string, string, string> Move, Func<string, string, string> Link)
{
    private string UpdateOf => "UPDATE OF " + string.Join(", ", Columns.Select(c => $"\"{c}\""));

    private string Changed(string op) => string.Join(" OR ", Columns.Select(c => $"OLD.\"{c}\" {op} NEW.\"{c}\""));

    private string[] Triggers => [$"{Name}_incident_update", $"{Name}_incident_delete", $"{Name}_link_insert", $"{Name}_link_delete"];

    public string[] SqliteCreate =>
    [
        $"""
        CREATE TRIGGER "{Name}_incident_update" AFTER {UpdateOf} ON "Incidents" WHEN {Changed("IS NOT")} BEGIN
        {Move("OLD", "-1", "NOT OLD.\"Hidden\"")}
        {Move("NEW", "1", "NOT NEW.\"Hidden\"")}
        END;
        """,
        // Before the row goes: its links are still there (the cascade that removes them afterwards finds no incident).
        $"""
        CREATE TRIGGER "{Name}_incident_delete" BEFORE DELETE ON "Incidents" WHEN NOT OLD."Hidden" BEGIN
        {Move("OLD", "-1", "1")}
        END;
        """,
        $"""
        CREATE TRIGGER "{Name}_link_insert" AFTER INSERT ON "IncidentActors" WHEN {WriterBatchSql.SqliteNotWriter} BEGIN
        {Link("NEW", "1")}
        END;
        """,
        $"""
        CREATE TRIGGER "{Name}_link_delete" AFTER DELETE ON "IncidentActors" BEGIN
        {Link("OLD", "-1")}
        END;
        """,
    ];

    public string[] SqliteDrop => Triggers.Select(n => $"DROP TRIGGER IF EXISTS \"{n}\";").ToArray();

    private string PostgresMove => $"""
        CREATE FUNCTION {Function}_move(r "Incidents", delta integer) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
        {Move("r", "delta", "TRUE")}
        END $$;
        """;

    private string PostgresOnIncident => $"""
        CREATE FUNCTION {Function}_on_incident() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                IF NOT OLD."Hidden" THEN PERFORM {Function}_move(OLD, -1); END IF;
                RETURN OLD;
            ELSIF {Changed("IS DISTINCT FROM")} THEN
                IF NOT OLD."Hidden" THEN PERFORM {Function}_move(OLD, -1); END IF;
                IF NOT NEW."Hidden" THEN PERFORM {Function}_move(NEW, 1); END IF;
            END IF;
            RETURN NULL;
        END $$;
        """;

    private string PostgresIncidentUpdate =>
        $"""CREATE TRIGGER "{Name}_incident_update" AFTER {UpdateOf} ON "Incidents" FOR EACH ROW EXECUTE FUNCTION {Function}_on_incident();""";

    private string PostgresIncidentDelete =>
        $"""CREATE TRIGGER "{Name}_incident_delete" BEFORE DELETE ON "Incidents" FOR EACH ROW EXECUTE FUNCTION {Function}_on_incident();""";

    /// <summary>The row triggers on the links (PostgreSQL), as migrations up to 20261209100000 created them.</summary>
    public string[] PostgresLinkRowTriggers => RowLinkTriggers(Name, Function);

    /// <summary>The PostgreSQL row triggers on the links of the tally named <paramref name="name"/> with functions <paramref name="function"/>_…</summary>
    public static string[] RowLinkTriggers(string name, string function) =>
    [
        $"""CREATE TRIGGER "{name}_link_insert" AFTER INSERT ON "IncidentActors" FOR EACH ROW WHEN ({WriterBatchSql.PostgresNotWriter}) EXECUTE FUNCTION {function}_on_link();""",
        $"""CREATE TRIGGER "{name}_link_delete" AFTER DELETE ON "IncidentActors" FOR EACH ROW EXECUTE FUNCTION {function}_on_link();""",
    ];

    public string[] PostgresCreate =>
    [
        PostgresMove,
        PostgresOnIncident,
        $"""
        CREATE FUNCTION {Function}_on_link() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
        {Link("NEW", "1")}
            ELSE
        {Link("OLD", "-1")}
            END IF;
            RETURN NULL;
        END $$;
        """,
        PostgresIncidentUpdate,
        PostgresIncidentDelete,
        .. PostgresLinkRowTriggers,
    ];

    /// <summary>PostgreSQL: the incident's function and triggers alone (the links counted per statement: <see cref="LinkTally"/>).</summary>
    public string[] PostgresIncidentCreate => [PostgresMove, PostgresOnIncident, PostgresIncidentUpdate, PostgresIncidentDelete];

    public string[] PostgresIncidentDrop =>
    [
        $"""DROP TRIGGER IF EXISTS "{Name}_incident_delete" ON "Incidents";""",
        $"""DROP TRIGGER IF EXISTS "{Name}_incident_update" ON "Incidents";""",
        $"DROP FUNCTION IF EXISTS {Function}_on_incident();",
        $"DROP FUNCTION IF EXISTS {Function}_move(\"Incidents\", integer);",
    ];

    public string[] PostgresDrop =>
    [
        .. Triggers.Reverse().Select(n => $"""DROP TRIGGER IF EXISTS "{n}" ON "{(n.Contains("_link_", StringComparison.Ordinal) ? "IncidentActors" : "Incidents")}";"""),
        $"DROP FUNCTION IF EXISTS {Function}_on_link();",
        $"DROP FUNCTION IF EXISTS {Function}_on_incident();",
        $"DROP FUNCTION IF EXISTS {Function}_move(\"Incidents\", integer);",
    ];
}
