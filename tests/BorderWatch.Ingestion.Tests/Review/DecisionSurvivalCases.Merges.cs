using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Ingestion.Tests.Review;

/// <summary>A merge keeps its target when the target's span moved, into an incident of another article or of the same one.</summary>
public abstract partial class DecisionSurvivalCases
{
    [Fact]
    public async Task A_merge_into_an_incident_of_another_article_survives_when_the_target_moved()
    {
        var options = await SeededStoreAsync();
        int merged, target; string targetFingerprint;
        await using (var db = StoreSetup.Open(options))
        {
            merged = (await IncidentsOf(db, 0))[0].Id;
            target = (await IncidentsOf(db, 2))[0].Id;
            db.IncidentReviews.Add(Review(merged, ReviewDecision.Merged, mergedInto: target));
            await db.SaveChangesAsync();
            targetFingerprint = await AsOlderPipelineStoredIt(db, target);
        }

        ReprocessReport report;
        await using (var db = StoreSetup.Open(options)) report = await Service(db).ReprocessAsync();

        report.Articles.ShouldBe(3);
        (report.Failures ?? []).ShouldBeEmpty();
        await using var check = StoreSetup.Open(options);
        (await check.IncidentReviews.SingleAsync(r => r.IncidentId == merged)).MergedIntoId.ShouldBe(target);
        (await check.Incidents.SingleAsync(i => i.Id == target)).Fingerprint.ShouldBe(targetFingerprint);
        (await check.Articles.AllAsync(a => a.PipelineVersion != OldPipeline)).ShouldBeTrue("every article was reprocessed");
    }

    [Fact]
    public async Task A_merge_within_one_article_keeps_its_target_when_the_target_moved()
    {
        var options = await SeededStoreAsync();
        int merged, target, total; string targetFingerprint;
        await using (var db = StoreSetup.Open(options))
        {
            total = await db.Incidents.CountAsync();
            var incidents = await IncidentsOf(db, 2);
            (merged, target) = (incidents[0].Id, incidents[1].Id);
            db.IncidentReviews.Add(Review(merged, ReviewDecision.Merged, mergedInto: target));
            await db.SaveChangesAsync();
            targetFingerprint = await AsOlderPipelineStoredIt(db, target);
        }

        await using (var db = StoreSetup.Open(options)) await Service(db).ReprocessAsync();

        await using var check = StoreSetup.Open(options);
        (await check.IncidentReviews.SingleAsync(r => r.IncidentId == merged)).MergedIntoId.ShouldBe(target);
        var kept = await check.Incidents.SingleAsync(i => i.Id == target);
        kept.Fingerprint.ShouldBe(targetFingerprint);
        kept.Superseded.ShouldBeFalse();
        (await check.Incidents.CountAsync()).ShouldBe(total);
    }
}
