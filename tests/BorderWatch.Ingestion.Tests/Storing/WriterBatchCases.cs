using System.Text;
using BorderWatch.Core;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using BorderWatch.Core.Tests.Store;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Storing;
using BorderWatch.Ingestion.Tests.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderWatch.Ingestion.Tests.Storing;

/// <summary>
/// The batch writer skips the insert-path triggers (its flag, <see cref="WriterBatch"/>) and writes the tallies, the
/// <c>Hidden</c> flags and the search rows itself, set-based. After groups of articles (with a near-copy, a repeat and
/// an article the store refuses, rolled back inside its group), reviews (reject, merge), reprocessing and writes through
/// the context, every tally equals a full recount and every incident's search row holds exactly the words of its
/// summary, excerpts and actors (counted here from the rows, not with the store's SQL). On SQLite and PostgreSQL. A
/// later migration that re-creates a trigger without the flag would count the writer's rows twice and fail here.
/// </summary>
public abstract partial class WriterBatchCases(StoreFixture stores)
{
    // Sentences written for these tests (in no corpus), each with an incident the detector finds.
    private static readonly string[] Stories =
    [
        "Tajik border guards detained four smugglers with two tons of hashish near the Panj river on Tuesday, the border service said.",
        "Kyrgyz and Tajik troops exchanged fire near a disputed water intake in Batken province on Friday, officials said.",
        "Uzbek customs officers seized a truck of undeclared fuel at the Termez crossing on Sunday, the customs committee said.",
        "Afghan and Iranian border forces clashed near Islam Qala after a dispute over a fence on Monday, a district official said.",
    ];

    private static readonly string[] MoreStories =
    [
        "Turkmen border guards shot at a group of Afghan herders near Serhetabat on Wednesday, a local elder said.",
        "Kazakh and Kyrgyz officials met in Bishkek on Thursday to settle a dispute over grazing land, the foreign ministry said.",
    ];

    private static PreparedArticle Prepared(string name, string text) => TextArticles.Prepared(name, text);

    private static IEnumerable<string> Seeds => Directory.GetFiles(TempStore.SeedsFolder, "*.txt").Order(StringComparer.Ordinal);

    private async Task<StoreOptions> StoreAsync()
    {
        var options = await stores.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        await new IngestionService(db, NullLogger<IngestionService>.Instance).SyncGazetteerAsync();
        return options;
    }

    private static async Task<IReadOnlyList<IngestResult>> WriteGroupAsync(StoreOptions options, IEnumerable<PreparedArticle> articles)
    {
        await using var db = StoreSetup.Open(options);
        if (db.Database.IsSqlite())
        {
            // SQLite: the refusal is a temporary trigger on the writer's own connection (kept open for it): the writer
            // skips the store's triggers while it inserts (WriterConnection.SkipTriggers), temporary ones still fire.
            await db.Database.OpenConnectionAsync();
            await WriterConnection.TuneAsync(db.Database.GetDbConnection(), CancellationToken.None);   // setting temp_store drops temporary triggers
            await RefuseAsync(db);
        }
        await using var writer = new ArticleWriter(db, NullLogger.Instance);
        foreach (var article in articles) await writer.StageAsync(article, CancellationToken.None);
        return await writer.CommitAsync(CancellationToken.None);
    }

    /// <summary>The store refuses the excerpts of articles named refused*.txt (as a failing constraint would): on
    /// PostgreSQL for every connection, on SQLite for this context's open connection.</summary>
    private static async Task RefuseAsync(BorderWatchDbContext db)
    {
        string[] statements = db.Database.IsSqlite()
            ? ["""
               CREATE TEMP TRIGGER IF NOT EXISTS "test_refuse" BEFORE INSERT ON main."Excerpts"
               WHEN (SELECT "SourceName" FROM "Articles" WHERE "Id" = NEW."ArticleId") LIKE 'refused%'
               BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;
               """]
            : ["""
               CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
                   IF (SELECT "SourceName" FROM "Articles" WHERE "Id" = NEW."ArticleId") LIKE 'refused%' THEN RAISE EXCEPTION 'refused by the test'; END IF;
                   RETURN NEW;
               END $$;
               """,
               """CREATE TRIGGER test_refuse BEFORE INSERT ON "Excerpts" FOR EACH ROW EXECUTE FUNCTION test_refuse();"""];
        foreach (var sql in statements) await db.Database.ExecuteSqlRawAsync(sql);
    }

    [Fact]
    public async Task Tallies_hidden_flags_and_search_rows_after_groups_reviews_and_reprocessing_equal_a_full_recount()
    {
        var options = await StoreAsync();
        await using (var db = StoreSetup.Open(options))
            if (!db.Database.IsSqlite()) await RefuseAsync(db);
        var seeds = Seeds.ToList();
        var seedText = File.ReadAllText(seeds[2]);
        var first = new List<PreparedArticle>();
        first.AddRange(seeds.Take(4).Select(f => Prepared(Path.GetFileName(f), File.ReadAllText(f))));
        first.Add(Prepared("refused-1.txt", Stories[0] + " " + Stories[1]));
        first.Add(Prepared("stories.txt", string.Join("\n\n", Stories)));
        first.Add(Prepared("near-copy.txt", seedText.Replace("said", "stated", StringComparison.Ordinal)));
        first.Add(Prepared("repeat.txt", string.Join("\n\n", Stories)));
        first.Where(a => !a.Document.SourceName.StartsWith("near", StringComparison.Ordinal) && a.Document.SourceName != "repeat.txt")
            .ShouldAllBe(a => a.Analysis.Incidents.Count > 0);

        var results = await WriteGroupAsync(options, first);
        results.Select(r => r.Outcome).ShouldBe(
        [
            IngestOutcome.Stored, IngestOutcome.Stored, IngestOutcome.Stored, IngestOutcome.Stored, IngestOutcome.Failed,
            IngestOutcome.Stored, IngestOutcome.Duplicate, IngestOutcome.Unchanged,
        ]);
        await CheckAsync(options, "after a group with a refused article, a near-copy and a repeat", expectIncidents: true);

        // Reviews (their triggers move Hidden and the tallies), then a second group on top of them.
        await using (var db = StoreSetup.Open(options))
        {
            var ids = results[0].IncidentIds.Concat(results[1].IncidentIds).ToList();
            ids.Count.ShouldBeGreaterThan(3);
            var reviews = new ReviewService(db);
            await reviews.RejectAsync(ids[0], RejectionReason.NotAnIncident, null, "ana");
            await reviews.MergeAsync(ids[1], [ids[2], ids[3]], "ana");
            await reviews.ConfirmAsync(ids[1], "ana");
        }
        await CheckAsync(options, "after a reject, a merge and a confirm");

        var second = await WriteGroupAsync(options,
        [
            Prepared(Path.GetFileName(seeds[4]), File.ReadAllText(seeds[4])),
            Prepared("refused-2.txt", Stories[2] + " " + Stories[3]),
            Prepared("stories-2.txt", string.Join("\n\n", MoreStories)),
        ]);
        second.Select(r => r.Outcome).ShouldBe([IngestOutcome.Stored, IngestOutcome.Failed, IngestOutcome.Stored]);
        await CheckAsync(options, "after a second group");

        // Reprocessing (through the context: the triggers run) puts back an incident removed behind its back.
        int article;
        await using (var db = StoreSetup.Open(options))
        {
            article = second[2].ArticleId!.Value;
            var gone = second[2].IncidentIds[0];
            await db.Excerpts.Where(e => e.IncidentId == gone).ExecuteDeleteAsync();
            await db.Incidents.Where(i => i.Id == gone).ExecuteDeleteAsync();
        }
        await CheckAsync(options, "after an incident was deleted");
        await using (var db = StoreSetup.Open(options))
        {
            var report = await new IngestionService(db, NullLogger<IngestionService>.Instance).ReprocessAsync(article);
            report.Added.ShouldBe(1);
        }
        await CheckAsync(options, "after reprocessing");

        // One article alone (the writer's one-article transaction) and a link added through the context.
        await using (var db = StoreSetup.Open(options))
        {
            await using var writer = new ArticleWriter(db, NullLogger.Instance);
            (await writer.WriteAsync(Prepared("alone.txt", Stories[3] + "\n\n" + Stories[0]), CancellationToken.None)).Outcome.ShouldBe(IngestOutcome.Stored);
            var incident = await db.Incidents.Where(i => !i.Hidden).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
            var actor = await db.Actors.Where(a => !db.IncidentActors.Any(l => l.IncidentId == incident && l.ActorId == a.Id)).Select(a => a.Id).FirstAsync();
            db.IncidentActors.Add(new IncidentActor { IncidentId = incident, ActorId = actor, Role = ActorRole.Affected });
            await db.SaveChangesAsync();
        }
        await CheckAsync(options, "after an article alone and a link added through the context");
    }

    private async Task CheckAsync(StoreOptions options, string step, bool expectIncidents = false)
    {
        await using var db = StoreSetup.Open(options);
        if (expectIncidents) (await db.Incidents.CountAsync()).ShouldBeGreaterThan(10, step);
        (await WriterFlagAsync(db)).ShouldBeFalse($"{step}: the writer's flag never outlives its transaction");
        await TallyCases.TalliesMatchTheIncidentsAsync(db, $"{stores.ProviderName}: {step}");
        await HiddenMatchesAsync(db, step);
        await SearchRowsMatchAsync(db, step);
    }

    /// <summary>Hidden as the listed-incidents rule says: superseded, of a syndicated copy, or rejected or merged last.</summary>
    private static async Task HiddenMatchesAsync(BorderWatchDbContext db, string step)
    {
        var incidents = await db.Incidents.AsNoTracking()
            .Select(i => new { i.Id, i.Hidden, i.Superseded, Copy = i.Article!.DuplicateOfId != null }).ToListAsync();
        var last = (await db.IncidentReviews.AsNoTracking().Select(r => new { r.Id, r.IncidentId, r.Decision }).ToListAsync())
            .GroupBy(r => r.IncidentId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Id)!.Decision);
        foreach (var i in incidents)
        {
            var hidden = i.Superseded || i.Copy || (last.TryGetValue(i.Id, out var d) && d is ReviewDecision.Rejected or ReviewDecision.Merged);
            i.Hidden.ShouldBe(hidden, $"{step}: incident {i.Id}");
        }
        incidents.Count(i => i.Hidden).ShouldBe(incidents.Count(i => i.Superseded || i.Copy || (last.TryGetValue(i.Id, out var d) && d is ReviewDecision.Rejected or ReviewDecision.Merged)));
    }

    /// <summary>Each incident's search row holds the words of its summary, excerpts, actors' names and aliases (no more, no fewer).</summary>
    private static async Task SearchRowsMatchAsync(BorderWatchDbContext db, string step)
    {
        var incidents = await db.Incidents.AsNoTracking().Select(i => new { i.Id, i.Summary }).ToListAsync();
        var excerpts = (await db.Excerpts.AsNoTracking().Select(e => new { e.IncidentId, e.Text }).ToListAsync()).ToLookup(e => e.IncidentId, e => e.Text);
        var links = await db.IncidentActors.AsNoTracking().Select(l => new { l.IncidentId, l.ActorId }).ToListAsync();
        var names = await db.Actors.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.CanonicalName + " " + a.DisplayName);
        var aliases = (await db.ActorAliases.AsNoTracking().Select(a => new { a.ActorId, a.Alias }).ToListAsync()).ToLookup(a => a.ActorId, a => a.Alias);
        var byIncident = links.ToLookup(l => l.IncidentId, l => l.ActorId);
        var expected = incidents.ToDictionary(i => i.Id, i => string.Join(" ",
            new[] { i.Summary }.Concat(excerpts[i.Id]).Concat(byIncident[i.Id].Select(a => names[a])).Concat(byIncident[i.Id].SelectMany(a => aliases[a]))));
        var stored = await StoredSearchTextAsync(db, expected);
        stored.Keys.Order().ShouldBe(expected.Keys.Order(), $"{step}: one search row per incident");
        foreach (var (id, text) in stored) text.ShouldBe(Words(expected[id]), $"{step}: incident {id}");
    }

    private static string Words(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));

    /// <summary>Incident id → the search row's words, sorted (SQLite: the FTS row's columns; PostgreSQL: the document's
    /// lexemes, with the expected text turned into lexemes the same way).</summary>
    private static async Task<Dictionary<int, string>> StoredSearchTextAsync(BorderWatchDbContext db, Dictionary<int, string> expected)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            var connection = db.Database.GetDbConnection();
            var rows = new Dictionary<int, string>();
            await using var command = connection.CreateCommand();
            if (db.Database.IsSqlite())
            {
                command.CommandText = """SELECT rowid, summary || ' ' || excerpts || ' ' || actors FROM "IncidentSearch" """;
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync()) rows.Add(reader.GetInt32(0), Words(reader.GetString(1)));
                return rows;
            }
            command.CommandText = """SELECT "IncidentId", array_to_string(tsvector_to_array("Document"), ' ') FROM "IncidentSearchDocuments" """;
            await using (var reader = await command.ExecuteReaderAsync())
                while (await reader.ReadAsync()) rows.Add(reader.GetInt32(0), reader.GetString(1));
            // The expected words as the server makes lexemes of them (unaccented, lower case, distinct): compared as sets.
            await using var lexemes = connection.CreateCommand();
            lexemes.CommandText = "SELECT array_to_string(tsvector_to_array(to_tsvector('simple', unaccent(@text))), ' ')";
            var p = lexemes.CreateParameter();
            p.ParameterName = "@text";
            lexemes.Parameters.Add(p);
            foreach (var id in expected.Keys.ToList())
            {
                p.Value = expected[id];
                expected[id] = (string)(await lexemes.ExecuteScalarAsync())!;
            }
            foreach (var id in rows.Keys.ToList()) rows[id] = Words(rows[id]);
            return rows;
        }
        finally { await db.Database.CloseConnectionAsync(); }
    }
}

public sealed class SqliteWriterBatchTests(SqliteFixture stores) : WriterBatchCases(stores), IClassFixture<SqliteFixture>;

[Collection(IngestionPostgresCollection.Name)]
public sealed class PostgresWriterBatchTests(PostgresFixture stores) : WriterBatchCases(stores);
