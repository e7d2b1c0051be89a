using BorderWatch.Core.Domain;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using BorderWatch.Core.Tests.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Tests.Review;

/// <summary>
/// <see cref="ReviewedValues.LoadAsync"/> reads the reviews by column (store40): where each reviewed incident's decisions
/// leave it (state, corrections, merge target, rejection reason, last reviewer and time) is what folding EF's own
/// entities of those reviews gives, on every provider; unreviewed incidents get nothing.
/// </summary>
public abstract class ReviewedValuesCases(StoreFixture stores)
{
    private sealed class Clock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset now = start;

        public override DateTimeOffset GetUtcNow() => now = now.AddMinutes(7).AddTicks(1230);
    }

    [Fact]
    public async Task The_folded_decisions_are_those_of_the_reviews_as_EF_reads_them()
    {
        var options = await stores.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        var s = await SampleIncidents.SeedAsync(db);
        var (i1, i2, i3, i4, i5, i8) = (s.Incidents["I1"], s.Incidents["I2"], s.Incidents["I3"], s.Incidents["I4"], s.Incidents["I5"], s.Incidents["I8"]);
        var reviews = new ReviewService(db, new Clock(new DateTimeOffset(2025, 3, 9, 22, 41, 5, 317, TimeSpan.FromHours(5))));
        await reviews.ConfirmAsync(i2, "bek");
        await reviews.CorrectAsync(i2, new IncidentCorrection { Type = IncidentType.ArmedClash, Date = "2022-04-11" }, "dina");
        await reviews.RejectAsync(i1, RejectionReason.NotAnIncident, "a commentary", "ana");
        await reviews.MergeAsync(i3, [i4], "bek");
        await reviews.ConfirmAsync(i3, "Ölmez");
        db.ChangeTracker.Clear();

        var values = await ReviewedValues.LoadAsync(db, [i1, i2, i3, i4, i5, i8]);

        var expected = (await db.IncidentReviews.AsNoTracking().ToListAsync())
            .GroupBy(r => r.IncidentId).ToDictionary(g => g.Key, g => ReviewViews.Fold(g));
        // I8 has the sample's own reviews (rejected, then confirmed); I5 none.
        values.Decisions.Keys.Order().ShouldBe(new[] { i1, i2, i3, i4, i8 }.Order());
        foreach (var (id, fold) in values.Decisions) fold.ShouldBe(expected[id], $"incident {id}");
        values.Decisions[i1].RejectionReason.ShouldBe(RejectionReason.NotAnIncident);
        values.Decisions[i1].State.ShouldBe(ReviewState.Rejected);
        values.Decisions[i2].State.ShouldBe(ReviewState.Corrected);
        values.Decisions[i2].ReviewedBy.ShouldBe("dina");
        values.Decisions[i4].State.ShouldBe(ReviewState.Merged);
        values.Decisions[i4].MergedIntoId.ShouldBe(i3);
        values.Decisions[i3].ReviewedBy.ShouldBe("Ölmez");
        values.Decisions[i3].ReviewedAt!.Value.Offset.ShouldBe(TimeSpan.Zero);
        values.Decisions[i8].State.ShouldBe(ReviewState.Confirmed);
        values.Effective.Keys.ShouldBe([i2]);
    }

    [Fact]
    public async Task Incidents_without_reviews_get_no_decisions()
    {
        var options = await stores.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        var s = await SampleIncidents.SeedAsync(db);

        var values = await ReviewedValues.LoadAsync(db, [s.Incidents["I1"], s.Incidents["I5"]]);

        values.Decisions.ShouldBeEmpty();
        values.Effective.ShouldBeEmpty();
    }
}

public sealed class SqliteReviewedValuesTests(SqliteFixture fixture) : ReviewedValuesCases(fixture), IClassFixture<SqliteFixture>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresReviewedValuesTests(PostgresFixture fixture) : ReviewedValuesCases(fixture);
