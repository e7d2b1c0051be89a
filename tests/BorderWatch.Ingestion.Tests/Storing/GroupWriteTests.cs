using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Storing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderWatch.Ingestion.Tests.Storing;

/// <summary>
/// Several articles in one transaction (<see cref="ArticleWriter"/>'s groups): an article the store refuses (or whose
/// failure ends the transaction) fails alone while its group is written again, a group never committed leaves nothing, and the checks under the lock see the group's earlier articles.
/// </summary>
public sealed class GroupWriteTests
{
    // Sentences written for these tests (in no corpus), each with one incident the detector finds.
    private static readonly string[] Stories =
    [
        "Tajik border guards detained four smugglers with two tons of hashish near the Panj river on Tuesday, the border service said.",
        "Kyrgyz and Tajik troops exchanged fire near a disputed water intake in Batken province on Friday, officials said.",
        "Uzbek customs officers seized a truck of undeclared fuel at the Termez crossing on Sunday, the customs committee said.",
    ];

    private static PreparedArticle Prepared(string name, string text) => TextArticles.Prepared(name, text);

    [Fact]
    public async Task An_article_the_store_refuses_rolls_back_alone_and_the_rest_of_its_group_commits()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        // The store refuses one article (as a failing constraint would), after its outlet-free row checks passed. A
        // temporary trigger on the writer's connection: the writer skips the store's own triggers while it inserts
        // (WriterConnection.SkipTriggers), but SQLite still fires temporary ones.
        await db.Database.OpenConnectionAsync();
        // Tuned as the writer tunes it first (setting temp_store drops temporary triggers).
        await WriterConnection.TuneAsync(db.Database.GetDbConnection(), CancellationToken.None);
        await db.Database.ExecuteSqlRawAsync("""
            CREATE TEMP TRIGGER "test_refuse" BEFORE INSERT ON main."Excerpts"
            WHEN (SELECT "SourceName" FROM "Articles" WHERE "Id" = NEW."ArticleId") = 'refused.txt'
            BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;
            """);
        var articles = new[] { Prepared("first.txt", Stories[0]), Prepared("refused.txt", Stories[1]), Prepared("third.txt", Stories[2]) };
        articles.ShouldAllBe(a => a.Analysis.Incidents.Count > 0);

        List<IngestResult> results;
        await using (var writer = new ArticleWriter(db, NullLogger.Instance))
        {
            foreach (var article in articles) await writer.StageAsync(article, CancellationToken.None);
            writer.Staged.ShouldBe(3);
            results = [.. await writer.CommitAsync(CancellationToken.None)];
        }

        results.Select(r => r.Outcome).ShouldBe([IngestOutcome.Stored, IngestOutcome.Failed, IngestOutcome.Stored]);
        results[1].Error.ShouldNotBeNull().ShouldContain("refused.txt");
        await using var check = store.Open();
        (await check.Articles.Select(a => a.SourceName).OrderBy(n => n).ToListAsync()).ShouldBe(["first.txt", "third.txt"]);
        var incidents = await check.Incidents.CountAsync();
        incidents.ShouldBe(results[0].IncidentIds.Count + results[2].IncidentIds.Count);
        (await check.Excerpts.CountAsync()).ShouldBe(incidents);
        (await check.ArticleBands.Select(b => b.ArticleId).Distinct().CountAsync()).ShouldBe(2);
        // The triggers' work of the refused article went with it: search rows and tallies match what is stored.
        (await SearchRowsAsync(check)).ShouldBe(incidents);
        (await check.IncidentTallies.SumAsync(t => t.Count)).ShouldBe(await check.Incidents.CountAsync(i => !i.Hidden));
    }

    [Fact]
    public async Task An_article_whose_failure_ends_the_transaction_fails_alone_and_the_articles_before_and_after_it_commit()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        // RAISE(ROLLBACK) ends the whole transaction, as a conflict under the writer's INSERT OR ROLLBACK does: the
        // earlier article of the group is rolled back with it and must be written again. (A temporary trigger on the
        // writer's connection, which fires although the writer skips the store's triggers.)
        await db.Database.OpenConnectionAsync();
        // Tuned as the writer tunes it first (setting temp_store drops temporary triggers).
        await WriterConnection.TuneAsync(db.Database.GetDbConnection(), CancellationToken.None);
        await db.Database.ExecuteSqlRawAsync("""
            CREATE TEMP TRIGGER "test_rollback" BEFORE INSERT ON main."Excerpts"
            WHEN (SELECT "SourceName" FROM "Articles" WHERE "Id" = NEW."ArticleId") = 'ends-it.txt'
            BEGIN SELECT RAISE(ROLLBACK, 'transaction ended by the test'); END;
            """);
        var articles = new[] { Prepared("before.txt", Stories[0]), Prepared("ends-it.txt", Stories[1]), Prepared("after.txt", Stories[2]) };
        articles.ShouldAllBe(a => a.Analysis.Incidents.Count > 0);

        List<IngestResult> results;
        await using (var writer = new ArticleWriter(db, NullLogger.Instance))
        {
            foreach (var article in articles) await writer.StageAsync(article, CancellationToken.None);
            results = [.. await writer.CommitAsync(CancellationToken.None)];
        }

        results.Select(r => r.Outcome).ShouldBe([IngestOutcome.Stored, IngestOutcome.Failed, IngestOutcome.Stored]);
        await using var check = store.Open();
        (await check.Articles.Select(a => a.SourceName).OrderBy(n => n).ToListAsync()).ShouldBe(["after.txt", "before.txt"]);
        var incidents = await check.Incidents.CountAsync();
        incidents.ShouldBe(results[0].IncidentIds.Count + results[2].IncidentIds.Count);
        (await SearchRowsAsync(check)).ShouldBe(incidents);
        (await check.IncidentTallies.SumAsync(t => t.Count)).ShouldBe(await check.Incidents.CountAsync(i => !i.Hidden));
    }

    [Fact]
    public async Task The_writer_keeps_its_sub_journals_in_memory()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        await using var writer = new ArticleWriter(db, NullLogger.Instance);
        await writer.StageAsync(Prepared("one.txt", Stories[0]), CancellationToken.None);
        // On the writer's open connection: temp_store 2 = MEMORY (statement journals never spill into /var/tmp files).
        await using (var command = db.Database.GetDbConnection().CreateCommand())
        {
            command.CommandText = "PRAGMA temp_store";
            Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(2);
        }
        (await writer.CommitAsync(CancellationToken.None)).Single().Outcome.ShouldBe(IngestOutcome.Stored);
    }

    [Fact]
    public async Task A_group_never_committed_leaves_nothing_and_a_later_writer_stores_it_whole()
    {
        await using var store = await TempStore.CreateAsync();
        var articles = Stories.Select((s, n) => Prepared($"story-{n}.txt", s)).ToList();
        await using (var db = store.Open())
        await using (var writer = new ArticleWriter(db, NullLogger.Instance))
        {
            foreach (var article in articles) await writer.StageAsync(article, CancellationToken.None);
            writer.Staged.ShouldBe(3);
            // Disposed without a commit, as when a batch is cancelled or the process dies mid-group.
        }
        await using (var check = store.Open())
        {
            (await check.Articles.CountAsync()).ShouldBe(0);
            (await check.Incidents.CountAsync()).ShouldBe(0);
            (await SearchRowsAsync(check)).ShouldBe(0);
            (await check.IncidentTallies.SumAsync(t => t.Count)).ShouldBe(0);
        }

        await using var again = store.Open();
        await using var second = new ArticleWriter(again, NullLogger.Instance);
        foreach (var article in articles) await second.StageAsync(article, CancellationToken.None);
        var results = await second.CommitAsync(CancellationToken.None);
        results.ShouldAllBe(r => r.Outcome == IngestOutcome.Stored);
        (await again.Articles.CountAsync()).ShouldBe(3);
        (await again.Incidents.CountAsync()).ShouldBe(results.Sum(r => r.IncidentIds.Count));
    }

    [Fact]
    public async Task The_same_article_twice_in_one_group_is_stored_once()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        await using var writer = new ArticleWriter(db, NullLogger.Instance);
        await writer.StageAsync(Prepared("copy-1.txt", Stories[0]), CancellationToken.None);
        await writer.StageAsync(Prepared("copy-2.txt", Stories[0]), CancellationToken.None);
        var results = await writer.CommitAsync(CancellationToken.None);

        results.Select(r => r.Outcome).ShouldBe([IngestOutcome.Stored, IngestOutcome.Unchanged]);
        results[1].ArticleId.ShouldBe(results[0].ArticleId);
        (await db.Articles.CountAsync()).ShouldBe(1);
    }

    private static async Task<int> SearchRowsAsync(BorderWatchDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """SELECT count(*) FROM "IncidentSearch" """;
            return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally { await db.Database.CloseConnectionAsync(); }
    }
}
