using System.Text.RegularExpressions;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Dates;

/// <summary>
/// date33: a page that opens with a line naming its own occasion and its day, with no verb of its own ("Roundtable held on
/// Monday, 30 November 2026, at the Faculty of Law, Almaty.", "Weekly press briefing of Friday 4 December", "Minutes of the
/// sitting of 2 December"): an event summary, a transcript or the minutes of that occasion are of its day, as a live page is
/// of the day its opening tells in the present (<see cref="OpeningDay"/>). A full date is taken as written; a weekday fixes
/// the year up to the received day (<see cref="WeekdayHeader.LatestOn"/>); a bare day and month is its latest occurrence up to
/// the received day. Not a sentence ("Police raided a meeting on Monday, 30 November 2026", "A meeting on Monday 30
/// November ended in a row": a lower-case word that is no joiner before or after the day), not a day after the received
/// day, not a line past the opening paragraphs.
/// </summary>
public sealed class OccasionLine(DateLexicon words, DateExpressionFinder finder)
{
    /// <summary>With a finder of its own built from <paramref name="words"/> (tests that vary the words).</summary>
    public OccasionLine(DateLexicon words) : this(words, new DateExpressionFinder(words)) { }

    // The title block and the standfirst.
    private const int OpeningParagraphs = 4;

    // The name of the occasion: capitalised words or joiners, an occasion noun, a link, an optional weekday, up to the date.
    private readonly Regex lead = new(
        @"^(?:(?:\p{Lu}[\p{L}'’.-]*|" + DateLexicon.Alternation(words.OccasionJoiners) + @")\s+){0,5}?" +
        @"(?i:" + DateLexicon.Alternation(words.OccasionNouns) + @")s?\s+(?i:" + DateLexicon.Alternation(words.OccasionLinks) + @")\s+" +
        @"(?:(?i:the)\s+)?(?:(?<wd>(?i:" + DateLexicon.Alternation(words.Weekdays) + @"))\s*,?\s*)?$",
        RegexOptions.CultureInvariant);

    // After the date: a place, a clock, or nothing: capitalised words, joiners, figures and punctuation only.
    private readonly Regex trailer = new(
        @"^(?:[\s,.;:()–—-]|\d{1,2}[:.]\d{2}|\p{Lu}[\p{L}'’.-]*|(?:" + DateLexicon.Alternation(words.OccasionJoiners) + @")\b)*$",
        RegexOptions.CultureInvariant);

    /// <summary>The page's day and the line that tells it; null when no opening line names the page's occasion and day.</summary>
    public (PartialDate Date, bool YearStated, string Line)? Find(IReadOnlyList<Sentence> sentences, PartialDate received)
    {
        // The first sentence of each opening paragraph: a header line stands first in its paragraph.
        foreach (var s in sentences.Where(s => s.Paragraph < OpeningParagraphs && !s.IsDateline).GroupBy(s => s.Paragraph).Select(g => g.First()))
        {
            var e = finder.Find(s.Text).FirstOrDefault(x => x.Kind is DateExpressionKind.Absolute or DateExpressionKind.MonthDay);
            if (e is not { Month: int month, Day: int day }) continue;
            var m = lead.Match(s.Text[..e.Start]);
            if (!m.Success || !trailer.IsMatch(s.Text[e.End..])) continue;
            if (DayOf(e, month, day, m.Groups["wd"], received) is { } date) return (date, e.Year is not null, s.Text);
        }
        return null;
    }

    private PartialDate? DayOf(DateExpression e, int month, int day, Group weekdayName, PartialDate received)
    {
        var last = received.End;
        if (e.Year is int year)
        {
            if (day > DateTime.DaysInMonth(year, month)) return null;
            var stated = PartialDate.OfDay(year, month, day);
            return last is { } l && stated.Start > l ? null : stated;
        }
        if (last is not { } upTo) return null;
        if (weekdayName.Success)
            return words.WeekdayOf(weekdayName.Value) is { } weekday ? WeekdayHeader.LatestOn(month, day, weekday, upTo) : null;
        for (var y = upTo.Year; y >= upTo.Year - 1; y--)
            if (day <= DateTime.DaysInMonth(y, month) && new DateOnly(y, month, day) <= upTo) return PartialDate.OfDay(y, month, day);
        return null;
    }
}
