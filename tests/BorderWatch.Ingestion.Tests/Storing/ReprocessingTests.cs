using BorderWatch.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Ingestion.Tests.Storing;

/// <summary>Re-running the pipeline over stored articles must never overwrite an analyst's decision.</summary>
public class ReprocessingTests
{
    [Fact]
    public async Task Reprocessing_restores_machine_fields_drops_stale_output_and_keeps_reviewed_incidents()
    {
        await using var store = await TempStore.CreateAsync();
        await using (var db = store.Open())
            await store.Service(db).IngestPathsAsync([TempStore.SeedsFolder]);

        int tampered, reviewed, staleUnreviewed, staleReviewed, total;
        await using (var db = store.Open())
        {
            var incidents = await db.Incidents.Include(i => i.Excerpts).OrderBy(i => i.Id).ToListAsync();
            total = incidents.Count;
            // An unreviewed incident whose machine fields drifted: the re-run restores them.
            tampered = incidents[0].Id;
            incidents[0].Summary = "tampered";
            // A reviewed incident an analyst corrected: the re-run must leave it alone.
            reviewed = incidents[1].Id;
            incidents[1].Summary = "analyst's wording";
            db.IncidentReviews.Add(new IncidentReview { IncidentId = reviewed, Decision = ReviewDecision.Corrected, Analyst = "ana", DecidedAt = DateTimeOffset.UtcNow });
            // Output an older pipeline produced that the current one does not: removed unless reviewed.
            var article = await db.Articles.FirstAsync();
            Incident Stale(string fingerprint) => new()
            {
                Article = article, Type = IncidentType.Exercise, Summary = "stale", Fingerprint = fingerprint,
                Excerpts = [new Excerpt { Article = article, Start = 0, End = 5, Text = article.CleanedText[..5] }],
            };
            var a = Stale("old-pipeline:1"); var b = Stale("old-pipeline:2");
            db.Incidents.AddRange(a, b);
            await db.SaveChangesAsync();
            staleUnreviewed = a.Id; staleReviewed = b.Id;
            db.IncidentReviews.Add(new IncidentReview { IncidentId = staleReviewed, Decision = ReviewDecision.Confirmed, Analyst = "ana", DecidedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        await using (var db = store.Open())
        {
            var report = await store.Service(db).ReprocessAsync();
            report.Articles.ShouldBe(5);
            report.Removed.ShouldBe(1);
            report.ReviewedKept.ShouldBe(2);
        }

        await using (var check = store.Open())
        {
            (await check.Incidents.SingleAsync(i => i.Id == tampered)).Summary.ShouldNotBe("tampered");
            var kept = await check.Incidents.SingleAsync(i => i.Id == reviewed);
            kept.Summary.ShouldBe("analyst's wording");
            kept.Superseded.ShouldBeFalse();
            (await check.Incidents.AnyAsync(i => i.Id == staleUnreviewed)).ShouldBeFalse();
            (await check.Incidents.SingleAsync(i => i.Id == staleReviewed)).Superseded.ShouldBeTrue();
            (await check.Incidents.CountAsync()).ShouldBe(total + 1, "the same incidents again, plus the reviewed stale one");
            (await check.IncidentReviews.CountAsync()).ShouldBe(2);
        }
    }

    [Fact]
    public async Task A_reprocess_that_rewrites_incidents_in_place_is_audited_once_and_moves_the_store_version()
    {
        await using var store = await TempStore.CreateAsync();
        await using (var db = store.Open())
            await store.Service(db).IngestPathsAsync([TempStore.SeedsFolder]);
        string before;
        await using (var db = store.Open())
        {
            // Drifted machine wording only: same ids, same number listed, so nothing but the run itself can move the version.
            var first = await db.Incidents.OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
            await db.Incidents.Where(i => i.Id == first).ExecuteUpdateAsync(u => u.SetProperty(i => i.Summary, "drifted"));
            before = await BorderWatch.Core.Queries.StoreVersion.ReadAsync(db);
        }

        await using (var db = store.Open())
        {
            var report = await store.Service(db).ReprocessAsync();
            report.Updated.ShouldBeGreaterThanOrEqualTo(1);
            (report.Added + report.Removed).ShouldBe(0);
        }

        await using (var check = store.Open())
        {
            (await BorderWatch.Core.Queries.StoreVersion.ReadAsync(check)).ShouldNotBe(before);
            var runs = await check.AuditEntries.Where(a => a.Action == AuditAction.Reprocess).ToListAsync();
            var run = runs.ShouldHaveSingleItem();
            run.Actor.ShouldStartWith("pipeline ");
            run.IncidentId.ShouldBeNull();
            run.Reason!.ShouldContain("5 article(s) reprocessed");
        }

        // Every run is one entry; a run over no article (an id that is not stored) leaves none.
        await using (var db = store.Open()) (await store.Service(db).ReprocessAsync(int.MaxValue)).Articles.ShouldBe(0);
        await using (var db = store.Open()) await store.Service(db).ReprocessAsync();
        await using (var check = store.Open())
            (await check.AuditEntries.CountAsync(a => a.Action == AuditAction.Reprocess)).ShouldBe(2);
    }
}
