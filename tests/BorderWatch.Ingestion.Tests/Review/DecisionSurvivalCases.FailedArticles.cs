using BorderWatch.Core;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Ingestion.Tests.Review;

/// <summary>An article whose reprocess fails is rolled back and left as it was; the run goes on with the others.</summary>
public abstract partial class DecisionSurvivalCases
{
    [Fact]
    public async Task A_failing_article_is_left_as_it_was_and_the_run_goes_on()
    {
        var options = await SeededStoreAsync();
        int failing;
        List<string> before;
        await using (var db = StoreSetup.Open(options))
        {
            var incidents = await IncidentsOf(db, 1);
            failing = incidents[0].ArticleId;
            await AsOlderPipelineStoredIt(db, incidents[0].Id);   // unreviewed: would be removed and re-added
            await AsOlderPipelineStoredIt(db, (await IncidentsOf(db, 2))[0].Id);
            before = await IdsAndFingerprints(db, failing);
            await FailUpdatesOfArticleAsync(db, failing);
        }

        ReprocessReport report;
        await using (var db = StoreSetup.Open(options)) report = await Service(db).ReprocessAsync();

        report.Articles.ShouldBe(2);
        var failure = (report.Failures ?? []).ShouldHaveSingleItem();
        failure.ArticleId.ShouldBe(failing);
        failure.Error.ShouldContain($"article {failing}");
        failure.Error.ShouldContain("injected failure");
        await using var check = StoreSetup.Open(options);
        (await IdsAndFingerprints(check, failing)).ShouldBe(before, "the failed article's incidents are exactly as they were");
        (await check.Articles.SingleAsync(a => a.Id == failing)).PipelineVersion.ShouldBe(OldPipeline);
        (await check.Articles.Where(a => a.Id != failing).AllAsync(a => a.PipelineVersion == ArticleAnalysis.PipelineVersion)).ShouldBeTrue();
    }

    private static async Task<List<string>> IdsAndFingerprints(BorderWatchDbContext db, int articleId) =>
        (await db.Incidents.Where(i => i.ArticleId == articleId).OrderBy(i => i.Id).Select(i => new { i.Id, i.Fingerprint }).ToListAsync())
        .Select(i => $"{i.Id} {i.Fingerprint}").ToList();

    /// <summary>A real database error for one article: a trigger that refuses to update its row.</summary>
    private static async Task FailUpdatesOfArticleAsync(BorderWatchDbContext db, int articleId)
    {
        // The id is an int from the store, not input: formatting it into the DDL is safe (DDL takes no parameters).
        string[] statements = db.Database.IsSqlite()
            ? [$"CREATE TRIGGER bw_fail BEFORE UPDATE ON \"Articles\" WHEN NEW.\"Id\" = {articleId} BEGIN SELECT RAISE(ABORT, 'injected failure'); END;"]
            : [$"CREATE FUNCTION bw_fail() RETURNS trigger AS $$ BEGIN IF NEW.\"Id\" = {articleId} THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;",
               "CREATE TRIGGER bw_fail BEFORE UPDATE ON \"Articles\" FOR EACH ROW EXECUTE FUNCTION bw_fail();"];
        foreach (var sql in statements) await db.Database.ExecuteSqlRawAsync(sql);
    }
}
