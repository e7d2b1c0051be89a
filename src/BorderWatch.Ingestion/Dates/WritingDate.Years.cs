using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Dates;

/// <summary>The years a text's phrases prove for its writing, and the days without a year that carry on a full date's year.</summary>
public sealed partial class WritingDate
{
    // Phrases that put the writing year after an explicit year.
    private IEnumerable<(int Year, string Note)> LaterYearAnchors(
        List<(Sentence Sentence, DateExpression Expression)> found,
        List<(Sentence Sentence, DateExpression Expression)> explicitDates,
        int latestYear,
        List<(int Year, int Month, int Day)> carriedDays)
    {
        // "last October" while the text also says "October 2015".
        foreach (var (_, e) in found.Where(f => f.Expression is { Kind: DateExpressionKind.Relative, Unit: RelativeUnit.NamedMonth, Offset: -1 }))
        {
            var same = explicitDates.Where(f => f.Expression.Month == e.Month).Select(f => f.Expression).MaxBy(x => x.Year);
            if (same is not null)
                yield return (same.Year!.Value + 1, $"'{e.Text}' + '{same.Text}' => written in {same.Year + 1}");
        }
        // "last year" said of an explicitly dated year in the same sentence.
        foreach (var (s, e) in found.Where(f => f.Expression is { Kind: DateExpressionKind.Relative, Unit: RelativeUnit.Year, Offset: -1 }))
        {
            var same = explicitDates.Where(f => f.Sentence.Index == s.Index).Select(f => f.Expression).MaxBy(x => x.Year);
            if (same is not null)
                yield return (same.Year!.Value + 1, $"'{e.Text}' said of '{same.Text}' => written in {same.Year + 1}");
        }
        // A date the text labels as its own in the latest year ("Published 4 November 2026", "Last updated: ...",
        // "Date of reply: ...", "published by the press service on ...") puts the writing in that year: its bare days
        // then belong to that year too, and the news-style reading below does not apply.
        // A full date in the text's first sentence (its title: "Briefing of 27 November 2026") is the text's own too.
        if (explicitDates.Any(f => f.Expression.Year == latestYear && f.Expression.Kind == DateExpressionKind.Absolute
                && (LabelledAsWritten(f.Sentence, f.Expression) || IsTitle(f.Sentence))))
            yield break;
        // News style gives the year only for dates outside the current year: a month's days written both with
        // the latest year ("December 26, 2018") and without any ("December 23") put the undated ones, and the
        // writing, in a later year. Photo captions (" / AFP") keep full dates whatever the year, so they do not count.
        // A day the text plans for ("lorries will get a second lane from 15 December") says nothing of the year it was written.
        var undated = found.Where(f => f.Expression.Kind == DateExpressionKind.MonthDay && !IsCaption(f.Sentence) && !Ahead(f.Sentence, f.Expression)).ToList();
        var carried = carriedDays.ToHashSet();
        // A date written in figures ("30.11.2026 | Views: 611", "[02.12.2026 22:10]") is a stamp, which gives the year
        // whatever the year: it says nothing of the news style.
        foreach (var (_, full) in explicitDates.Where(f => f.Expression.Kind == DateExpressionKind.Absolute
                     && f.Expression.Year == latestYear && !IsCaption(f.Sentence) && !InFigures(f.Expression)))
        {
            // A day of the same month told after a full date that is not later ("12 August 2023" ... "14 August")
            // carries that year on: the writer gave it once.
            var bare = undated.FirstOrDefault(u => u.Expression.Month == full.Month
                && !carried.Contains((latestYear, u.Expression.Month!.Value, u.Expression.Day!.Value)));
            if (bare.Expression is not null)
                yield return (latestYear + 1, $"'{bare.Expression.Text}' without a year beside '{full.Text}' => written after {latestYear}");
        }
    }

    /// <summary>
    /// Days without a year that carry on the year of a full date of their month told before them, with that year: the
    /// bare day lies inside a story told with full dates of one year ("12 August 2023" ... "14 August" ... "16 August
    /// 2023"), or is one of a run of two or more days told after the full date ("On 16 August 2021 ..." "on 17 August"
    /// ... "on 19 August"): a dated narrative, written once with its year.
    /// </summary>
    private List<(int Year, int Month, int Day)> CarriedDays(
        List<(Sentence Sentence, DateExpression Expression)> found, List<(Sentence Sentence, DateExpression Expression)> explicitDates)
    {
        static bool Before((Sentence Sentence, DateExpression Expression) a, (Sentence Sentence, DateExpression Expression) b) =>
            a.Sentence.Index < b.Sentence.Index || (a.Sentence.Index == b.Sentence.Index && a.Expression.End <= b.Expression.Start);
        var fulls = explicitDates.Where(f => f.Expression.Kind == DateExpressionKind.Absolute && !IsCaption(f.Sentence)).ToList();
        var result = new List<(int, int, int)>();
        foreach (var opener in fulls)
        {
            var (y, m, d) = (opener.Expression.Year!.Value, opener.Expression.Month!.Value, opener.Expression.Day!.Value);
            var after = found.Where(u => u.Expression.Kind == DateExpressionKind.MonthDay && u.Expression.Month == m && u.Expression.Day >= d
                && Before(opener, u) && !IsCaption(u.Sentence) && !Ahead(u.Sentence, u.Expression)).ToList();
            var run = after.Select(u => u.Expression.Day).Distinct().Count() >= 2;
            foreach (var u in after)
            {
                var closed = fulls.Any(f => f.Expression.Year == y && Before(u, f)
                    && (f.Expression.Month > m || (f.Expression.Month == m && f.Expression.Day >= u.Expression.Day)));
                if (run || closed) result.Add((y, m, u.Expression.Day!.Value));
            }
        }
        return result;
    }
}
