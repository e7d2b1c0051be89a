using BorderWatch.Core.Domain;

namespace BorderWatch.Web.Dashboard;

/// <summary>Items of one month (or, for <c>Month == null</c>, of a year whose month the sources do not give).</summary>
public sealed record MonthGroup<T>(int? Month, IReadOnlyList<T> Items);

/// <summary>Items of one year (<c>Year == null</c>: undated).</summary>
public sealed record YearGroup<T>(int? Year, IReadOnlyList<MonthGroup<T>> Months)
{
    public int Count => Months.Sum(m => m.Items.Count);
}

/// <summary>
/// Groups an already ordered incident list by year, then month, keeping the list's order, so the same function
/// serves newest-first and oldest-first. Year-only dates form their own "month not given" group in their year.
/// </summary>
public static class TimelineGrouping
{
    public static IReadOnlyList<YearGroup<T>> Group<T>(IEnumerable<T> ordered, Func<T, PartialDate> dateOf)
    {
        var years = new List<(int? Year, List<(int? Month, List<T> Items)> Months)>();
        foreach (var item in ordered)
        {
            var date = dateOf(item);
            var year = date.Year;
            var month = date.Precision >= DatePrecision.Month ? date.Month : null;
            // A new group only when the key changes: an order that interleaves keys yields repeated groups rather than a re-sort.
            if (years.Count == 0 || years[^1].Year != year) years.Add((year, []));
            var months = years[^1].Months;
            if (months.Count == 0 || months[^1].Month != month) months.Add((month, []));
            months[^1].Items.Add(item);
        }
        return years.Select(y => new YearGroup<T>(y.Year, y.Months.Select(m => new MonthGroup<T>(m.Month, m.Items)).ToList())).ToList();
    }
}
