using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using BorderWatch.Core.Tests.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace BorderWatch.Core.Tests.Review;

/// <summary>
/// Counts follow the reviewed values (ADR 0011): after a correction of border, type, date, place and actors, a
/// rejection and a merge, every facet (from the tallies and counted), total, month histogram, map count, list filter
/// and export counts the analyst's value, and the machine's values are kept apart; on every provider.
/// </summary>
public abstract class ReviewedCountCases(StoreFixture stores)
{
    private static string Shown(IReadOnlyList<Facet> facets) => string.Join("\n", facets.Select(f =>
        $"{f.Field}: " + string.Join(", ", f.Values.Select(v => $"{v.Value}={v.Count}"))));

    private static async Task<List<int>> IdsAsync(BorderWatchDbContext db, IncidentFilter f) =>
        await db.Incidents.AsNoTracking().Apply(f, db).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync();

    private static async Task<string> MapAsync(BorderWatchDbContext db) =>
        string.Join(", ", (await db.Incidents.AsNoTracking().Apply(new IncidentFilter()).Where(i => i.PlaceId != null)
            .GroupBy(i => i.Place!.Key).Select(g => new { g.Key, N = g.Count() }).ToListAsync()).OrderBy(x => x.Key).Select(x => $"{x.Key}={x.N}"));

    private static async Task<string> MonthsAsync(BorderWatchDbContext db, string border)
    {
        var key = await TalliedCounts.BorderKeyAsync(db, new IncidentFilter { Border = border });
        return string.Join(", ", (await TalliedCounts.MonthsAsync(db, key)).OrderBy(m => m.Year).ThenBy(m => m.Month).Select(m => $"{m.Year}-{m.Month}={m.Count}"));
    }

    [Fact]
    public async Task A_correction_a_rejection_and_a_merge_move_every_count()
    {
        var options = await stores.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        var s = await SampleIncidents.SeedAsync(db);
        var (i1, i2, i3, i4, i8) = (s.Incidents["I1"], s.Incidents["I2"], s.Incidents["I3"], s.Incidents["I4"], s.Incidents["I8"]);
        (await MonthsAsync(db, "AFG-TKM")).ShouldBe("2016-0=1, 2021-7=1");

        var reviews = new ReviewService(db);
        // I2: a 2016 diplomatic meeting on AFG-TKM with RUS, TKM and Lavrov becomes a clash at Kerki on AFG-TJK in October 2021.
        await reviews.CorrectAsync(i2, new IncidentCorrection
        {
            Type = IncidentType.ArmedClash, Border = "AFG-TJK", Date = "2021-10-03", Place = "kerki",
            Actors = [new ActorRoleValue("taliban", ActorRole.Initiator), new ActorRoleValue("TKM", ActorRole.Affected)],
        }, "ana");
        await reviews.RejectAsync(i1, RejectionReason.NotAnIncident, null, "ana");
        await reviews.MergeAsync(i3, [i4], "ana");
        db.ChangeTracker.Clear();

        await TallyCases.TalliesMatchTheIncidentsAsync(db, stores.ProviderName);
        var all = Enum.GetValues<FacetField>();
        var tallied = await IncidentFacets.CountAsync(db, new IncidentFilter(), all, top: 50);
        Shown(tallied).ShouldBe(Shown(await IncidentFacets.CountAsync(db, new IncidentFilter(), all, top: 50, fromTallies: false)));
        Shown(tallied).ShouldBe(string.Join("\n",
            "Border: AFG-TJK=2, none=1", "Country: RUS=1, TKM=1", "Organization: CSTO=1, Taliban=1", "Person: ",
            "Type: agreement=1, armed-clash=1, exercise=1", "Status: reported=2, planned=1"), stores.ProviderName);
        // Counted from the incidents under a filter the tallies cannot answer (a date range) too.
        var october = new IncidentFilter { From = PartialDate.OfMonth(2021, 10), To = PartialDate.OfMonth(2021, 10) };
        Shown(await IncidentFacets.CountAsync(db, october, [FacetField.Border, FacetField.Type])).ShouldBe("Border: AFG-TJK=2\nType: armed-clash=1, exercise=1");
        (await TalliedCounts.CountAsync(db, new IncidentFilter())).ShouldBe(3);
        (await TalliedCounts.CountAsync(db, new IncidentFilter { Border = "AFG-TKM" })).ShouldBe(0);

        // The timeline's months and the map's places.
        (await MonthsAsync(db, "AFG-TKM")).ShouldBe("");
        (await MonthsAsync(db, "AFG-TJK")).ShouldBe("2021-10=2");
        (await MapAsync(db)).ShouldBe("kerki=1");

        // Lists filter on the reviewed values.
        (await IdsAsync(db, new IncidentFilter { Border = "AFG-TJK", Types = [IncidentType.ArmedClash] })).ShouldBe([i2]);
        (await IdsAsync(db, new IncidentFilter { Countries = ["TKM"] })).ShouldBe([i2]);
        (await IdsAsync(db, new IncidentFilter { Persons = ["Sergey Lavrov"] })).ShouldBeEmpty();
        (await IdsAsync(db, october)).ShouldBe([i2, i3]);
        (await IdsAsync(db, new IncidentFilter { Border = "AFG-TKM" })).ShouldBeEmpty();

        // Exports carry and filter on them.
        var exported = await IncidentExport.LoadAsync(db, new IncidentFilter());
        exported.Select(r => r.Id).Order().ShouldBe([i2, i3, i8]);
        var corrected = exported.Single(r => r.Id == i2);
        (corrected.Border, corrected.Type, corrected.Date, corrected.Location, corrected.Review).ShouldBe(("AFG-TJK", "armed-clash", "2021-10-03", "Kerki", "corrected"));
        corrected.Countries.ShouldBe(["TKM"]);
        corrected.Persons.ShouldBeEmpty();
        (await IncidentExport.LoadAsync(db, new IncidentFilter { Border = "AFG-TJK" })).Select(r => r.Id).Order().ShouldBe([i2, i3]);

        // The machine's values are kept apart, and what the incident page shows is unchanged.
        var machine = await db.MachineValues.AsNoTracking().SingleAsync(m => m.IncidentId == i2);
        (machine.Type, machine.Date, machine.PlaceId).ShouldBe((IncidentType.DiplomaticMeeting, PartialDate.OfYear(2016), (int?)null));
        machine.BorderSegmentId.ShouldBe(await db.BorderSegments.Where(b => b.Code == "AFG-TKM").Select(b => (int?)b.Id).SingleAsync());
        machine.ActorsJson.ShouldContain($"\"ActorId\":{s.Actors["sergey-lavrov"]}");
        var effective = (await ReviewViews.EffectiveAsync(db, i2))!;
        (effective.Type, effective.BorderCode, effective.Date, effective.PlaceKey).ShouldBe((IncidentType.ArmedClash, "AFG-TJK", PartialDate.OfDay(2021, 10, 3), "kerki"));
        (await db.MachineValues.CountAsync()).ShouldBe(1, "only a correction of a counted field keeps the machine's values");
    }

    [Fact]
    public async Task Later_corrections_keep_earlier_fields_and_reinstated_incidents_count_again()
    {
        var options = await stores.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        var s = await SampleIncidents.SeedAsync(db);
        var reviews = new ReviewService(db);
        var i1 = s.Incidents["I1"];
        await reviews.CorrectAsync(i1, new IncidentCorrection { Border = IncidentCorrection.NoBorder, Date = "2022" }, "ana");
        await reviews.CorrectAsync(i1, new IncidentCorrection { Status = IncidentStatus.Denied, Summary = "Denied clash" }, "bob");
        await reviews.CorrectAsync(s.Incidents["I8"], new IncidentCorrection { Summary = "Only the words" }, "bob");
        db.ChangeTracker.Clear();

        var row = await db.Incidents.AsNoTracking().SingleAsync(i => i.Id == i1);
        (row.BorderSegmentId, row.Date, row.Status, row.DateStart).ShouldBe(((int?)null, PartialDate.OfYear(2022), IncidentStatus.Denied, (DateOnly?)new DateOnly(2022, 1, 1)));
        (await db.MachineValues.CountAsync()).ShouldBe(1, "a summary is not counted: no machine values kept for I8");
        (await IdsAsync(db, new IncidentFilter { WithoutBorder = true, Statuses = [IncidentStatus.Denied] })).ShouldBe([i1]);
        (await MonthsAsync(db, "AFG-TKM")).ShouldBe("2016-0=1");
        await TallyCases.TalliesMatchTheIncidentsAsync(db, "after two corrections");

        await reviews.RejectAsync(i1, RejectionReason.OutOfScope, null, "ana");
        (await TalliedCounts.CountAsync(db, new IncidentFilter { WithoutBorder = true })).ShouldBe(2, "I4 and I8 without I1");
        await reviews.ConfirmAsync(i1, "ana");
        (await TalliedCounts.CountAsync(db, new IncidentFilter { WithoutBorder = true })).ShouldBe(3, "reinstated with its corrections");
        await TallyCases.TalliesMatchTheIncidentsAsync(db, "after reinstating");
    }

    [Fact]
    public async Task Corrections_made_before_the_migration_are_laid_over_by_it()
    {
        var options = await stores.NewDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        await migrator.MigrateAsync(migrations[migrations.IndexOf(BorderWatch.Core.Store.Migrations.ReviewedColumns.Id) - 1]);
        // A store of the previous version: the correction is only a review.
        var s = await SampleIncidents.SeedAsync(db);
        db.IncidentReviews.Add(new IncidentReview
        {
            IncidentId = s.Incidents["I2"], Decision = ReviewDecision.Corrected, Analyst = "ana", DecidedAt = SampleIncidents.When,
            CorrectionsJson = new IncidentCorrection { Border = "AFG-TJK" }.ToJson(),
        });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        await StoreSetup.MigrateAsync(db);
        (await IdsAsync(db, new IncidentFilter { Border = "AFG-TJK" })).ShouldBe([s.Incidents["I2"], s.Incidents["I3"]]);
        await TallyCases.TalliesMatchTheIncidentsAsync(db, "after the migration");
    }
}

public sealed class SqliteReviewedCountTests(SqliteFixture fixture) : ReviewedCountCases(fixture), IClassFixture<SqliteFixture>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresReviewedCountTests(PostgresFixture fixture) : ReviewedCountCases(fixture);
