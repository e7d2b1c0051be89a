namespace BorderWatch.Core.Store.Migrations;

/// <summary>
/// One source for a tally kept per actor link (an incident counted once per actor, or once per ordered pair of its
/// distinct actors, whatever their roles), for the migrations from 20261210100000 on: the cell columns, the SQLite
/// row triggers (through <see cref="LinkTallyTriggers"/>), the set-based count (<see cref="Add"/>) and, on PostgreSQL,
/// <b>statement</b> triggers on the links (<see cref="PostgresLinkCreate"/>). A PostgreSQL row trigger runs after its
/// whole statement and sees every row of it, so with row triggers a multi-row link INSERT counted a pair twice (each
/// new actor found the other) and an actor given two roles in one statement not at all (each role found the other);
/// the statement triggers compare the incidents' actors (or pairs) before and after the statement through its
/// transition table. SQLite runs row triggers row by row, so its row triggers stay. Earlier migrations' SQL classes
/// (<see cref="TallySql"/>, <see cref="ActorDateTallySql"/>, <see cref="ActorPairTallySql"/>) keep their text as it ran.
/// </summary>
/// <param name="Table">The tally table ("ActorPairMonthTallies").</param>
/// <param name="Name">The triggers' name prefix.</param>
/// <param name="Function">The PostgreSQL functions' name prefix.</param>
/// <param name="Paired">Counted per ordered pair of distinct actors (else per actor).</param>
/// <param name="Dated">With the incident's year and month (year 0: undated; month 0: dated to the year only or undated).</param>
internal sealed record LinkTally(string Table, string Name, string Function, bool Paired, bool Dated)
{
    /// <summary>The actor tallies (<see cref="Domain.ActorTally"/>, triggers of <see cref="TallySql"/>).</summary>
    public static readonly LinkTally Actors = new("ActorTallies", "Tally", "bw_tally", Paired: false, Dated: false);

    /// <summary>The actor-date tallies (<see cref="Domain.ActorDateTally"/>, <see cref="ActorDateTallySql"/>).</summary>
    public static readonly LinkTally ActorDates = new("ActorDateTallies", "ActorDateTally", "bw_actor_date_tally", Paired: false, Dated: true);

    /// <summary>The actor-pair tallies (<see cref="Domain.ActorPairTally"/>, <see cref="ActorPairTallySql"/>).</summary>
    public static readonly LinkTally ActorPairs = new("ActorPairTallies", "ActorPairTally", "bw_actor_pair_tally", Paired: true, Dated: false);

    /// <summary>The actor-pair month tallies (<see cref="Domain.ActorPairMonthTally"/>, migration <see cref="ActorPairMonthTallies"/>).</summary>
    public static readonly LinkTally ActorPairMonths = new("ActorPairMonthTallies", "ActorPairMonthTally", "bw_actor_pair_month_tally", Paired: true, Dated: true);

    /// <summary>The tallies whose PostgreSQL link row triggers migration <see cref="LinkStatementTallies"/> replaced by statement triggers.</summary>
    public static readonly LinkTally[] CountedPerStatementSince20261210 = [Actors, ActorDates, ActorPairs];

    private string Key => string.Join(", ", new[]
    {
        "\"ActorId\"", Paired ? "\"OtherActorId\"" : null, Dated ? "\"Year\", \"Month\"" : null, "\"BorderKey\", \"Type\", \"Status\"",
    }.Where(c => c is not null));

    private string Upsert => $"""ON CONFLICT ({Key}) DO UPDATE SET "Count" = "{Table}"."Count" + excluded."Count";""";

    /// <summary>The incident row's cell after the actor columns: (year, month,) border key, type, status.</summary>
    private string Cell(string r) => (Dated
        ? $"""coalesce({r}."DateYear", 0), CASE WHEN {r}."DateYear" IS NULL THEN 0 ELSE coalesce({r}."DateMonth", 0) END, """
        : "") + $"""coalesce({r}."BorderSegmentId", 0), {r}."Type", {r}."Status" """;

    /// <summary>The incident columns whose change moves the counts.</summary>
    private string[] Watched => Dated
        ? ["Hidden", "BorderSegmentId", "Type", "Status", "DateYear", "DateMonth"]
        : ["Hidden", "BorderSegmentId", "Type", "Status"];

    /// <summary>Moves the counts of every actor (pair) of incident row <paramref name="r"/> by <paramref name="delta"/> when <paramref name="condition"/> holds.</summary>
    private string Move(string r, string delta, string condition) => $"""
        INSERT INTO "{Table}" ({Key}, "Count")
        SELECT DISTINCT x."ActorId", {(Paired ? "y.\"ActorId\", " : "")}{Cell(r)}, {delta}
        FROM "IncidentActors" x {(Paired ? "JOIN \"IncidentActors\" y ON y.\"IncidentId\" = x.\"IncidentId\" AND y.\"ActorId\" <> x.\"ActorId\"" : "")}
        WHERE x."IncidentId" = {r}."Id" AND {condition}
        {Upsert}
        """;

    /// <summary>
    /// One link added (+1) or removed (-1), row by row (SQLite): when the incident is listed and no other role of the same
    /// actor remains, the actor (or its pairs with every other actor of the incident, both orders) moves.
    /// </summary>
    private string Link(string link, string delta)
    {
        var alone = $"""
            NOT EXISTS (SELECT 1 FROM "IncidentActors" o
                        WHERE o."IncidentId" = {link}."IncidentId" AND o."ActorId" = {link}."ActorId" AND o."Role" <> {link}."Role")
            """;
        if (!Paired)
            return $"""
                INSERT INTO "{Table}" ({Key}, "Count")
                SELECT {link}."ActorId", {Cell("i")}, {delta}
                FROM "Incidents" i WHERE i."Id" = {link}."IncidentId" AND NOT i."Hidden" AND {alone}
                {Upsert}
                """;
        string Pairs(string first, string second) => $"""
            INSERT INTO "{Table}" ({Key}, "Count")
            SELECT DISTINCT {first}, {second}, {Cell("i")}, {delta}
            FROM "Incidents" i JOIN "IncidentActors" b ON b."IncidentId" = i."Id"
            WHERE i."Id" = {link}."IncidentId" AND NOT i."Hidden" AND b."ActorId" <> {link}."ActorId" AND {alone}
            {Upsert}
            """;
        return Pairs($"{link}.\"ActorId\"", "b.\"ActorId\"") + "\n" + Pairs("b.\"ActorId\"", $"{link}.\"ActorId\"");
    }

    /// <summary>The counts of a set of incidents (<paramref name="where"/> on alias <c>i</c>), grouped and added: the batch writer's settle (PostgreSQL), the generator and a migration's fill.</summary>
    public string Add(string where) => $"""
        INSERT INTO "{Table}" ({Key}, "Count")
        SELECT {Key}, count(*) FROM (
            SELECT DISTINCT x."ActorId" AS "ActorId", {(Paired ? "y.\"ActorId\" AS \"OtherActorId\", " : "")}i."Id" AS n,
                   {(Dated ? """coalesce(i."DateYear", 0) AS "Year", CASE WHEN i."DateYear" IS NULL THEN 0 ELSE coalesce(i."DateMonth", 0) END AS "Month", """ : "")}
                   coalesce(i."BorderSegmentId", 0) AS "BorderKey", i."Type" AS "Type", i."Status" AS "Status"
            FROM "Incidents" i JOIN "IncidentActors" x ON x."IncidentId" = i."Id"
            {(Paired ? "JOIN \"IncidentActors\" y ON y.\"IncidentId\" = i.\"Id\" AND y.\"ActorId\" <> x.\"ActorId\"" : "")}
            WHERE NOT i."Hidden" AND {where}) AS z
        WHERE TRUE
        GROUP BY {Key}
        {Upsert}
        """;

    private LinkTallyTriggers Rows => new(Name, Function, Watched, Move, Link);

    public string[] SqliteCreate => Rows.SqliteCreate;
    public string[] SqliteDrop => Rows.SqliteDrop;

    /// <summary>PostgreSQL: the incident triggers (row by row: one incident per row) and the links' statement triggers.</summary>
    public string[] PostgresCreate => [.. Rows.PostgresIncidentCreate, .. PostgresLinkCreate];
    public string[] PostgresDrop => [.. PostgresLinkDrop, .. Rows.PostgresIncidentDrop];

    // The distinct (incident, actor[, other actor]) units of a set s(n, a) of an incident's actors.
    private string Units(string s) => Paired
        ? $"SELECT x.n, x.a, y.a AS o FROM {s} x JOIN {s} y ON y.n = x.n AND y.a <> x.a"
        : $"SELECT n, a, 0 AS o FROM {s}";

    /// <summary>
    /// One statement's links (transition table <paramref name="rows"/>) added (+1) or removed (-1): the units of the
    /// touched listed incidents that exist after and not before (added), or before and not after (removed).
    /// </summary>
    private string Statement(string rows, bool added)
    {
        var now = """SELECT DISTINCT l."IncidentId" AS n, l."ActorId" AS a FROM "IncidentActors" l JOIN t ON l."IncidentId" = t.n""";
        var before = added
            ? now + $""" WHERE NOT EXISTS (SELECT 1 FROM {rows} d WHERE d."IncidentId" = l."IncidentId" AND d."ActorId" = l."ActorId" AND d."Role" = l."Role")"""
            : now + $""" UNION SELECT "IncidentId", "ActorId" FROM {rows}""";
        var (more, less) = added ? ("now_", "was") : ("was", "now_");
        return $"""
            WITH t AS (SELECT DISTINCT "IncidentId" AS n FROM {rows}),
                 now_ AS ({now}),
                 was AS ({before}),
                 moved AS ({Units(more)} EXCEPT {Units(less)})
            INSERT INTO "{Table}" ({Key}, "Count")
            SELECT m.a, {(Paired ? "m.o, " : "")}{Cell("i")}, {(added ? "" : "-")}count(*)
            FROM moved m JOIN "Incidents" i ON i."Id" = m.n
            WHERE NOT i."Hidden"
            GROUP BY m.a, m.o, {Cell("i")}
            {Upsert}
            """;
    }

    public string[] PostgresLinkCreate =>
    [
        $"""
        CREATE FUNCTION {Function}_on_links_added() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NOT ({WriterBatchSql.PostgresNotWriter}) THEN RETURN NULL; END IF;
        {Statement("added", added: true)}
            RETURN NULL;
        END $$;
        """,
        $"""
        CREATE FUNCTION {Function}_on_links_removed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
        {Statement("removed", added: false)}
            RETURN NULL;
        END $$;
        """,
        $"""CREATE TRIGGER "{Name}_links_insert" AFTER INSERT ON "IncidentActors" REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION {Function}_on_links_added();""",
        $"""CREATE TRIGGER "{Name}_links_delete" AFTER DELETE ON "IncidentActors" REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION {Function}_on_links_removed();""",
    ];

    public string[] PostgresLinkDrop =>
    [
        $"""DROP TRIGGER IF EXISTS "{Name}_links_delete" ON "IncidentActors";""",
        $"""DROP TRIGGER IF EXISTS "{Name}_links_insert" ON "IncidentActors";""",
        $"DROP FUNCTION IF EXISTS {Function}_on_links_removed();",
        $"DROP FUNCTION IF EXISTS {Function}_on_links_added();",
    ];
}
