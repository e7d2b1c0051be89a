using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Dates;

/// <summary>
/// Date arithmetic for relative expressions against a reference date, at honest precision: the result is never
/// more precise than both the phrase and the reference allow ("on Sunday" against a month gives that month).
/// </summary>
public static class RelativeDates
{
    /// <summary>The date a relative expression means against <paramref name="reference"/>; Unknown without a reference.</summary>
    public static PartialDate Resolve(DateExpression e, PartialDate reference, bool future = false)
    {
        if (!reference.IsKnown || e.Kind != DateExpressionKind.Relative) return PartialDate.Unknown;
        var y = reference.Year!.Value;
        return e.Unit switch
        {
            RelativeUnit.Year => PartialDate.OfYear(y + e.Offset),
            RelativeUnit.Month => reference.Month is int m ? AddMonths(y, m, e.Offset) : PartialDate.OfYear(y),
            RelativeUnit.NamedMonth => NamedMonth(e.Month!.Value, e.Offset, reference),
            RelativeUnit.Day => DayOffset(e.Offset, reference),
            RelativeUnit.Weekday when e.LastWeekday is DayOfWeek last => WeekdayPair(e.Weekday!.Value, last, e.Offset, reference, future),
            RelativeUnit.Weekday => Weekday(e.Weekday!.Value, e.Offset, reference, future),
            RelativeUnit.RecentDays => RecentDays(reference),
            RelativeUnit.Week => Week(e.Offset, reference, future),
            RelativeUnit.Season => Season(e.Month!.Value, e.Offset, reference, future),
            _ => PartialDate.OfYear(y), // "in the past few weeks": the period is not fixed, the year is
        };
    }

    /// <summary>The year of a month named without one: the latest such month not after the reference (or the next one for plans).</summary>
    public static PartialDate MonthInReferenceYear(int month, int? day, PartialDate reference, bool future)
    {
        if (!reference.IsKnown) return PartialDate.Unknown;
        var y = reference.Year!.Value;
        if (reference.Month is int rm)
        {
            var after = month > rm || (month == rm && day is int d && reference.Day is int rd && d > rd);
            var before = month < rm || (month == rm && day is int d2 && reference.Day is int rd2 && d2 < rd2);
            if (future) y = before ? y + 1 : y;
            else y = after ? y - 1 : y;
            if (day is int nd) y = NearestYear(y, month, nd, reference);
        }
        if (day is int dd && dd > DateTime.DaysInMonth(y, month)) return PartialDate.OfMonth(y, month);
        return day is int dayValue ? PartialDate.OfDay(y, month, dayValue) : PartialDate.OfMonth(y, month);
    }

    // A day told without its year lies near the time of writing: a writer names the year of a day half a year or more
    // away. When the tense's reading is that far off and the other reading within a month of the reference ("meets in
    // Almaty on 10 December" in a brief of 3 December; "On 29 November the ministry said it would send ..." in an update
    // of 2 December), the other is meant.
    private const int FarDays = 183;
    private const int NearDays = 31;

    private static int NearestYear(int year, int month, int day, PartialDate reference)
    {
        if (day > 28 && month == 2) return year;
        var anchor = reference.End!.Value;
        int Distance(int y) => day <= DateTime.DaysInMonth(y, month) ? Math.Abs(new DateOnly(y, month, day).DayNumber - anchor.DayNumber) : int.MaxValue;
        if (Distance(year) <= FarDays) return year;
        var other = new DateOnly(year, month, 1) <= anchor ? year + 1 : year - 1;
        return Distance(other) <= NearDays ? other : year;
    }

    /// <summary>An anaphoric phrase's date from its antecedent's date ("later that month" of 2015-10-04 is 2015-10).</summary>
    public static PartialDate FromAntecedent(DateExpression e, PartialDate antecedent)
    {
        if (!antecedent.IsKnown) return PartialDate.Unknown;
        var scope = e.Scope ?? AnaphoraScope.Same;
        return scope switch
        {
            AnaphoraScope.Year => PartialDate.OfYear(antecedent.Year!.Value + e.Offset),
            AnaphoraScope.Month when antecedent.Month is int m => AddMonths(antecedent.Year!.Value, m, e.Offset),
            AnaphoraScope.Day when antecedent.Day is not null => e.Offset == 0 ? antecedent : PartialDate.From(antecedent.Start!.Value.AddDays(e.Offset)),
            // The antecedent is coarser than the phrase: "the next day" of a month may fall in the next month.
            _ => e.Offset == 0 ? antecedent : antecedent.Truncate(DatePrecision.Year),
        };
    }

    private static PartialDate AddMonths(int year, int month, int offset)
    {
        var d = new DateOnly(year, month, 1).AddMonths(offset);
        return PartialDate.OfMonth(d.Year, d.Month);
    }

    private static PartialDate NamedMonth(int month, int offset, PartialDate reference)
    {
        var y = reference.Year!.Value;
        if (reference.Month is not int rm)
            // Against a year only, "last October" is taken as the previous year's, "next October" as the following year's.
            return PartialDate.OfMonth(y + offset, month);
        return offset switch
        {
            < 0 => PartialDate.OfMonth(month < rm ? y : y - 1, month),
            > 0 => PartialDate.OfMonth(month > rm ? y : y + 1, month),
            _ => PartialDate.OfMonth(y, month),
        };
    }

    private static PartialDate DayOffset(int offset, PartialDate reference)
    {
        if (reference.Precision == DatePrecision.Day) return PartialDate.From(reference.Start!.Value.AddDays(offset));
        // Today or a day either side of it: the reference month is the honest answer; further back it may be another month.
        if (reference.Precision == DatePrecision.Month && Math.Abs(offset) <= 1) return reference;
        return reference.Truncate(DatePrecision.Year);
    }

    private static PartialDate Weekday(DayOfWeek day, int offset, PartialDate reference, bool future)
    {
        if (reference.Precision != DatePrecision.Day)
            return offset == 0 ? reference : reference.Truncate(DatePrecision.Year);
        var r = reference.Start!.Value;
        var back = ((int)r.DayOfWeek - (int)day + 7) % 7;
        var forward = ((int)day - (int)r.DayOfWeek + 7) % 7;
        var date = offset switch
        {
            < 0 => r.AddDays(back == 0 ? -7 : -back),
            > 0 => r.AddDays(forward == 0 ? 7 : forward),
            _ => future ? r.AddDays(forward) : r.AddDays(-back),
        };
        return PartialDate.From(date);
    }

    /// <summary>
    /// The year of the season meant: "last" is the latest one over before the reference month, "next" the first one
    /// starting after it, a bare season the one under way or just past (for plans: under way or to come). Winter runs
    /// across two years, so it gives no year.
    /// </summary>
    private static PartialDate Season(int startMonth, int offset, PartialDate reference, bool future)
    {
        var y = reference.Year!.Value;
        if (reference.Month is not int rm)
            return startMonth == 12 ? PartialDate.Unknown : PartialDate.OfYear(y + offset);
        var monthStart = new DateOnly(y, rm, 1);
        var monthEnd = monthStart.AddMonths(1).AddDays(-1);
        var seasons = Enumerable.Range(y - 2, 5)
            .Select(year => (Start: new DateOnly(year, startMonth, 1), End: new DateOnly(year, startMonth, 1).AddMonths(3).AddDays(-1)))
            .ToList();
        (DateOnly Start, DateOnly End)? chosen = offset switch
        {
            < 0 => seasons.LastOrDefault(x => x.End < monthStart),
            > 0 => seasons.FirstOrDefault(x => x.Start > monthEnd),
            _ => future ? seasons.FirstOrDefault(x => x.End >= monthStart) : seasons.LastOrDefault(x => x.Start <= monthEnd),
        };
        if (chosen is not { } c || c.Start == default) return PartialDate.Unknown;
        return c.Start.Year == c.End.Year ? PartialDate.OfYear(c.Start.Year) : PartialDate.Unknown;
    }

    // "on Saturday and Sunday": two days, dated by the first of them (date33, as a span of days "on 22-23 September").
    private static PartialDate WeekdayPair(DayOfWeek first, DayOfWeek last, int offset, PartialDate reference, bool future)
    {
        var a = Weekday(first, offset, reference, future);
        var b = Weekday(last, offset, reference, future);
        if (a.Precision != DatePrecision.Day || b.Precision != DatePrecision.Day) return a;
        // Each day lies in the same week-long stretch before (or after) the reference day, so the two are at most six days apart.
        return a.Start <= b.Start ? a : b;
    }

    // "in recent days": the week before the reference day; its month when the week lies inside it.
    private static PartialDate RecentDays(PartialDate reference)
    {
        if (reference.Precision != DatePrecision.Day) return reference.Truncate(DatePrecision.Year);
        var r = reference.Start!.Value;
        return r.AddDays(-7).Month == r.Month ? reference.Truncate(DatePrecision.Month) : reference.Truncate(DatePrecision.Year);
    }

    private static PartialDate Week(int offset, PartialDate reference, bool future)
    {
        if (reference.Precision != DatePrecision.Day)
            return offset == 0 && reference.Precision == DatePrecision.Month ? reference : reference.Truncate(DatePrecision.Year);
        var r = reference.Start!.Value;
        // "this week": the calendar week (Monday to Sunday) of the reference day, up to that day (from it, for plans).
        // "last week": the calendar week before it ("last week" in a brief of Friday 4 December is 23-29 November).
        // "next week": the calendar week after it, widened to the seven days after the reference day, so that both
        // readings of the phrase fall inside the stretch.
        var monday = r.AddDays(-(((int)r.DayOfWeek + 6) % 7));
        var (first, last) = offset switch
        {
            < 0 => (monday.AddDays(-7), monday.AddDays(-1)),
            > 0 => (r.AddDays(1), monday.AddDays(13)),
            _ => future ? (r, monday.AddDays(6)) : (monday, r),
        };
        if (first.Year == last.Year && first.Month == last.Month) return PartialDate.OfMonth(last.Year, last.Month);
        // dates45: "this week" told on a day whose month holds most of the week's days so far ("this week" on Friday 4
        // December: Monday 30 November to Friday 4 December) is of that month, as a reader takes it.
        if (offset == 0 && !future && r.Day * 2 > r.DayNumber - first.DayNumber + 1) return PartialDate.OfMonth(r.Year, r.Month);
        return first.Year == last.Year ? PartialDate.OfYear(last.Year) : PartialDate.Unknown;
    }
}
