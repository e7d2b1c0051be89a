using BorderWatch.Web.Dashboard;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Tests.Dashboard;

/// <summary>
/// Each border card's latest incident (read for all borders in one statement) is the first of the border in the lists'
/// newest-first order: the newest dated listed incident, else, on a border with only undated ones, the highest id.
/// Checked against a reference over every incident of the seeded store, then again after one border's incidents lose
/// their dates. A store of its own (the test changes dates).
/// </summary>
public sealed class BorderLatestTests(DashboardFactory app) : IClassFixture<DashboardFactory>
{
    private async Task<Dictionary<int, int>> ReferenceAsync()
    {
        await using var db = app.OpenStore();
        var rows = await db.Incidents.AsNoTracking().Where(i => !i.Hidden && i.BorderSegmentId != null)
            .Select(i => new { i.Id, Border = i.BorderSegmentId!.Value, i.DateStart, i.DateEnd }).ToListAsync();
        return rows.GroupBy(r => r.Border).ToDictionary(g => g.Key, g =>
            g.Any(r => r.DateStart != null)
                ? g.Where(r => r.DateStart != null).OrderByDescending(r => r.DateStart).ThenByDescending(r => r.DateEnd).ThenByDescending(r => r.Id).First().Id
                : g.Max(r => r.Id));
    }

    private async Task<Dictionary<int, int>> ShownAsync()
    {
        await using var db = app.OpenStore();
        var codes = await db.BorderSegments.AsNoTracking().ToDictionaryAsync(b => b.Code, b => b.Id);
        return (await BorderActivity.SummariesAsync(db)).Where(s => s.Latest != null).ToDictionary(s => codes[s.Code], s => s.Latest!.Id);
    }

    [Fact]
    public async Task Every_border_shows_its_newest_dated_incident_and_a_border_with_only_undated_ones_its_highest_id()
    {
        var reference = await ReferenceAsync();
        reference.Count.ShouldBeGreaterThan(1, "the seeds put incidents on several borders");
        (await ShownAsync()).ShouldBe(reference);

        int border;
        await using (var db = app.OpenStore())
        {
            border = (await db.Incidents.Where(i => !i.Hidden && i.BorderSegmentId != null)
                .GroupBy(i => i.BorderSegmentId!.Value).Select(g => new { g.Key, N = g.Count() })
                .OrderByDescending(g => g.N).FirstAsync()).Key;
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""UPDATE "Incidents" SET "DateStart" = NULL, "DateEnd" = NULL WHERE "BorderSegmentId" = {border}""");
        }
        var undated = await ReferenceAsync();
        (await ShownAsync()).ShouldBe(undated);
    }
}
