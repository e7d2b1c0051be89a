using BorderWatch.Core;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using BorderWatch.Core.Tests.Store;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Tests.Storing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderWatch.Ingestion.Tests.Review;

/// <summary>
/// Orphaned decisions are a stored state (<see cref="DecisionAttachment"/>): listed after a second reprocess and in a
/// fresh context (a restart), until an analyst re-attaches them to an incident of the same article (the decision, the
/// correction and the event link move there) or dismisses them with a reason; both audited, both survive later runs.
/// </summary>
public abstract class OrphanedDecisionCases(StoreFixture stores)
{
    private async Task<StoreOptions> SeededStoreAsync()
    {
        var options = await stores.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        var service = Service(db);
        await service.SyncGazetteerAsync();
        var seeds = Directory.GetFiles(TempStore.SeedsFolder, "*.txt").Order(StringComparer.Ordinal).Where((_, n) => n is 0 or 1);
        (await service.IngestPathsAsync(seeds)).Failed.ShouldBe(0);
        return options;
    }

    private static IngestionService Service(BorderWatchDbContext db) => new(db, NullLogger<IngestionService>.Instance);

    /// <summary>Moves an incident into a sentence the pipeline finds nothing in, as an older pipeline could have stored it.</summary>
    private static async Task<(int Orphan, int ArticleId)> OrphanOneAsync(BorderWatchDbContext db, int articleIndex)
    {
        var article = await db.Articles.Include(a => a.Excerpts).OrderBy(a => a.Id).Skip(articleIndex).FirstAsync();
        var sentences = TextSegmenter.Sentences(article.CleanedText);
        var incident = (await db.Incidents.Include(i => i.Excerpts).Where(i => i.ArticleId == article.Id).OrderBy(i => i.Id).ToListAsync())
            .First(i => sentences.Any(s => s.Start <= i.Excerpts[0].Start && i.Excerpts[0].End <= s.End));
        var empty = sentences.First(s => s.End - s.Start > 20 && !article.Excerpts.Any(x => x.Start < s.End && x.End > s.Start));
        var excerpt = incident.Excerpts.Single();
        excerpt.Start = empty.Start; excerpt.End = empty.End; excerpt.Text = article.CleanedText[empty.Start..empty.End];
        incident.Fingerprint = $"2025.01.1:{incident.Id}";
        await db.SaveChangesAsync();
        return (incident.Id, article.Id);
    }

    [Fact]
    public async Task An_orphan_stays_listed_across_runs_until_an_analyst_reattaches_it_and_its_decisions_move()
    {
        var options = await SeededStoreAsync();
        int orphan, articleId, other, ev;
        await using (var db = StoreSetup.Open(options))
        {
            (orphan, articleId) = await OrphanOneAsync(db, 0);
            other = await db.Incidents.Where(i => i.ArticleId != articleId && !i.Hidden).Select(i => i.Id).FirstAsync();
            var reviews = new ReviewService(db);
            await reviews.CorrectAsync(orphan, new IncidentCorrection { Summary = "Analyst's own summary" }, "ana");
            await reviews.RejectAsync(orphan, RejectionReason.HistoricalReference, "retold from 2019", "ana");
            ev = await new EventService(db).CreateAsync([orphan, other], "ana", "Two sources");
        }

        await using (var db = StoreSetup.Open(options)) (await Service(db).ReprocessAsync()).Orphaned.ShouldBe(1);
        await using (var db = StoreSetup.Open(options)) (await Service(db).ReprocessAsync()).Orphaned.ShouldBe(1, "a second run keeps it orphaned");

        int target;
        await using (var db = StoreSetup.Open(options))   // a fresh context: what a restarted app reads
        {
            var desk = new OrphanedDecisions(db);
            (await desk.CountAsync()).ShouldBe(1);
            var listed = (await desk.ListAsync()).ShouldHaveSingleItem();
            listed.Incident.Id.ShouldBe(orphan);
            listed.Incident.State.ShouldBe(ReviewState.Rejected);
            listed.Events.ShouldBe([ev]);
            listed.Candidates.ShouldNotBeEmpty("the fresh incidents of the same article");
            listed.Candidates.ShouldNotContain(c => c.Id == orphan);
            target = listed.Candidates[0].Id;

            (await Should.ThrowAsync<ReviewException>(() => desk.ReattachAsync(orphan, other, "bob"))).Field.ShouldBe("target", "another article's incident");
            var after = await desk.ReattachAsync(orphan, target, "bob", "same clash, sentence re-read");
            after.State.ShouldBe(ReviewState.Rejected);
            after.RejectionReason.ShouldBe(RejectionReason.HistoricalReference);
            after.Summary.ShouldBe("Analyst's own summary");
            (await desk.CountAsync()).ShouldBe(0);
            (await Should.ThrowAsync<ReviewException>(() => desk.DismissAsync(orphan, "twice", "bob"))).Field.ShouldBe("incident");
        }

        await using (var db = StoreSetup.Open(options)) (await Service(db).ReprocessAsync()).Orphaned.ShouldBe(0, "a re-attached orphan is settled");
        await using var check = StoreSetup.Open(options);
        (await ReviewQueries.OrphanedDecisionsAsync(check)).ShouldBeEmpty();
        var old = await check.IncidentAttachments.SingleAsync(a => a.IncidentId == orphan);
        (old.State, old.ReattachedToId).ShouldBe((DecisionAttachment.Reattached, (int?)target));
        (await check.Incidents.SingleAsync(i => i.Id == orphan)).Superseded.ShouldBeTrue();
        (await ReviewViews.EffectiveAsync(check, target))!.State.ShouldBe(ReviewState.Rejected, "the decision survived the third run on its new incident");
        (await EventQueries.ViewAsync(check, ev))!.Versions.Select(v => v.IncidentId).Order().ShouldBe(new[] { other, target }.Order());
        var entry = (await AuditLog.ForIncidentAsync(check, orphan)).Single(e => e.Action == AuditAction.Reattach && e.Actor == "bob");
        entry.RelatedIncidentId.ShouldBe(target);
        entry.Reason.ShouldNotBeNull().ShouldContain("same clash, sentence re-read");
    }

    [Fact]
    public async Task A_dismissed_orphan_leaves_the_list_with_its_reason_and_stays_dismissed()
    {
        var options = await SeededStoreAsync();
        int orphan;
        await using (var db = StoreSetup.Open(options))
        {
            (orphan, _) = await OrphanOneAsync(db, 1);
            await new ReviewService(db).ConfirmAsync(orphan, "ana");
        }
        await using (var db = StoreSetup.Open(options)) (await Service(db).ReprocessAsync()).Orphaned.ShouldBe(1);
        await using (var db = StoreSetup.Open(options))
        {
            var desk = new OrphanedDecisions(db);
            (await Should.ThrowAsync<ReviewException>(() => desk.DismissAsync(orphan, " ", "bob"))).Field.ShouldBe("reason");
            (await desk.CountAsync()).ShouldBe(1, "a refused dismissal changes nothing");
            await desk.DismissAsync(orphan, "the sentence is background, nothing to carry over", "bob");
        }
        await using (var db = StoreSetup.Open(options)) await Service(db).ReprocessAsync();
        await using var check = StoreSetup.Open(options);
        (await new OrphanedDecisions(check).CountAsync()).ShouldBe(0);
        (await check.IncidentAttachments.SingleAsync(a => a.IncidentId == orphan)).State.ShouldBe(DecisionAttachment.Dismissed, "stays dismissed after a run");
        var entry = (await AuditLog.ForIncidentAsync(check, orphan)).Single(e => e.Action == AuditAction.OrphanDismiss);
        (entry.Actor, entry.Reason).ShouldBe(("bob", "the sentence is background, nothing to carry over"));
    }
}

public sealed class SqliteOrphanedDecisionTests(SqliteFixture stores) : OrphanedDecisionCases(stores), IClassFixture<SqliteFixture>;

[Collection(IngestionPostgresCollection.Name)]
public sealed class PostgresOrphanedDecisionTests(PostgresFixture stores) : OrphanedDecisionCases(stores);
