using BorderWatch.Core;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using BorderWatch.Core.Tests.Store;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Storing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderWatch.Ingestion.Tests.Storing;

/// <summary>
/// The batch writer assigns the keys of the incidents and excerpts it inserts (<see cref="WriterIds"/>). Two writers at
/// once and the context's own inserts in between never share a key; every excerpt and result points at its own
/// article's incidents; an article that fails mid-way (after its article row, in its incident rows) or a group that is
/// never committed leaves no row behind; on SQLite the keys stay dense (1..n, <c>sqlite_sequence</c> at the largest).
/// On SQLite and PostgreSQL.
/// </summary>
public abstract class AssignedIdCases(StoreFixture stores)
{
    // Written for these tests (in no corpus), each with at least one incident the detector finds.
    private static readonly string[] Stories =
    [
        "Kyrgyz border guards detained three men carrying hashish near the Karamyk checkpoint on Monday, the border service said.",
        "Tajik and Kyrgyz troops exchanged gunfire near the village of Kok-Tash on Saturday, a district official said.",
        "Uzbek border guards seized two cars of smuggled cigarettes near the Oybek crossing on Wednesday, the customs service said.",
        "Afghan and Pakistani border forces clashed near Torkham after a dispute over a new fence on Sunday, officials said.",
        "Turkmen border guards detained five Afghan nationals who crossed the border near Imamnazar on Friday, a local official said.",
        "Iranian border guards shot at a group of Afghan fuel carriers near Zaranj on Tuesday, a provincial spokesman said.",
        "Tajik border guards detained two men with a bag of opium near Ishkashim on Thursday, the border service said.",
        "Kyrgyz and Uzbek guards exchanged fire near the Sokh enclave on Sunday, a regional official said.",
    ];

    private static PreparedArticle Story(int n) => TextArticles.PreparedWithIncidents($"story{n}.txt", Stories[n]);

    private async Task<StoreOptions> StoreAsync()
    {
        var options = await stores.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        await new IngestionService(db, NullLogger<IngestionService>.Instance).SyncGazetteerAsync();
        return options;
    }

    private static async Task<List<IngestResult>> WriteGroupAsync(StoreOptions options, IEnumerable<PreparedArticle> articles)
    {
        await using var db = StoreSetup.Open(options);
        await using var writer = new ArticleWriter(db, NullLogger.Instance);
        foreach (var article in articles) await writer.StageAsync(article, CancellationToken.None);
        return [.. await writer.CommitAsync(CancellationToken.None)];
    }

    [Fact]
    public async Task Two_writers_at_once_and_the_context_in_between_never_share_a_key_and_rows_point_at_their_own_article()
    {
        var options = await StoreAsync();
        var both = await Task.WhenAll(
            Task.Run(() => WriteGroupAsync(options, [Story(0), Story(1), Story(2)])),
            Task.Run(() => WriteGroupAsync(options, [Story(3), Story(4), Story(5)])));
        // An incident added through the context (a generated key) between the writers' groups.
        await using (var db = StoreSetup.Open(options))
        {
            var article = await db.Articles.OrderBy(a => a.Id).FirstAsync();
            db.Incidents.Add(new Incident
            {
                ArticleId = article.Id, Type = IncidentType.CrossBorderMovement, Fingerprint = "added-by-the-context", Summary = "added",
                PipelineVersion = "test", ExtractedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        var after = await WriteGroupAsync(options, [Story(6), Story(7)]);

        var results = both.SelectMany(r => r).Concat(after).ToList();
        results.ShouldAllBe(r => r.Outcome == IngestOutcome.Stored);
        await AssertConsistentAsync(options, results);
        await using var check = StoreSetup.Open(options);
        (await check.Incidents.CountAsync()).ShouldBe(results.Sum(r => r.IncidentIds.Count) + 1);
    }

    [Fact]
    public async Task An_article_that_fails_in_its_incident_rows_leaves_no_row_and_the_others_of_its_group_are_stored()
    {
        var options = await StoreAsync();
        var first = await WriteGroupAsync(options, [Story(0)]);
        var failing = Story(2);
        // The store already holds an incident with the fingerprint of the failing article's first incident: its
        // incident rows conflict after its article row went in (a unique key the writer's inserts cannot pass).
        await using (var db = StoreSetup.Open(options))
        {
            var fingerprint = IncidentRows.Fingerprint(failing.Document.ContentHash, failing.Document.FeedItemKey, failing.Analysis.Incidents[0]);
            db.Incidents.Add(new Incident
            {
                ArticleId = first[0].ArticleId!.Value, Type = IncidentType.CrossBorderMovement, Fingerprint = fingerprint, Summary = "taken",
                PipelineVersion = "test", ExtractedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        var group = await WriteGroupAsync(options, [Story(1), failing, Story(3)]);

        group.Select(r => r.Outcome).ShouldBe([IngestOutcome.Stored, IngestOutcome.Failed, IngestOutcome.Stored]);
        await using var check = StoreSetup.Open(options);
        (await check.Articles.AnyAsync(a => a.SourceName == failing.Document.SourceName)).ShouldBeFalse();
        (await check.Incidents.CountAsync()).ShouldBe(first[0].IncidentIds.Count + 1 + group[0].IncidentIds.Count + group[2].IncidentIds.Count);
        (await check.Excerpts.CountAsync()).ShouldBe(first[0].IncidentIds.Count + group[0].IncidentIds.Count + group[2].IncidentIds.Count);
        await AssertConsistentAsync(options, [.. first, group[0], group[2]]);
    }

    [Fact]
    public async Task A_group_never_committed_leaves_nothing_and_the_next_writer_takes_keys_as_if_it_never_ran()
    {
        var options = await StoreAsync();
        await using (var db = StoreSetup.Open(options))
        await using (var writer = new ArticleWriter(db, NullLogger.Instance))
        {
            // A cancelled batch: articles staged (their rows inserted in the open transaction), never committed.
            foreach (var article in new[] { Story(0), Story(1), Story(2) }) await writer.StageAsync(article, CancellationToken.None);
            writer.Staged.ShouldBe(3);
        }
        await using (var check = StoreSetup.Open(options))
        {
            (await check.Articles.CountAsync()).ShouldBe(0);
            (await check.Incidents.CountAsync()).ShouldBe(0);
            (await check.Excerpts.CountAsync()).ShouldBe(0);
        }
        var results = await WriteGroupAsync(options, [Story(3), Story(4)]);
        results.ShouldAllBe(r => r.Outcome == IngestOutcome.Stored);
        await AssertConsistentAsync(options, results);
    }

    /// <summary>
    /// Each stored article's incidents are exactly its result's, each incident has one excerpt of the same article, and on
    /// SQLite the keys of both tables are 1..n with <c>sqlite_sequence</c> at n.
    /// </summary>
    private static async Task AssertConsistentAsync(StoreOptions options, IReadOnlyList<IngestResult> stored)
    {
        await using var db = StoreSetup.Open(options);
        var incidents = await db.Incidents.AsNoTracking().Select(i => new { i.Id, i.ArticleId, i.Summary }).ToListAsync();
        var excerpts = await db.Excerpts.AsNoTracking().Select(e => new { e.Id, e.ArticleId, e.IncidentId }).ToListAsync();
        foreach (var result in stored)
        {
            result.IncidentIds.ShouldNotBeEmpty();
            incidents.Where(i => i.ArticleId == result.ArticleId && i.Summary is not ("added" or "taken"))
                .Select(i => i.Id).Order().ShouldBe(result.IncidentIds.Order(), $"incidents of {result.Source}");
        }
        var articleOf = incidents.ToDictionary(i => i.Id, i => i.ArticleId);
        foreach (var excerpt in excerpts) articleOf[excerpt.IncidentId].ShouldBe(excerpt.ArticleId, $"excerpt {excerpt.Id}");
        excerpts.Select(e => e.IncidentId).ShouldBeUnique();
        if (!db.Database.IsSqlite()) return;
        incidents.Select(i => i.Id).Order().ShouldBe(Enumerable.Range(1, incidents.Count), "incident keys are dense");
        excerpts.Select(e => e.Id).Order().ShouldBe(Enumerable.Range(1, excerpts.Count), "excerpt keys are dense");
        var sequence = await db.Database.SqlQueryRaw<long>("""SELECT "seq" AS "Value" FROM "sqlite_sequence" WHERE "name" = 'Incidents'""").SingleAsync();
        sequence.ShouldBe(incidents.Count);
    }
}

public sealed class SqliteAssignedIdTests(SqliteFixture stores) : AssignedIdCases(stores), IClassFixture<SqliteFixture>;

[Collection(IngestionPostgresCollection.Name)]
public sealed class PostgresAssignedIdTests(PostgresFixture stores) : AssignedIdCases(stores);
