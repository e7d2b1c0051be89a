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
}
