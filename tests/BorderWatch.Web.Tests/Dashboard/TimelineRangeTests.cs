using BorderWatch.Core;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;
using BorderWatch.Core.Tests.Store;
using BorderWatch.Web.Dashboard;

namespace BorderWatch.Web.Tests.Dashboard;

/// <summary>
/// The border timeline's axis and histogram (issue 7, item 1): "each border's own date range (not one 60-month window
/// for the whole store: adding one 2024 article emptied another border's chart), undated incidents in their own
/// section". A store of its own with two borders far apart in time.
/// </summary>
public sealed class TimelineRangeTests(SqliteFixture stores) : IClassFixture<SqliteFixture>
{
    private static async Task<StoreOptions> TwoBordersAsync(SqliteFixture stores)
    {
        var options = await stores.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        var tkm = new BorderSegment { Code = "AFG-TKM", Name = "Afghanistan–Turkmenistan", StateA = "AFG", StateB = "TKM" };
        var tjk = new BorderSegment { Code = "AFG-TJK", Name = "Afghanistan–Tajikistan", StateA = "AFG", StateB = "TJK" };
        db.BorderSegments.AddRange(tkm, tjk);
        var old = SampleIncidents.NewArticle("seeds/old.txt", "An old article.");
        var recent = SampleIncidents.NewArticle("seeds/recent.txt", "A 2024 article.");
        db.Articles.AddRange(old, recent);
        var n = 0;
        void Add(Article article, BorderSegment border, PartialDate date) => db.Incidents.Add(new Incident
        {
            Article = article, BorderSegment = border, Type = IncidentType.ArmedClash, Date = date, Status = IncidentStatus.Reported,
            Summary = $"incident {++n}", Fingerprint = $"range-{n}", ExtractedAt = SampleIncidents.When, Confidence = 0.8,
        });
        Add(old, tkm, PartialDate.OfDay(2014, 3, 5));
        Add(old, tkm, PartialDate.OfDay(2014, 3, 20));
        Add(old, tkm, PartialDate.OfMonth(2015, 6));
        Add(old, tkm, PartialDate.OfYear(2016));
        Add(old, tkm, PartialDate.Unknown);
        Add(recent, tjk, PartialDate.OfDay(2024, 5, 1));
        Add(recent, tjk, PartialDate.OfMonth(2024, 7));
        await db.SaveChangesAsync();
        return options;
    }

    [Fact]
    public async Task Each_border_spans_its_own_dates_and_counts_only_its_own_months()
    {
        var options = await TwoBordersAsync(stores);
        await using var db = StoreSetup.Open(options);

        var tkm = await TimelineData.LoadAsync(db, new IncidentFilter { Border = "AFG-TKM" });
        var tjk = await TimelineData.LoadAsync(db, new IncidentFilter { Border = "AFG-TJK" });

        (tkm.First, tkm.Last).ShouldBe((new DateOnly(2014, 3, 5), new DateOnly(2016, 12, 31)), "the 2024 incidents of another border do not widen it");
        tkm.MonthCounts.OrderBy(m => m.Key).Select(m => (m.Key, m.Value)).ShouldBe([(new DateOnly(2014, 3, 1), 2), (new DateOnly(2015, 6, 1), 1)]);
        (tkm.YearOnly, tkm.Dated, tkm.UndatedCount).ShouldBe((1, 4, 1));
        tkm.Undated.Select(i => i.Summary).ShouldBe(["incident 5"], "the undated incident in its own section");

        (tjk.First, tjk.Last).ShouldBe((new DateOnly(2024, 5, 1), new DateOnly(2024, 7, 31)));
        tjk.MonthCounts.Keys.Order().ShouldBe([new DateOnly(2024, 5, 1), new DateOnly(2024, 7, 1)]);
        (tjk.Dated, tjk.UndatedCount).ShouldBe((2, 0));
    }

    [Fact]
    public async Task The_histogram_ignores_the_date_filter_but_follows_the_others()
    {
        var options = await TwoBordersAsync(stores);
        await using var db = StoreSetup.Open(options);

        var ranged = await TimelineData.LoadAsync(db, new IncidentFilter { Border = "AFG-TKM", From = PartialDate.OfYear(2015), To = PartialDate.OfYear(2015) });
        var other = await TimelineData.LoadAsync(db, new IncidentFilter { Border = "AFG-TKM", Statuses = [IncidentStatus.Denied] });

        (ranged.First, ranged.Last, ranged.Dated).ShouldBe((new DateOnly(2014, 3, 5), new DateOnly(2016, 12, 31), 4),
            "the brushed range selects within the border's whole axis, it does not shrink it");
        (other.First, other.Last, other.Dated, other.UndatedCount).ShouldBe(((DateOnly?)null, (DateOnly?)null, 0, 0));
        other.MonthCounts.ShouldBeEmpty();
    }
}
