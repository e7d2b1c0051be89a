using BorderWatch.Core;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using BorderWatch.Core.Tests.Store;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Tests.Storing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderWatch.Ingestion.Tests.Review;

/// <summary>
/// Analysts' decisions survive <c>reprocess</c>, also when an older pipeline version put the excerpt elsewhere in
/// the sentence (simulated by moving a stored incident's span and fingerprint, as a pipeline change does). Runs on a
/// real SQLite file and on the real PostgreSQL server the Core tests' fixture starts.
/// </summary>
public abstract partial class DecisionSurvivalCases(StoreFixture stores)
{
    private const string OldPipeline = "2025.01.1";

    protected async Task<StoreOptions> SeededStoreAsync()
    {
        var options = await stores.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        var service = Service(db);
        await service.SyncGazetteerAsync();
        // The three shorter seed articles (the pipeline runs twice per test, on two providers).
        var seeds = Directory.GetFiles(TempStore.SeedsFolder, "*.txt").Order(StringComparer.Ordinal).Where((_, n) => n is 0 or 1 or 3);
        (await service.IngestPathsAsync(seeds)).Failed.ShouldBe(0);
        return options;
    }

    protected static IngestionService Service(BorderWatchDbContext db) => new(db, NullLogger<IngestionService>.Instance);

    /// <summary>The incidents of the n-th article (by id) whose excerpt lies inside one sentence, by id.</summary>
    protected static async Task<List<Incident>> IncidentsOf(BorderWatchDbContext db, int articleIndex)
    {
        var article = await db.Articles.OrderBy(a => a.Id).Skip(articleIndex).FirstAsync();
        var sentences = TextSegmenter.Sentences(article.CleanedText);
        var incidents = await db.Incidents.Include(i => i.Excerpts).Where(i => i.ArticleId == article.Id).OrderBy(i => i.Id).ToListAsync();
        return incidents.Where(i => sentences.Any(s => s.Start <= i.Excerpts[0].Start && i.Excerpts[0].End <= s.End)).ToList();
    }

    /// <summary>
    /// Makes an incident look as an older pipeline stored it: another span inside the same sentence (so another
    /// fingerprint) and an older pipeline version on it and its article. Returns its original fingerprint.
    /// </summary>
    protected static async Task<string> AsOlderPipelineStoredIt(BorderWatchDbContext db, int incidentId)
    {
        var incident = await db.Incidents.Include(i => i.Excerpts).Include(i => i.Article).SingleAsync(i => i.Id == incidentId);
        var article = incident.Article!;
        var excerpt = incident.Excerpts.Single();
        var sentence = TextSegmenter.Sentences(article.CleanedText).First(s => s.Start <= excerpt.Start && excerpt.End <= s.End);
        var (start, end) = (sentence.Start, sentence.End) != (excerpt.Start, excerpt.End)
            ? (sentence.Start, sentence.End)
            : (excerpt.Start, excerpt.End - 1);
        var original = incident.Fingerprint;
        excerpt.Start = start; excerpt.End = end; excerpt.Text = article.CleanedText[start..end];
        incident.Fingerprint = $"{OldPipeline}:{incident.Id}";
        incident.PipelineVersion = OldPipeline;
        article.PipelineVersion = OldPipeline;
        await db.SaveChangesAsync();
        return original;
    }

    protected static IncidentReview Review(int incidentId, ReviewDecision decision, int? mergedInto = null, string? corrections = null) => new()
    {
        IncidentId = incidentId, Decision = decision, MergedIntoId = mergedInto, CorrectionsJson = corrections,
        Analyst = "ana", DecidedAt = DateTimeOffset.UtcNow,
    };

    [Fact]
    public async Task A_rejected_incident_whose_span_moved_stays_rejected_and_out_of_the_counts()
    {
        var options = await SeededStoreAsync();
        int rejected, total; string original;
        await using (var db = StoreSetup.Open(options))
        {
            total = await db.Incidents.CountAsync();
            rejected = (await IncidentsOf(db, 0))[0].Id;
            db.IncidentReviews.Add(Review(rejected, ReviewDecision.Rejected));
            await db.SaveChangesAsync();
            original = await AsOlderPipelineStoredIt(db, rejected);
        }

        await using (var db = StoreSetup.Open(options)) await Service(db).ReprocessAsync();

        await using var check = StoreSetup.Open(options);
        (await check.Incidents.CountAsync()).ShouldBe(total, "the decision moved onto the fresh incident: no second copy of it");
        var incident = await check.Incidents.Include(i => i.Reviews).SingleAsync(i => i.Fingerprint == original);
        incident.Id.ShouldBe(rejected, "the rejected incident keeps its id");
        incident.Reviews.Single().Decision.ShouldBe(ReviewDecision.Rejected);
        var counted = await check.Incidents.Apply(new IncidentFilter()).Select(i => i.Fingerprint).ToListAsync();
        counted.ShouldNotContain(original, "a rejected report must not come back into the counts");
        (await check.Articles.AllAsync(a => a.PipelineVersion != OldPipeline)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_corrected_incident_whose_span_moved_stays_corrected_and_counted()
    {
        var options = await SeededStoreAsync();
        int corrected, total; string original, corrections;
        IncidentType machineType, reviewedType;
        await using (var db = StoreSetup.Open(options))
        {
            total = await db.Incidents.CountAsync();
            var chosen = (await IncidentsOf(db, 1))[0];
            (corrected, machineType) = (chosen.Id, chosen.Type);
            reviewedType = machineType == IncidentType.ArmedClash ? IncidentType.Exercise : IncidentType.ArmedClash;
            corrections = new IncidentCorrection { Type = reviewedType, Date = "2011-02" }.ToJson();
            db.IncidentReviews.Add(Review(corrected, ReviewDecision.Corrected, corrections: corrections));
            await db.SaveChangesAsync();
            await ReviewedColumns.LayOverAsync(db, corrected);   // as ReviewService does in the decision's transaction
            await db.SaveChangesAsync();
            original = await AsOlderPipelineStoredIt(db, corrected);
        }

        await using (var db = StoreSetup.Open(options)) await Service(db).ReprocessAsync();

        await using var check = StoreSetup.Open(options);
        (await check.Incidents.CountAsync()).ShouldBe(total);
        var incident = await check.Incidents.Include(i => i.Reviews).Include(i => i.Excerpts).SingleAsync(i => i.Id == corrected);
        incident.Fingerprint.ShouldBe(original, "re-attached to the fresh incident of the same sentence");
        incident.Superseded.ShouldBeFalse();
        incident.Excerpts.Single().Text.ShouldBe((await check.Articles.SingleAsync(a => a.Id == incident.ArticleId)).CleanedText[incident.Excerpts[0].Start..incident.Excerpts[0].End]);
        incident.Reviews.Single().CorrectionsJson.ShouldBe(corrections);
        var moved = (await AuditLog.ForIncidentAsync(check, corrected)).ShouldHaveSingleItem();
        moved.Action.ShouldBe(AuditAction.Reattach);
        moved.Actor.ShouldBe($"pipeline {ArticleAnalysis.PipelineVersion}");
        moved.Before!.ShouldContain($"{OldPipeline}:{corrected}");
        moved.After!.ShouldContain(original);
        (await check.Incidents.Apply(new IncidentFilter()).CountAsync(i => i.Fingerprint == original)).ShouldBe(1, "counted once, with its correction");
        // Fresh machine values went under the correction: the counted columns still carry the analyst's type and date.
        (incident.Type, incident.Date).ShouldBe((reviewedType, PartialDate.OfMonth(2011, 2)));
        (await check.MachineValues.SingleAsync(m => m.IncidentId == corrected)).Type.ShouldBe(machineType);
        (await check.Incidents.Apply(new IncidentFilter { Types = [reviewedType], From = PartialDate.OfMonth(2011, 2), To = PartialDate.OfMonth(2011, 2) })
            .Select(i => i.Id).ToListAsync()).ShouldBe([corrected]);
        (await check.MonthTallies.Where(m => m.Year == 2011 && m.Month == 2).SumAsync(m => m.Count)).ShouldBe(1);
    }

    [Fact]
    public async Task A_confirmation_and_a_split_merge_whose_spans_moved_stay_as_decided()
    {
        var options = await SeededStoreAsync();
        int confirmed, member, target;
        await using (var db = StoreSetup.Open(options))
        {
            (confirmed, member, target) = ((await IncidentsOf(db, 0))[0].Id, (await IncidentsOf(db, 1))[0].Id, (await IncidentsOf(db, 2))[0].Id);
            var review = new ReviewService(db);
            await review.ConfirmAsync(confirmed, "ana");
            await review.MergeAsync(target, [member], "ana", "same clash");
            await review.SplitAsync(member, "ana", "two clashes after all");
            foreach (var id in new[] { confirmed, member, target }) await AsOlderPipelineStoredIt(db, id);
        }

        await using (var db = StoreSetup.Open(options)) (await Service(db).ReprocessAsync()).Reattached.ShouldBe(3);

        await using var check = StoreSetup.Open(options);
        var now = await ReviewViews.EffectiveAsync(check, [confirmed, member, target]);
        now[confirmed].State.ShouldBe(ReviewState.Confirmed);
        now[member].State.ShouldNotBe(ReviewState.Merged, "the split stands: the member counts again");
        now[member].MergedIntoId.ShouldBeNull();
        now[member].Counts.ShouldBeTrue();
        now[target].Counts.ShouldBeTrue();
        (await check.Incidents.Apply(new IncidentFilter()).CountAsync(i => i.Id == member || i.Id == target)).ShouldBe(2);
    }

    [Fact]
    public async Task An_event_report_whose_span_moved_stays_in_its_event()
    {
        var options = await SeededStoreAsync();
        int reportA, reportB, ev, total; string original;
        await using (var db = StoreSetup.Open(options))
        {
            total = await db.Incidents.CountAsync();
            (reportA, reportB) = ((await IncidentsOf(db, 0))[0].Id, (await IncidentsOf(db, 2))[0].Id);
            ev = await new EventService(db).CreateAsync([reportA, reportB], "ana", "one clash, two outlets");
            original = await AsOlderPipelineStoredIt(db, reportB);   // unreviewed, held only by the event
        }

        ReprocessReport report;
        await using (var db = StoreSetup.Open(options)) report = await Service(db).ReprocessAsync();

        (report.Failures ?? []).ShouldBeEmpty();
        report.Reattached.ShouldBe(1);
        await using var check = StoreSetup.Open(options);
        (await EventQueries.ViewAsync(check, ev))!.Versions.Select(v => v.IncidentId).ShouldBe([reportA, reportB]);
        (await check.Incidents.SingleAsync(i => i.Id == reportB)).Fingerprint.ShouldBe(original);
        (await check.Incidents.CountAsync()).ShouldBe(total);
    }

    [Fact]
    public async Task A_decision_nothing_covers_any_more_is_kept_as_an_orphan_never_dropped()
    {
        var options = await SeededStoreAsync();
        int orphan, total;
        await using (var db = StoreSetup.Open(options))
        {
            total = await db.Incidents.CountAsync();
            var incident = (await IncidentsOf(db, 1))[0];
            orphan = incident.Id;
            db.IncidentReviews.Add(Review(orphan, ReviewDecision.Confirmed));
            // An older pipeline read an incident into a sentence the current one finds nothing in.
            var article = await db.Articles.Include(a => a.Excerpts).SingleAsync(a => a.Id == incident.ArticleId);
            var empty = TextSegmenter.Sentences(article.CleanedText)
                .First(s => s.End - s.Start > 20 && !article.Excerpts.Any(x => x.Start < s.End && x.End > s.Start));
            var excerpt = incident.Excerpts.Single();
            excerpt.Start = empty.Start; excerpt.End = empty.End; excerpt.Text = article.CleanedText[empty.Start..empty.End];
            incident.Fingerprint = $"{OldPipeline}:{orphan}";
            await db.SaveChangesAsync();
        }

        await using (var db = StoreSetup.Open(options)) (await Service(db).ReprocessAsync()).Orphaned.ShouldBe(1);
        await using (var db = StoreSetup.Open(options)) (await Service(db).ReprocessAsync()).Orphaned.ShouldBe(1, "still orphaned, logged once");

        await using var check = StoreSetup.Open(options);
        var kept = await check.Incidents.Include(i => i.Reviews).SingleAsync(i => i.Id == orphan);
        kept.Superseded.ShouldBeTrue();
        kept.Reviews.Single().Decision.ShouldBe(ReviewDecision.Confirmed);
        (await ReviewQueries.OrphanedDecisionsAsync(check)).ShouldBe([orphan], "listed for analysts");
        (await AuditLog.ForIncidentAsync(check, orphan)).ShouldHaveSingleItem().Action.ShouldBe(AuditAction.Orphan);
        (await check.Incidents.CountAsync()).ShouldBe(total + 1, "the fresh incident of the old sentence is back, the orphan stays");
    }
}

public sealed class SqliteDecisionSurvivalTests(SqliteFixture stores) : DecisionSurvivalCases(stores), IClassFixture<SqliteFixture>;

[Collection(IngestionPostgresCollection.Name)]
public sealed class PostgresDecisionSurvivalTests(PostgresFixture stores) : DecisionSurvivalCases(stores);
