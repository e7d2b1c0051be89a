using System.Globalization;

namespace BorderWatch.Core.Store;

/// <summary>
/// What the row triggers keep for a set of incidents, written set-based: the tallies (<see cref="Domain.IncidentTally"/>,
/// <see cref="Domain.MonthTally"/>, <see cref="Domain.ActorTally"/>, <see cref="Domain.DateTally"/>, <see cref="Domain.YearTally"/>, <see cref="Domain.ActorDateTally"/>, <see cref="Domain.ActorPairTally"/>, <see cref="Domain.ActorPairMonthTally"/>, <see cref="Domain.PlaceTally"/>), the <c>Hidden</c> flag and the search index rows.
/// One place for this SQL, used by the batch writer for the incidents of the articles it has just written (the
/// triggers skip its rows, see <see cref="WriterBatch"/>) and by the store generator for the whole store. The
/// expressions are those of the triggers and of the first fills (<c>TallySql.Fill</c>,
/// <see cref="IncidentSearchIndex.SqliteFill"/>, <c>bw_search_refresh</c>), so the rows are the same whichever path
/// wrote them; the tests compare them with a full recount on both providers.
/// </summary>
public static class SearchAndTallies
{
    /// <summary>Which incidents: a condition on the incident row under the given alias.</summary>
    public delegate string Scope(string incident);

    /// <summary>Every incident of the store.</summary>
    public static readonly Scope AllIncidents = _ => "TRUE";

    /// <summary>The incidents of these articles (ids are integers, written into the SQL text).</summary>
    public static Scope OfArticles(IReadOnlyCollection<int> articleIds)
    {
        if (articleIds.Count == 0) return _ => "FALSE";
        var list = string.Join(", ", articleIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        return i => $"{i}.\"ArticleId\" IN ({list})";
    }

    /// <summary>
    /// Adds the scoped incidents' counts to the nine tally tables (incident, month, actor, date, year, actor-date, actor-pair, actor-pair-month and place tallies; upserts:
    /// the rows of other incidents stay). Counts only listed incidents (not <c>Hidden</c>); an actor counts once per
    /// incident, whatever its roles.
    /// </summary>
    public static string[] AddTallies(Scope scope) =>
    [
        $"""
        INSERT INTO "IncidentTallies" ("BorderKey", "Type", "Status", "Count")
        SELECT coalesce(i."BorderSegmentId", 0), i."Type", i."Status", count(*) FROM "Incidents" i
        WHERE NOT i."Hidden" AND {scope("i")}
        GROUP BY coalesce(i."BorderSegmentId", 0), i."Type", i."Status"
        ON CONFLICT ("BorderKey", "Type", "Status") DO UPDATE SET "Count" = "IncidentTallies"."Count" + excluded."Count";
        """,
        $"""
        INSERT INTO "MonthTallies" ("BorderKey", "Year", "Month", "Count")
        SELECT k, y, m, count(*) FROM (
            SELECT coalesce(i."BorderSegmentId", 0) AS k, coalesce(i."DateYear", 0) AS y,
                   CASE WHEN i."DateYear" IS NULL THEN 0 ELSE coalesce(i."DateMonth", 0) END AS m
            FROM "Incidents" i WHERE NOT i."Hidden" AND {scope("i")}) AS x
        WHERE TRUE
        GROUP BY k, y, m
        ON CONFLICT ("BorderKey", "Year", "Month") DO UPDATE SET "Count" = "MonthTallies"."Count" + excluded."Count";
        """,
        $"""
        INSERT INTO "ActorTallies" ("ActorId", "BorderKey", "Type", "Status", "Count")
        SELECT ia."ActorId", coalesce(i."BorderSegmentId", 0), i."Type", i."Status", count(DISTINCT ia."IncidentId")
        FROM "Incidents" i JOIN "IncidentActors" ia ON ia."IncidentId" = i."Id"
        WHERE NOT i."Hidden" AND {scope("i")}
        GROUP BY ia."ActorId", coalesce(i."BorderSegmentId", 0), i."Type", i."Status"
        ON CONFLICT ("ActorId", "BorderKey", "Type", "Status") DO UPDATE SET "Count" = "ActorTallies"."Count" + excluded."Count";
        """,
        .. Migrations.YearTallySql.Add(scope("i")),
        Migrations.ActorDateTallySql.Add(scope("i")),
        Migrations.ActorPairTallySql.Add(scope("i")),
        Migrations.LinkTally.ActorPairMonths.Add(scope("i")),
        Migrations.PlaceTallySql.Add(scope("i")),
    ];

    /// <summary>
    /// Sets <c>Hidden</c> on the scoped incidents that are hidden (superseded, of a syndicated copy, or rejected or merged
    /// by their latest review). Where the tallies are already counted, the update trigger of the tallies moves them.
    /// </summary>
    public static string HideHidden(Scope scope) =>
        $"""UPDATE "Incidents" SET "Hidden" = TRUE WHERE NOT "Hidden" AND {scope("\"Incidents\"")} AND {Migrations.ListedIncidents.HiddenExpression};""";

    /// <summary>The search index rows of the scoped incidents, which must have none yet.</summary>
    public static string AddSearchRows(bool postgres, Scope scope) => postgres ? PostgresDocuments(scope) : IncidentSearchIndex.SqliteRows(scope("i"));

    // The text bw_search_refresh builds (summary, excerpts, actors' names, aliases), grouped per incident.
    private static string PostgresDocuments(Scope scope) => $"""
        INSERT INTO "IncidentSearchDocuments" ("IncidentId", "Document")
        SELECT i."Id", to_tsvector('simple', unaccent(i."Summary" || ' ' || coalesce(e.t, '') || ' ' || coalesce(n.t, '') || ' ' || coalesce(al.t, '')))
        FROM "Incidents" i
        LEFT JOIN (SELECT x."IncidentId", string_agg(x."Text", ' ') AS t
                   FROM "Excerpts" x JOIN "Incidents" i ON i."Id" = x."IncidentId" WHERE {scope("i")} GROUP BY x."IncidentId") e ON e."IncidentId" = i."Id"
        LEFT JOIN (SELECT ia."IncidentId", string_agg(a."CanonicalName" || ' ' || a."DisplayName", ' ') AS t
                   FROM "IncidentActors" ia JOIN "Incidents" i ON i."Id" = ia."IncidentId" JOIN "Actors" a ON a."Id" = ia."ActorId"
                   WHERE {scope("i")} GROUP BY ia."IncidentId") n ON n."IncidentId" = i."Id"
        LEFT JOIN (SELECT ia."IncidentId", string_agg(al."Alias", ' ') AS t
                   FROM "IncidentActors" ia JOIN "Incidents" i ON i."Id" = ia."IncidentId" JOIN "ActorAliases" al ON al."ActorId" = ia."ActorId"
                   WHERE {scope("i")} GROUP BY ia."IncidentId") al ON al."IncidentId" = i."Id"
        WHERE {scope("i")};
        """;

    /// <summary>
    /// What the batch writer owes for the incidents of the articles it wrote with the triggers skipped: the tallies (all
    /// its listed incidents), then the search rows. Not <c>Hidden</c>: the writer sets it itself on a near-copy's
    /// incidents (ADR 0015) and writes only new ones (fresh keys, so no review names them), never superseded, so no other
    /// is hidden (<see cref="HideHidden"/> on them changed nothing and cost a lookup of the
    /// article and of the latest review per incident; the writer's tests compare <c>Hidden</c> with the rule after groups,
    /// reviews and re-runs).
    /// </summary>
    /// <param name="tallies">False when the writer has added the tallies itself (it counts the rows it writes, see
    /// <c>GroupTallies</c>).</param>
    /// <param name="search">False when the writer has added the search rows itself (SQLite, <c>SearchRows</c>).</param>
    public static string[] ForWrittenArticles(bool postgres, IReadOnlyCollection<int> articleIds, bool tallies = true, bool search = true)
    {
        var scope = OfArticles(articleIds);
        return [.. tallies ? AddTallies(scope) : [], .. search ? [AddSearchRows(postgres, scope)] : Array.Empty<string>()];
    }

    /// <summary>
    /// The whole store, loaded with every trigger off and the tallies and search rows empty: <c>Hidden</c> first (the
    /// tallies count listed incidents only), then the tallies, then the search rows.
    /// </summary>
    public static string[] ForWholeStore(bool postgres) =>
        [HideHidden(AllIncidents), .. AddTallies(AllIncidents), AddSearchRows(postgres, AllIncidents)];
}
