using System.Globalization;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Generation;

/// <summary>What <see cref="StoreGenerator"/> wrote.</summary>
public sealed record GeneratedStore(int Outlets, int Articles, int Duplicates, int Incidents, int Excerpts, int ActorLinks, int Reviews, TimeSpan Elapsed,
    int BandRows = 0);

/// <summary>
/// Fills a migrated store (with the gazetteer's actors, borders and places already in it) with a deterministic
/// synthetic desk: articles of 2–20 incidents, syndicated copies, excerpts that are exact substrings of their
/// article, actors in realistic roles, reviews, dates of every precision, and about 42% of incidents on no border.
/// Same seed, same store. Rows go in with <see cref="BulkInsert"/> in one transaction, the search index's triggers
/// suspended and the index filled in one pass at the end.
/// </summary>
public sealed class StoreGenerator(BorderWatchDbContext db, int seed)
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly Random random = new(seed);
    private readonly SyntheticText text = new(seed);

    public IProgress<int>? Progress { get; init; }

    /// <summary>
    /// The near-copy print of a cleaned text (the ingestion's): with it every article gets its real SimHash and every
    /// original its band rows, computed in parallel per chunk; without it the SimHash is a placeholder and no band
    /// rows are written (the web app's first start then back-fills them).
    /// </summary>
    public Func<string, ArticlePrint>? Print { get; init; }

    public async Task<GeneratedStore> GenerateAsync(int incidents, CancellationToken ct = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var reference = await ReferenceData.LoadAsync(db, ct);
        if (await db.Incidents.AnyAsync(ct) || await db.Articles.AnyAsync(ct))
            throw new InvalidOperationException("generate: the store already holds articles; generate into a new store");

        await IncidentSearchIndex.SuspendAsync(db, ct);
        await db.Database.OpenConnectionAsync(ct);
        var conn = db.Database.GetDbConnection();
        await using var tx = await conn.BeginTransactionAsync(ct);
        var postgres = !db.Database.IsSqlite();
        // PostgreSQL: no per-row trigger during the load (search documents, tallies, hidden flags, foreign keys); the
        // rows are consistent by construction and what the triggers keep is filled set-based before the commit.
        if (postgres) await ExecuteAsync(conn, tx, "SET LOCAL session_replication_role = replica;", ct);
        // Rows are buffered per table and written a chunk at a time in foreign-key order: PostgreSQL's COPY loads one
        // table at a time on a connection.
        var buffer = new Dictionary<string, List<object?[]>>();
        foreach (var (t, _) in TableList) buffer[t] = [];
        var written = TableList.ToDictionary(t => t.Key, _ => 0);
        async Task FlushAsync()
        {
            AddPrints(buffer["Articles"], buffer["ArticleBands"]);
            foreach (var (table, columns) in TableList)
            {
                if (buffer[table].Count == 0) continue;
                await using (var insert = await BulkInsert.OpenAsync(conn, tx, table, columns, ct))
                    foreach (var row in buffer[table]) await insert.AddAsync(ct, row);
                written[table] += buffer[table].Count;
                buffer[table].Clear();
            }
        }

        var outletCount = SyntheticText.Outlets.Length;
        for (var i = 0; i < outletCount; i++) buffer["Outlets"].Add([i + 1, SyntheticText.Outlets[i].Name, SyntheticText.Outlets[i].Domain]);
        var incidentId = 0;
        var articleId = 0;
        var duplicates = 0;
        while (incidentId < incidents)
        {
            var article = ++articleId;
            var published = RandomDay();
            var story = new List<GeneratedIncident>();
            var count = Math.Min(incidents - incidentId, 2 + (int)Math.Round(18 * Math.Pow(random.NextDouble(), 2.2)));
            for (var k = 0; k < count; k++) story.Add(NewIncident(++incidentId, reference, published));
            var (body, spans) = text.Article(story.Select(s => s.Sentence).ToList());
            var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(seed + ":" + article)));
            var title = text.Title(story[0].Sentence);
            buffer["Articles"].Add(ArticleRow(article, random.Next(outletCount) + 1, $"generated/{article:D7}.txt", body, title, published, hash, null));
            for (var k = 0; k < story.Count; k++)
            {
                var g = story[k];
                buffer["Incidents"].Add(g.Row(article));
                buffer["Excerpts"].Add([g.Id, article, g.Id, spans[k].Start, spans[k].End, g.Sentence]);
                foreach (var (actor, role) in g.Actors) buffer["IncidentActors"].Add([g.Id, actor, role.ToString()]);
                if (random.NextDouble() < 0.03)
                {
                    var decision = (ReviewDecision)random.Next(4);
                    int? into = decision == ReviewDecision.Merged && k > 0 ? story[k - 1].Id : null;
                    if (decision == ReviewDecision.Merged && into is null) decision = ReviewDecision.Confirmed;
                    buffer["IncidentReviews"].Add([written["IncidentReviews"] + buffer["IncidentReviews"].Count + 1, g.Id, decision.ToString(), into,
                        "analyst" + random.Next(1, 6), null, Epoch.AddMinutes(g.Id)]);
                }
            }
            // One in twenty stories is syndicated: the copy is linked to it and has no incidents of its own.
            if (random.NextDouble() < 0.05)
            {
                var copy = ++articleId;
                buffer["Articles"].Add(ArticleRow(copy, random.Next(outletCount) + 1, $"generated/{copy:D7}.html", body, title + " (syndicated)",
                    published, hash[..56] + copy.ToString("X8", CultureInfo.InvariantCulture), article));
                duplicates++;
            }
            if (buffer["Incidents"].Count >= 20_000)
            {
                await FlushAsync();
                Progress?.Report(incidentId);
            }
        }
        await FlushAsync();
        if (postgres)
        {
            foreach (var sql in PostgresFill) await ExecuteAsync(conn, tx, sql, ct);
            // The change notices' triggers were off too (session_replication_role): tell the listening web apps.
            await ExecuteAsync(conn, tx, $"SELECT pg_notify('{Store.Migrations.StoreChangeNoticeSql.Channel}', '');", ct);
        }
        await tx.CommitAsync(ct);
        await FixSequencesAsync(ct);
        await db.Database.CloseConnectionAsync();
        if (!postgres) await IncidentSearchIndex.RestoreAsync(db, ct);
        await PlannerStatistics.RefreshAsync(db, ct);
        return new GeneratedStore(written["Outlets"], written["Articles"], duplicates, written["Incidents"], written["Excerpts"],
            written["IncidentActors"], written["IncidentReviews"], clock.Elapsed, written["ArticleBands"]);
    }

    private static async Task ExecuteAsync(System.Data.Common.DbConnection conn, System.Data.Common.DbTransaction tx, string sql, CancellationToken ct)
    {
        await using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.CommandTimeout = 0;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// What the triggers would have kept (PostgreSQL, triggers off during the load): the hidden flags, the tallies and
    /// the search documents, set-based, with the SQL the batch writer uses for its own rows (<see cref="SearchAndTallies"/>).
    /// </summary>
    private static readonly string[] PostgresFill =
    [
        .. SearchAndTallies.ForWholeStore(postgres: true),
        "SET LOCAL session_replication_role = origin;",
        "ANALYZE;",
    ];

    /// <summary>The tables written, in foreign-key order, with their columns.</summary>
    private static IReadOnlyList<KeyValuePair<string, string[]>> TableList =>
    [
        new("Outlets", ["Id", "Name", "Domain"]),
        new("Articles", ArticleColumns),
        new("ArticleBands", ["ArticleId", "Band", "Value"]),
        new("Incidents", IncidentColumns),
        new("Excerpts", ["Id", "ArticleId", "IncidentId", "Start", "End", "Text"]),
        new("IncidentActors", ["IncidentId", "ActorId", "Role"]),
        new("IncidentReviews", ["Id", "IncidentId", "Decision", "MergedIntoId", "Analyst", "Note", "DecidedAt"]),
    ];

    /// <summary>The articles' SimHashes and the originals' band rows, from <see cref="Print"/> (in parallel, in row order).</summary>
    private void AddPrints(List<object?[]> articles, List<object?[]> bands)
    {
        if (Print is not { } print || articles.Count == 0) return;
        var prints = articles.AsParallel().AsOrdered().Select(a => print((string)a[CleanedTextColumn]!)).ToList();
        for (var i = 0; i < articles.Count; i++)
        {
            articles[i][SimHashColumn] = prints[i].SimHash;
            if (articles[i][DuplicateOfColumn] is not null) continue;
            for (var b = 0; b < prints[i].Bands.Count; b++) bands.Add([articles[i][0], (short)b, prints[i].Bands[b]]);
        }
    }

    private static readonly string[] ArticleColumns =
    [
        "Id", "OutletId", "SourceName", "SourceUrl", "Format", "RawContent", "CleanedText", "Title", "Language",
        "PublishedYear", "PublishedMonth", "PublishedDay", "PublishedPrecision", "PublishedDateSource", "ContentHash",
        "SimHash", "DuplicateOfId", "IngestedAt", "PipelineVersion",
    ];

    // After ArticleColumns: static fields initialise in text order.
    private static readonly int CleanedTextColumn = Array.IndexOf(ArticleColumns, "CleanedText");
    private static readonly int SimHashColumn = Array.IndexOf(ArticleColumns, "SimHash");
    private static readonly int DuplicateOfColumn = Array.IndexOf(ArticleColumns, "DuplicateOfId");

    private static object?[] ArticleRow(int id, int outlet, string source, string body, string title, DateOnly published, string hash, int? duplicateOf) =>
    [
        id, outlet, source, $"https://news.example.org/{source}", nameof(SourceFormat.Text), body, body, title, "en",
        published.Year, published.Month, published.Day, nameof(DatePrecision.Day), nameof(PublishedDateSource.Metadata), hash,
        unchecked((long)((ulong)id * 0x9E3779B97F4A7C15UL)), duplicateOf, Epoch.AddSeconds(id), "generated",
    ];

    private static readonly string[] IncidentColumns =
    [
        "Id", "ArticleId", "Type", "DateYear", "DateMonth", "DateDay", "DatePrecision", "DateInferred", "DateStart", "DateEnd",
        "BorderSegmentId", "PlaceId", "LocationText", "LocationPrecision", "Status", "Attribution", "Confidence", "Summary",
        "Fingerprint", "PipelineVersion", "ExtractedAt", "Superseded",
    ];

    private sealed record GeneratedIncident(int Id, IncidentType Type, PartialDate Date, bool Inferred, int? Border, ReferenceData.PlaceRef? Place,
        IncidentStatus Status, string? Attribution, double Confidence, string Summary, string Sentence, IReadOnlyList<(int Actor, ActorRole Role)> Actors, bool Superseded, int Seed)
    {
        public object?[] Row(int article) =>
        [
            Id, article, Type.ToString(), Date.Year, Date.Month, Date.Day, Date.Precision.ToString(), Inferred, Date.Start, Date.End,
            Border, Place?.Id, Place?.Name, Place is null ? nameof(LocationPrecision.None) : nameof(LocationPrecision.NamedPlace),
            Status.ToString(), Attribution, Confidence, Summary, $"gen-{Seed}-{Id}", "generated", Epoch.AddSeconds(Id), Superseded,
        ];
    }

    private GeneratedIncident NewIncident(int id, ReferenceData reference, DateOnly published)
    {
        var type = (IncidentType)random.Next(Enum.GetValues<IncidentType>().Length);
        var onBorder = random.NextDouble() < 0.58;
        var border = onBorder ? reference.Borders[random.Next(reference.Borders.Count)] : null;
        var states = border is not null ? new[] { border.StateA, border.StateB } : [reference.RandomState(random), reference.RandomState(random)];
        var place = border is not null && random.NextDouble() < 0.5 ? reference.PlaceOn(border.Id, random) : null;
        var actors = new List<(int, ActorRole)>();
        foreach (var s in states.Distinct()) if (reference.StateIds.TryGetValue(s, out var sid)) actors.Add((sid, actors.Count == 0 ? ActorRole.Initiator : ActorRole.Counterpart));
        ReferenceData.ActorRef? group = random.NextDouble() < 0.35 ? reference.Groups[random.Next(reference.Groups.Count)] : null;
        ReferenceData.ActorRef? person = random.NextDouble() < 0.2 ? reference.Persons[random.Next(reference.Persons.Count)] : null;
        if (group is not null) actors.Add((group.Id, ActorRole.Participant));
        if (person is not null) actors.Add((person.Id, ActorRole.Speaker));
        var date = RandomDate(published);
        var status = random.NextDouble() switch { < 0.7 => IncidentStatus.Reported, < 0.85 => IncidentStatus.Unconfirmed, < 0.93 => IncidentStatus.Planned, _ => IncidentStatus.Denied };
        var sentence = text.Sentence(type, reference.NameOf(states[0], random), reference.NameOf(states[1], random),
            group is null ? null : reference.Spelling(group, random), person is null ? null : reference.Spelling(person, random), place?.Name, date);
        var summary = $"{Label(type)}{(border is null ? "" : " on the " + border.Code + " border")}{(place is null ? "" : " near " + place.Name)}";
        return new GeneratedIncident(id, type, date, random.NextDouble() < 0.3, border?.Id, place, status,
            random.NextDouble() < 0.6 ? SyntheticText.Attributions[random.Next(SyntheticText.Attributions.Length)] : null,
            Math.Round(0.35 + 0.6 * random.NextDouble(), 2), summary, sentence, actors, random.NextDouble() < 0.005, seed);
    }

    private static string Label(IncidentType t) => char.ToUpperInvariant(t.ToCode()[0]) + t.ToCode()[1..].Replace('-', ' ');

    /// <summary>Publication days from 1995 to 2026, more of them recent.</summary>
    private DateOnly RandomDay()
    {
        var span = new DateOnly(2026, 11, 30).DayNumber - new DateOnly(1995, 1, 1).DayNumber;
        return DateOnly.FromDayNumber(new DateOnly(2026, 11, 30).DayNumber - (int)(span * Math.Pow(random.NextDouble(), 1.6)));
    }

    /// <summary>Half to the day, a quarter to the month, 15% to the year, 10% undated; mostly shortly before publication.</summary>
    private PartialDate RandomDate(DateOnly published)
    {
        var day = published.AddDays(-(int)(400 * Math.Pow(random.NextDouble(), 4)));
        return random.NextDouble() switch
        {
            < 0.5 => PartialDate.From(day),
            < 0.75 => PartialDate.OfMonth(day.Year, day.Month),
            < 0.9 => PartialDate.OfYear(day.Year),
            _ => PartialDate.Unknown,
        };
    }

    private static readonly string[] SequenceFixes = new[] { "Outlets", "Articles", "Incidents", "Excerpts", "IncidentReviews" }
        .Select(t => $"SELECT setval(pg_get_serial_sequence('\"{t}\"', 'Id'), coalesce((SELECT max(\"Id\") FROM \"{t}\"), 0) + 1, false);")
        .ToArray();

    /// <summary>PostgreSQL's identity sequences do not see explicit ids: move them past the generated rows.</summary>
    private async Task FixSequencesAsync(CancellationToken ct)
    {
        if (db.Database.IsSqlite()) return;
        foreach (var sql in SequenceFixes) await db.Database.ExecuteSqlRawAsync(sql, ct);
    }
}
