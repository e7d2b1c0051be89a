using System.Text.RegularExpressions;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Dates;

/// <summary>
/// A page with no date line that tells its own day in its opening paragraphs, in the present, by weekday, day and month
/// ("The Legislative Chamber is holding a government hour with the minister on Tuesday 1 December", "Talks open in
/// Astana today, Monday 30 November"): a live page or a report written as things happen is of that day. The weekday fixes
/// the year, the latest such day up to the day the text was received (<see cref="WeekdayHeader.LatestOn"/>). Not a day
/// the sentence looks ahead to ("is preparing for talks that will open on Monday 7 December", "are meeting on Thursday
/// 10 December" received before that Thursday) nor the day of a past act
/// told after the present verb ("are searching for two men who crossed on Sunday 29 November"), nor the day of the past act a
/// present verb of looking back takes for its object ("Police are investigating a shooting at the post on Sunday 29 November").
/// </summary>
public sealed class OpeningDay(DateLexicon words, DateExpressionFinder finder, IncidentDating dating)
{
    /// <summary>With a date stage of its own built from <paramref name="words"/> and the embedded general lexicon (tests that
    /// vary the words).</summary>
    public OpeningDay(DateLexicon words) : this(words, new DateRules(words, Incidents.Lexicon.Default)) { }

    private OpeningDay(DateLexicon words, DateRules rules) : this(words, rules.Finder, rules.Dating) { }

    // The standfirst and the first lines of the page.
    private const int OpeningParagraphs = 4;

    private readonly Regex weekdayBefore = new(
        @"(?i)\b(?<wd>" + DateLexicon.Alternation(words.Weekdays) + @")\s*,?\s*(?:the\s+)?$", RegexOptions.CultureInvariant);

    // The present progressive ("is holding", "are meeting", "is being held").
    private readonly Regex present = new(
        @"(?i)\b(?:" + DateLexicon.Alternation(words.PresentAuxiliaries) + @")\s+\p{L}{2,}ing\b", RegexOptions.CultureInvariant);

    // A word of the time of writing right before the weekday ("today, Monday 30 November").
    private readonly Regex nowBefore = new(
        @"(?i)\b(?:" + DateLexicon.Alternation(words.NowWords) + @")\s*,?\s*$", RegexOptions.CultureInvariant);

    // A past verb or a relative word between the present verb and the date: the date is of that other act.
    private readonly Regex otherAct = new(
        @"(?i)\b(?:\p{L}{3,}ed|" + DateLexicon.Alternation(words.OtherActOpeners) + @")\b", RegexOptions.CultureInvariant);

    // A present progressive whose object is a past act ("are investigating a shooting"): the day after it is the act's (date33).
    private readonly Regex looksBack = new(
        @"(?i)^(?:" + DateLexicon.Alternation(words.PresentAuxiliaries) + @")\s+(?:" + DateLexicon.Alternation(words.LookBackProgressives) + @")\b",
        RegexOptions.CultureInvariant);

    /// <summary>The page's day and the sentence that tells it; null when no opening sentence tells it or nothing was received.</summary>
    public (PartialDate Date, string Sentence)? Find(IReadOnlyList<Sentence> sentences, PartialDate received)
    {
        if (received.End is not { } last) return null;
        foreach (var s in sentences.Where(s => s.Paragraph < OpeningParagraphs && !s.IsDateline))
            foreach (var e in finder.Find(s.Text).Where(e => e is { Kind: DateExpressionKind.MonthDay, Month: not null, Day: not null }))
            {
                var before = s.Text[..e.Start];
                var wd = weekdayBefore.Match(before);
                if (!wd.Success || words.WeekdayOf(wd.Groups["wd"].Value) is not { } weekday) continue;
                if (!PresentBefore(before[..wd.Index])) continue;
                if (dating.IsForwardLooking(s.Text)) continue;
                // The present progressive tells plans too ("are meeting in Batken on Thursday 10 December"): a day of the
                // received year still ahead that falls on the weekday named is the day looked forward to, not a past year's.
                if (IsAheadOn(e.Month!.Value, e.Day!.Value, weekday, last)) continue;
                if (WeekdayHeader.LatestOn(e.Month!.Value, e.Day!.Value, weekday, last) is { } date) return (date, s.Text);
            }
        return null;
    }

    private static bool IsAheadOn(int month, int day, DayOfWeek weekday, DateOnly last) =>
        day <= DateTime.DaysInMonth(last.Year, month) && new DateOnly(last.Year, month, day) is var date && date > last && date.DayOfWeek == weekday;

    // The present verb stands before the date with no other act between them, or a word of now stands right before the weekday.
    private bool PresentBefore(string beforeWeekday)
    {
        if (nowBefore.IsMatch(beforeWeekday)) return true;
        var verbs = present.Matches(beforeWeekday);
        return verbs.Count > 0 && !looksBack.IsMatch(verbs[^1].Value + beforeWeekday[(verbs[^1].Index + verbs[^1].Length)..])
            && !otherAct.IsMatch(beforeWeekday[(verbs[^1].Index + verbs[^1].Length)..]);
    }
}
