using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;

namespace BorderWatch.Core.Tests.Store;

/// <summary>
/// The overview's chart months (<see cref="TalliedCounts.MonthsFromAsync"/>, a lean statement since store42): every
/// border's month tallies from a month on, month- and day-dated only; on every provider the same rows as the month
/// tallies read whole and filtered here, for a start before, at and after each month the sample has.
/// </summary>
public abstract partial class TallyCases
{
    [Fact]
    public async Task The_chart_months_from_a_month_on_are_the_month_tallies_of_every_border_from_it()
    {
        var options = fixture.Pooled(await fixture.NewMigratedDatabaseAsync());
        await using var db = StoreSetup.Open(options);
        await SampleIncidents.SeedAsync(db);
        static string Shown(IEnumerable<Core.Domain.MonthTally> rows) => string.Join(", ", rows.OrderBy(m => m.BorderKey).ThenBy(m => m.Year)
            .ThenBy(m => m.Month).Select(m => $"{m.BorderKey}:{m.Year}-{m.Month}={m.Count}"));

        var all = await TalliedCounts.MonthsAsync(db, null);
        all.ShouldContain(m => m.Month == 0, "the sample has year-only or undated incidents, which the chart leaves out");
        var dated = all.Where(m => m.Month > 0).ToList();
        dated.Count.ShouldBeGreaterThan(1);
        var starts = dated.SelectMany(m => new[] { (m.Year, m.Month), (m.Year, m.Month + 1), (m.Year - 1, 12) }).Append((1900, 1)).Distinct();
        foreach (var (year, month) in starts)
        {
            var expected = dated.Where(m => m.Year > year || (m.Year == year && m.Month >= month));
            Shown(await TalliedCounts.MonthsFromAsync(db, year, month)).ShouldBe(Shown(expected), $"{fixture.ProviderName}: from {year}-{month}");
        }
        (await TalliedCounts.MonthsFromAsync(db, 1900, 1)).Count.ShouldBe(dated.Count);
    }
}
