using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Dates;

/// <summary>
/// The year of a story's dateline written without one ("BISHKEK, Dec 2 (Agency) -"): from a header date, else from a full
/// date of the text near the dateline's day, else from the day the article was received. A year the text mentions only in
/// passing ("fighting in April 2021") is background, not when the story was filed; it is the last resort, when nothing
/// else is known.
/// </summary>
public sealed class DatelineYear(DateExpressionFinder finder, WritingDate writing)
{
    // A full date "near" the dateline's day: the story's events fall within weeks of its filing.
    private const int NearDays = 60;

    /// <summary>The dateline's day with its year and where the year came from; null when the day does not exist in any candidate year.</summary>
    /// <param name="received">The day the article was received (Unknown when not known): a dateline is not after it.</param>
    public (PartialDate Date, PublishedDateSource Source, string How)? Resolve(IReadOnlyList<Sentence> sentences, int month, int day,
        (PartialDate Date, string Line)? header, PartialDate received)
    {
        if (header is { Date.Year: int hy } h && Day(hy, month, day) is { } fromHeader)
            return (fromHeader, PublishedDateSource.StatedInText, $"header '{h.Line}'");
        if (NearFullDate(sentences, month, day) is { } near)
            return (near.Date, PublishedDateSource.InferredFromText, $"full date '{near.Text}' nearby");
        if (received.Year is int ry && received.Start is { } r)
        {
            // The latest year that does not put the dateline after the day the article came in.
            var year = Day(ry, month, day) is { Start: { } s } && s <= r ? ry : ry - 1;
            if (Day(year, month, day) is { } fromReceived) return (fromReceived, PublishedDateSource.InferredFromText, "the day it was received");
        }
        if (writing.FromText(sentences) is { Date.Year: int t } && Day(t, month, day) is { } fromText)
            return (fromText, PublishedDateSource.InferredFromText, "latest year in the text");
        return null;
    }

    // A day-month-year date of the text within NearDays of the dateline's day in that year (or the year after: a story
    // filed on 2 January about 30 December).
    private (PartialDate Date, string Text)? NearFullDate(IReadOnlyList<Sentence> sentences, int month, int day)
    {
        foreach (var s in sentences)
        {
            if (s.IsDateline) continue;
            foreach (var e in finder.Find(s.Text))
            {
                if (e.Kind != DateExpressionKind.Absolute || e.Governor == DateGovernor.Target || WritingDate.ToDate(e) is not { Start: { } at, Year: int y })
                    continue;
                foreach (var year in new[] { y, y + 1 })
                    if (Day(year, month, day) is { Start: { } d } candidate && Math.Abs(d.DayNumber - at.DayNumber) <= NearDays)
                        return (candidate, e.Text);
            }
        }
        return null;
    }

    private static PartialDate? Day(int year, int month, int day) =>
        year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month) ? PartialDate.OfDay(year, month, day) : null;
}
