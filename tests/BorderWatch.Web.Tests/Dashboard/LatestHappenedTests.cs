using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using BorderWatch.Core.Tests.Store;
using BorderWatch.Web.Dashboard;

namespace BorderWatch.Web.Tests.Dashboard;

/// <summary>
/// The overview's "latest incidents" (issue 7, item 6): "one article can fill the list, and a planned future meeting
/// shows as latest. Show what happened most recently (not planned, not in the future) across articles."
/// A store of its own: one busy article with six recent incidents, two quieter ones, and planned and future incidents.
/// </summary>
public sealed class LatestHappenedTests(SqliteFixture stores) : IClassFixture<SqliteFixture>
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Fact]
    public async Task The_latest_are_past_unplanned_and_newest_first_with_at_most_two_from_one_article()
    {
        var options = await stores.NewMigratedDatabaseAsync();
        var ids = new Dictionary<string, int>();
        await using (var db = StoreSetup.Open(options))
        {
            var busy = SampleIncidents.NewArticle("seeds/busy.txt", "Busy article.", "Busy");
            var quiet = SampleIncidents.NewArticle("seeds/quiet.txt", "Quiet article.", "Quiet");
            var other = SampleIncidents.NewArticle("seeds/other.txt", "Other article.", "Other");
            db.Articles.AddRange(busy, quiet, other);
            var incidents = new Dictionary<string, Incident>();
            void Add(string label, Article article, PartialDate date, IncidentStatus status = IncidentStatus.Reported) =>
                db.Incidents.Add(incidents[label] = new Incident
                {
                    Article = article, Type = IncidentType.ArmedClash, Date = date, Status = status, Summary = label,
                    Fingerprint = $"latest-{label}", ExtractedAt = SampleIncidents.When, Confidence = 0.8,
                });
            // The busy article holds the six most recent incidents of the store.
            for (var d = 1; d <= 6; d++) Add($"busy{d}", busy, PartialDate.OfDay(2026, 11, 20 + d));
            Add("quiet-oct", quiet, PartialDate.OfDay(2026, 10, 3));
            Add("quiet-2019", quiet, PartialDate.OfYear(2019));
            Add("quiet-2018", quiet, PartialDate.OfYear(2018));
            Add("other-sep", other, PartialDate.OfMonth(2026, 9));
            // Planned (even in the past), in the future, or undated: never "latest".
            Add("planned-past", other, PartialDate.OfDay(2026, 11, 30), IncidentStatus.Planned);
            Add("planned-future", other, PartialDate.OfDay(2027, 3, 1), IncidentStatus.Planned);
            Add("future", other, PartialDate.OfDay(2026, 12, 24));
            Add("this-month", other, PartialDate.OfMonth(2026, 12));   // ends after today: not yet over
            Add("undated", other, PartialDate.Unknown);
            await db.SaveChangesAsync();
            foreach (var (name, incident) in incidents) ids[name] = incident.Id;
        }

        await using var read = StoreSetup.Open(options);
        var latest = await OverviewQueries.LatestHappenedAsync(read, Today, count: 5);

        var label = ids.ToDictionary(kv => kv.Value, kv => kv.Key);
        latest.Select(i => label[i.Id]).ShouldBe(["busy6", "busy5", "quiet-oct", "other-sep", "quiet-2019"],
            "two of the busy article, then the other articles' newest; planned, future and undated incidents left out");
    }

    [Fact]
    public async Task An_empty_store_has_no_latest_incidents()
    {
        var options = await stores.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        (await OverviewQueries.LatestHappenedAsync(db, Today)).ShouldBeEmpty();
    }
}
