using System.Text.RegularExpressions;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Dates;

/// <summary>
/// A header line that names its day by weekday, day and month without the year ("Friday 27 November", "Tuesday, March 3
/// | Issue 9", "Sent: Thursday 4 June 09:12"): the weekday fixes the year. The text was written on the latest such day up
/// to the day it was received, within a few years (the same weekday, day and month come back only after five or six
/// years), unless the day comes within two weeks after the day received: a programme or schedule names the days to come
/// ("Monday 7 December" in a week's guide fetched the day before). Without a received day, or when no year in reach fits the weekday, the line dates nothing.
/// </summary>
public sealed partial class WeekdayHeader
{
    private readonly DateLexicon words;
    private readonly DateExpressionFinder finder;
    // An optional label ("Sent:", "Date:": dates.json headerLabels), the weekday (dates.json weekdays), then the rest of the field.
    private readonly Regex weekdayDay;

    public WeekdayHeader(DateLexicon words, DateExpressionFinder finder) => (this.words, this.finder, weekdayDay) = (words, finder, WeekdayDayFor(words));

    // A header line sits in the first few paragraphs and is short.
    private const int HeaderParagraphs = 8;
    private const int HeaderLineMaxLength = 160;
    // How many years back the weekday may place the day: one cycle of the calendar's weekdays for a day and month.
    private const int YearsBack = 6;
    // How many days after the received day a header line may name: a programme or schedule lists the days to come
    // ("Monday 7 December" in a week's guide fetched the Sunday before). A day that near is far likelier than one six
    // years back on which the same day and month fell on that weekday (fresh30fix).
    private const int DaysAhead = 14;

    public (PartialDate Date, string Line)? Find(IReadOnlyList<Sentence> sentences, PartialDate received)
    {
        if (received.End is not { } last) return null;
        var header = sentences.Where(s => s.Paragraph < HeaderParagraphs).ToList();
        // Years the header states ("Annual Conference - 10-11 December 2026"): a weekday line whose day falls on that weekday
        // in one of them is of that year, even after the day the text came in (a programme of days to come; recall37).
        var stated = header.SelectMany(s => YearPattern().Matches(s.Text).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)))
            .Where(y => y <= last.Year + 1).Distinct().OrderDescending().ToList();
        foreach (var paragraph in header.GroupBy(s => s.Paragraph))
        {
            var line = string.Join(" ", paragraph.Select(s => s.Text));
            if (line.Length > HeaderLineMaxLength) continue;
            // Each field of the line, then each sentence of it ("First published Thursday 3 December, 08:40. By our desk.").
            var fields = FieldSeparator().Split(line).Concat(paragraph.Skip(1).Any() ? paragraph.Select(s => s.Text) : []);
            foreach (var field in fields)
            {
                var m = weekdayDay.Match(field.Trim());
                if (!m.Success) continue;
                var e = finder.Find(m.Groups["date"].Value).FirstOrDefault();
                if (e is not { Kind: DateExpressionKind.MonthDay, Start: 0, Month: int month, Day: int day }) continue;
                // Nothing after the day but a clock ("09:12", "9.15am").
                if (!ClockTrailer.IsOnlyClock(m.Groups["date"].Value[e.End..])) continue;
                if (words.WeekdayOf(m.Groups["wd"].Value) is not { } weekday) continue;
                if (stated.FirstOrDefault(y => day <= DateTime.DaysInMonth(y, month) && new DateOnly(y, month, day).DayOfWeek == weekday) is var year and > 0)
                    return (PartialDate.OfDay(year, month, day), field.Trim());
                if ((SoonAfter(month, day, weekday, last) ?? LatestOn(month, day, weekday, last)) is { } date) return (date, field.Trim());
            }
        }
        return null;
    }

    /// <summary>The day <paramref name="month"/>/<paramref name="day"/> falling on <paramref name="weekday"/> within
    /// <see cref="DaysAhead"/> days after <paramref name="last"/>; null when none does.</summary>
    public static PartialDate? SoonAfter(int month, int day, DayOfWeek weekday, DateOnly last)
    {
        foreach (var y in new[] { last.Year, last.Year + 1 })
        {
            if (day > DateTime.DaysInMonth(y, month)) continue;
            var candidate = new DateOnly(y, month, day);
            if (candidate > last && candidate <= last.AddDays(DaysAhead) && candidate.DayOfWeek == weekday) return PartialDate.From(candidate);
        }
        return null;
    }

    /// <summary>The latest day <paramref name="month"/>/<paramref name="day"/> falling on <paramref name="weekday"/> up to
    /// <paramref name="last"/>, within one cycle of the calendar's weekdays; null when none does.</summary>
    public static PartialDate? LatestOn(int month, int day, DayOfWeek weekday, DateOnly last)
    {
        for (var y = last.Year; y >= last.Year - YearsBack; y--)
        {
            if (day > DateTime.DaysInMonth(y, month)) continue;
            var candidate = new DateOnly(y, month, day);
            if (candidate <= last && candidate.DayOfWeek == weekday) return PartialDate.From(candidate);
        }
        return null;
    }

    /// <summary>The header field's pattern for <paramref name="words"/>' headerLabels and weekdays.</summary>
    /// <remarks>dates45: or a writing label (dates.json writingLabels), one word before it at most, a colon or "on" after
    /// ("First published Thursday 3 December, 08:40", "Updated: Monday 30 November", "Posted on Friday 4 December").</remarks>
    public static Regex WeekdayDayFor(DateLexicon words) => new(
        @"^(?:(?:" + DateLexicon.Alternation(words.HeaderLabels) + @")\s*:\s*|(?:\p{L}+\s+)?(?i:" + DateLexicon.Alternation(words.WritingLabels) +
        @")(?:\s*:\s*|\s+on\s+|\s+))?(?<wd>" + DateLexicon.Alternation(words.Weekdays) + @"),?\s+(?<date>.+)$",
        RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"\s+\|\s+|\s+[–—-]\s+(?!\d)|\s+·\s+")]
    private static partial Regex FieldSeparator();
}
