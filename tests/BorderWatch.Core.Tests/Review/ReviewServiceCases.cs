using System.Text.Json;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using BorderWatch.Core.Tests.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Core.Tests.Review;

/// <summary>The analyst's decisions and the audit log, on a real SQLite file and a real PostgreSQL server.</summary>
public abstract class ReviewServiceCases(StoreFixture stores)
{
    private async Task<(StoreOptions Options, SampleIncidents Sample)> NewStoreAsync()
    {
        var options = await stores.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        return (options, await SampleIncidents.SeedAsync(db));
    }

    private static async Task<List<int>> CountedIds(BorderWatchDbContext db, IncidentFilter? filter = null) =>
        await db.Incidents.Apply(filter ?? new IncidentFilter()).Select(i => i.Id).ToListAsync();

    [Fact]
    public async Task Every_decision_appends_a_review_and_an_audit_row_and_a_rejection_leaves_the_counts()
    {
        var (options, s) = await NewStoreAsync();
        var i1 = s.Incidents["I1"];
        await using var db = StoreSetup.Open(options);
        var reviews = new ReviewService(db);

        var confirmed = await reviews.ConfirmAsync(i1, "ana", "checked against the source");
        confirmed.State.ShouldBe(ReviewState.Confirmed);
        confirmed.ReviewedBy.ShouldBe("ana");
        var rejected = await reviews.RejectAsync(i1, RejectionReason.HistoricalReference, "retells the 2019 clash", "bob");

        rejected.State.ShouldBe(ReviewState.Rejected);
        rejected.RejectionReason.ShouldBe(RejectionReason.HistoricalReference);
        (await db.IncidentReviews.CountAsync(r => r.IncidentId == i1)).ShouldBe(2, "the second decision adds a row, it does not replace the first");
        var log = await AuditLog.ForIncidentAsync(db, i1);
        log.Select(e => (e.Action, e.Actor)).ShouldBe([(AuditAction.Confirm, "ana"), (AuditAction.Reject, "bob")]);
        log[1].RejectionReason.ShouldBe(RejectionReason.HistoricalReference);
        log[1].Reason.ShouldBe("retells the 2019 clash");
        JsonDocument.Parse(log[1].Before!).RootElement.GetProperty("State").GetString().ShouldBe("Confirmed");
        JsonDocument.Parse(log[1].After!).RootElement.GetProperty("State").GetString().ShouldBe("Rejected");
        (await CountedIds(db)).ShouldNotContain(i1);
        (await CountedIds(db, new IncidentFilter { IncludeRejected = true })).ShouldContain(i1, "analysts still see it with the filter");

        (await reviews.ConfirmAsync(i1, "ana", "it is new after all")).State.ShouldBe(ReviewState.Confirmed);
        (await CountedIds(db)).ShouldContain(i1, "confirming reinstates a rejected incident");
    }

    [Fact]
    public async Task A_correction_overrides_the_machine_values_field_by_field_and_keeps_the_machine_values_apart()
    {
        var (options, s) = await NewStoreAsync();
        var i1 = s.Incidents["I1"];
        await using var db = StoreSetup.Open(options);
        var reviews = new ReviewService(db);
        var text = (await db.Articles.SingleAsync(a => a.Id == s.Articles["A1"])).CleanedText;

        await reviews.CorrectAsync(i1, new IncidentCorrection
        {
            Type = IncidentType.CrossBorderMovement, Date = "2021-07", Border = "AFG-TJK", Place = IncidentCorrection.NoBorder,
            Status = IncidentStatus.Unconfirmed, Attribution = "local residents",
            Actors = [new ActorRoleValue("taliban", ActorRole.Initiator), new ActorRoleValue("TKM", ActorRole.Affected)],
            Excerpt = new ExcerptSpan(0, 20),
        }, "ana", "the post is on the Tajik stretch");
        var after = await reviews.CorrectAsync(i1, new IncidentCorrection { Summary = "Crossing near a post", Status = IncidentStatus.Reported }, "bob");

        after.State.ShouldBe(ReviewState.Corrected);
        after.Type.ShouldBe(IncidentType.CrossBorderMovement);
        after.Date.ShouldBe(PartialDate.OfMonth(2021, 7));
        after.Date.Precision.ShouldBe(DatePrecision.Month);
        after.BorderCode.ShouldBe("AFG-TJK");
        after.PlaceKey.ShouldBeNull();
        after.Status.ShouldBe(IncidentStatus.Reported, "the later correction wins for its field");
        after.Attribution.ShouldBe("local residents", "an earlier correction stays for fields the later one leaves alone");
        after.Actors.ShouldBe([new ActorRoleValue("taliban", ActorRole.Initiator), new ActorRoleValue("TKM", ActorRole.Affected)]);
        after.ExcerptText.ShouldBe(text[..20]);
        after.Summary.ShouldBe("Crossing near a post");
        after.ReviewedBy.ShouldBe("bob");

        // The counted columns carry the reviewed values (ADR 0011); the machine's are kept apart, its text fields untouched.
        var row = await db.Incidents.AsNoTracking().Include(i => i.BorderSegment).SingleAsync(i => i.Id == i1);
        (row.Type, row.BorderSegment!.Code, row.PlaceId, row.Status).ShouldBe((IncidentType.CrossBorderMovement, "AFG-TJK", (int?)null, IncidentStatus.Reported));
        row.Summary.ShouldBe("Clash at a border post");
        var machine = await db.MachineValues.AsNoTracking().SingleAsync(m => m.IncidentId == i1);
        (machine.Type, machine.Status, machine.Date).ShouldBe((IncidentType.ArmedClash, IncidentStatus.Reported, PartialDate.OfDay(2021, 7, 5)));
        machine.BorderSegmentId.ShouldBe(await db.BorderSegments.Where(b => b.Code == "AFG-TKM").Select(b => (int?)b.Id).SingleAsync());
        machine.PlaceId.ShouldNotBeNull();
        (await AuditLog.ForIncidentAsync(db, i1)).Count(e => e.Action == AuditAction.Correct).ShouldBe(2);
    }

    [Fact]
    public async Task Invalid_decisions_name_the_field_and_write_nothing()
    {
        var (options, s) = await NewStoreAsync();
        var i1 = s.Incidents["I1"];
        await using var db = StoreSetup.Open(options);
        var reviews = new ReviewService(db);
        var before = (await db.IncidentReviews.CountAsync(), await db.AuditEntries.CountAsync());

        async Task Refused(string field, Func<Task> decision) =>
            (await Should.ThrowAsync<ReviewException>(decision)).Field.ShouldBe(field);
        await Refused("border", () => reviews.CorrectAsync(i1, new IncidentCorrection { Border = "XXX-YYY" }, "ana"));
        await Refused("date", () => reviews.CorrectAsync(i1, new IncidentCorrection { Date = "2021-13-40" }, "ana"));
        await Refused("excerpt", () => reviews.CorrectAsync(i1, new IncidentCorrection { Excerpt = new ExcerptSpan(5, 100_000) }, "ana"));
        await Refused("excerpt", () => reviews.CorrectAsync(i1, new IncidentCorrection { Excerpt = new ExcerptSpan(9, 9) }, "ana"));
        await Refused("actors", () => reviews.CorrectAsync(i1, new IncidentCorrection { Actors = [new ActorRoleValue("nobody", ActorRole.Initiator)] }, "ana"));
        await Refused("place", () => reviews.CorrectAsync(i1, new IncidentCorrection { Place = "atlantis" }, "ana"));
        await Refused("summary", () => reviews.CorrectAsync(i1, new IncidentCorrection { Summary = " " }, "ana"));
        await Refused("correction", () => reviews.CorrectAsync(i1, new IncidentCorrection(), "ana"));
        await Refused("reason", () => reviews.RejectAsync(i1, RejectionReason.Other, null, "ana"));
        await Refused("analyst", () => reviews.ConfirmAsync(i1, " "));
        await Refused("incident", () => reviews.ConfirmAsync(999_999, "ana"));
        await Refused("incident", () => reviews.CorrectAsync(s.Incidents["I7"], new IncidentCorrection { Summary = "x" }, "ana"));

        (await db.IncidentReviews.CountAsync(), await db.AuditEntries.CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Merges_across_articles_and_within_one_leave_the_counts_and_a_split_brings_them_back()
    {
        var (options, s) = await NewStoreAsync();
        var (i1, i2, i4) = (s.Incidents["I1"], s.Incidents["I2"], s.Incidents["I4"]);
        await using var db = StoreSetup.Open(options);
        var reviews = new ReviewService(db);

        var merged = await reviews.MergeAsync(i1, [i2, i4], "ana", "one visit, two reports");

        merged.Select(m => (m.Id, m.State, m.MergedIntoId)).ShouldBe([(i2, ReviewState.Merged, i1), (i4, ReviewState.Merged, i1)]);
        (await ReviewQueries.MergedIntoAsync(db, i1)).ShouldBe([i2, i4]);
        var counted = await CountedIds(db);
        counted.ShouldContain(i1);
        counted.ShouldNotContain(i2);
        counted.ShouldNotContain(i4);
        (await AuditLog.ForIncidentAsync(db, i1)).Count(e => e.Action == AuditAction.Merge && e.RelatedIncidentId == i1).ShouldBe(2);

        (await Should.ThrowAsync<ReviewException>(() => reviews.MergeAsync(i2, [s.Incidents["I3"]], "ana"))).Field.ShouldBe("target");
        (await Should.ThrowAsync<ReviewException>(() => reviews.MergeAsync(s.Incidents["I3"], [i1], "ana"))).Message.ShouldContain("target of a merge");

        (await reviews.SplitAsync(i4, "bob", "a different event")).ShouldHaveSingleItem().State.ShouldBe(ReviewState.Confirmed);
        (await ReviewQueries.MergedIntoAsync(db, i1)).ShouldBe([i2]);
        await reviews.SplitAsync(i1, "bob");
        (await ReviewQueries.MergedIntoAsync(db, i1)).ShouldBeEmpty();
        (await CountedIds(db)).ShouldContain(i2);
        (await CountedIds(db)).ShouldContain(i4);
        (await Should.ThrowAsync<ReviewException>(() => reviews.SplitAsync(i1, "bob"))).Field.ShouldBe("incident");
    }

    [Fact]
    public async Task A_note_goes_to_the_log_only_and_audit_rows_and_reviews_cannot_be_changed()
    {
        var (options, s) = await NewStoreAsync();
        var i7 = s.Incidents["I7"];
        await using (var db = StoreSetup.Open(options))
        {
            await new ReviewService(db).NoteAsync(i7, "ask the Dushanbe office", "ana");
            (await ReviewViews.EffectiveAsync(db, i7))!.State.ShouldBe(ReviewState.Rejected, "a note changes no decision");
            (await AuditLog.QueryAsync(db, new AuditQuery { Actions = [AuditAction.Note] })).ShouldHaveSingleItem().Reason.ShouldBe("ask the Dushanbe office");
        }

        await using (var db = StoreSetup.Open(options))
        {
            var entry = await db.AuditEntries.FirstAsync();
            entry.Reason = "rewritten history";
            (await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync())).Message.ShouldContain("append-only");
        }
        await using (var db = StoreSetup.Open(options))
        {
            db.IncidentReviews.Remove(await db.IncidentReviews.FirstAsync(r => r.IncidentId == i7));
            await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }
        await using (var check = StoreSetup.Open(options))
        {
            (await check.AuditEntries.SingleAsync()).Reason.ShouldBe("ask the Dushanbe office");
            (await check.IncidentReviews.CountAsync(r => r.IncidentId == i7)).ShouldBe(2);
        }
    }

    [Fact]
    public async Task The_services_resolve_from_DI_as_the_web_registers_them()
    {
        var (options, s) = await NewStoreAsync();
        var services = new ServiceCollection();
        services.AddDbContext<BorderWatchDbContext>(b => b.UseBorderWatchStore(options));
        services.AddBorderWatchReview();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var reviews = scope.ServiceProvider.GetRequiredService<ReviewService>();
        (await reviews.ConfirmAsync(s.Incidents["I1"], "ana")).State.ShouldBe(ReviewState.Confirmed);
        scope.ServiceProvider.GetRequiredService<EventService>().ShouldNotBeNull();
    }

    [Fact]
    public async Task The_queue_holds_unreviewed_incidents_lowest_confidence_first()
    {
        var (options, s) = await NewStoreAsync();
        await using var db = StoreSetup.Open(options);
        foreach (var (label, confidence) in new[] { ("I1", 0.9), ("I2", 0.3), ("I3", 0.6), ("I4", 0.3) })
            (await db.Incidents.SingleAsync(i => i.Id == s.Incidents[label])).Confidence = confidence;
        await db.SaveChangesAsync();
        await new ReviewService(db).ConfirmAsync(s.Incidents["I3"], "ana");

        var queue = await ReviewQueries.QueueAsync(db, new IncidentFilter());

        queue.Select(s.LabelOf).ShouldBe(["I2", "I4", "I1"], "reviewed, rejected, merged, superseded and duplicate-article incidents are not queued; ties: newest first, undated last");
    }
}

public sealed class SqliteReviewServiceTests(SqliteFixture stores) : ReviewServiceCases(stores), IClassFixture<SqliteFixture>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresReviewServiceTests(PostgresFixture stores) : ReviewServiceCases(stores);
