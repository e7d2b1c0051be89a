using System.Globalization;
using System.Text.RegularExpressions;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Dates;

/// <summary>
/// Works out when an undated document was written: from a dateline near the top, else from the latest explicit
/// date in the text, refined by relative phrases that prove the writing time is later ("last October" beside
/// "October 2015" means the text was written in 2016). Built once per <see cref="DateLexicon"/> by <see cref="DateRules"/>.
/// </summary>
public sealed partial class WritingDate
{
    private readonly DateLexicon words;
    private readonly DateExpressionFinder finder;
    private readonly IncidentDating dating;

    public WritingDate(DateLexicon words, DateExpressionFinder finder, IncidentDating dating)
    {
        (this.words, this.finder, this.dating) = (words, finder, dating);
        DatelineWords = new(words.WritingLabels.Concat(words.HeaderOnlyLabels).Concat(words.HeaderLineWords), StringComparer.OrdinalIgnoreCase);
        LabelBeforePattern = new(@"(?i)\b(?:" + string.Join("|", words.WritingLabels) + @")\s*(?::\s*|\s+on\s+)?$");
        WritingLabelPattern = new(@"(?i)\b(?:" + string.Join("|", words.WritingLabels) + @"|date\s+of\s+\p{L}+)\b[^.!?\n]{0,60}$");
    }

    // A dateline sits in the first few paragraphs.
    private const int HeaderParagraphs = 8;
    // A header field may be a long title ("Foreign Ministry Spokesperson X's Regular Press Conference on 27 November 2026");
    // the whole header line may hold several fields.
    private const int HeaderMaxLength = 100;
    private const int HeaderLineMaxLength = 160;
    // How far (in sentences) "last month" may be from the dated event it talks about.
    private const int AnchorDistance = 4;

    // Words a header line may hold around its date: all the labels (dates.json writingLabels, headerOnlyLabels: "Filed 3 May
    // 2019") and the small words between them (headerLineWords: "Date of issue: 18 November 2025").
    private readonly HashSet<string> DatelineWords;

    /// <summary>
    /// The date stated by a header line ("Emerging Challenges July 2016", "Published: 3 March 2019", "Issue 12 - issued
    /// Friday 3 May 2019 - covering 26 April-2 May", "Minutes of the sitting of 4 June 2020"), if any. A header line may
    /// hold several fields split by " | " or a spaced dash ("Source: X | Posted: 3 March 2019 | Section: Y", "Thread by @x - 12
    /// posts - exported 3 March 2019, 10:15 UTC"); each is read on its own.
    /// </summary>
    /// <param name="received">The day the text came in (Unknown when not known): a period line ("Monday 7 December -
    /// Sunday 13 December 2026") whose first day is after it is the period a week-ahead looks forward to, not a day of
    /// writing: the page was written before that period, so its writing day is taken as the day before it (recall37).</param>
    public (PartialDate Date, string Line)? FromDateline(IReadOnlyList<Sentence> sentences, PartialDate received = default)
    {
        foreach (var paragraph in sentences.GroupBy(s => s.Paragraph).Where(g => g.Key < HeaderParagraphs))
        {
            // A header line is one short line; the segmenter may cut it at an abbreviation ("No. 47").
            var line = string.Join(" ", paragraph.Select(s => s.Text));
            if (line.Length <= HeaderLineMaxLength)
            {
                var fields = FieldSeparator().Split(line);
                for (var f = 0; f < fields.Length; f++)
                {
                    var field = fields[f];
                    if (field.Length > HeaderMaxLength || HeaderDate(field) is not { } date) continue;
                    if (f > 0 && PeriodStart(fields[f - 1], ToDate(date)) is { } start)
                    {
                        if (received.End is { } last && start.Start is { } first && first > last)
                            return (PartialDate.From(first.AddDays(-1)), line.Trim());
                    }
                    return (ToDate(date), field.Trim());
                }
            }
            // "Friday, 4 December 2026. Items in the order they ran on the ticker.": a paragraph that opens with its date
            // as a sentence of its own, the rest a note on the page.
            // (Not when the rest refers back to that day, "That morning Tajik units shelled ...": the story's own day, mend31.)
            if (paragraph.Skip(1).Any() && paragraph.First().Text is { Length: <= HeaderMaxLength } opening && HeaderDate(opening) is { } own &&
                !paragraph.Skip(1).Any(s => words.BackReferences.Any(w => s.Text.Contains(w, StringComparison.OrdinalIgnoreCase))))
                return (ToDate(own), opening.Trim());
        }
        return null;
    }

    /// <summary>The first day of a period when <paramref name="field"/> is nothing but a day and month (an optional
    /// weekday before it) and <paramref name="end"/> the day the period ends: the same year, or the one before when
    /// the month comes after the end's.</summary>
    private PartialDate? PeriodStart(string field, PartialDate end)
    {
        if (end.Precision != DatePrecision.Day || end.Start is not { } last) return null;
        var e = finder.Find(field.Trim()).FirstOrDefault();
        if (e is not { Month: int month, Day: int day } || field.Trim()[e.End..].Trim().Length > 0) return null;
        if (finder.Find(field.Trim()).Count() != 1 || field.Trim()[..e.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 1) return null;
        var year = month > last.Month ? last.Year - 1 : last.Year;
        if (day > DateTime.DaysInMonth(year, month)) return null;
        var first = new DateOnly(year, month, day);
        return first <= last ? PartialDate.From(first) : null;
    }

    // The field's date when the field is a header: title-case or dateline words before the date ("Published:",
    // "No. 47 - issued Monday"), or a record naming itself by its date ("Plenary sitting of"); after it a clock, a
    // byline, or another field after a dash ("- covering 13-19 May").
    private DateExpression? HeaderDate(string field)
    {
        // A period's span of days ("Period covered: 1-31 October 2026") states its month, not a day of writing (date33).
        var date = finder.Find(field).Select(DateExpressionFinder.SpanAsMonth)
            .LastOrDefault(e => e.Kind is DateExpressionKind.Absolute or DateExpressionKind.MonthYear);
        if (date is null) return null;
        var trailer = field[date.End..];
        if (!(TrailerIsClock().IsMatch(trailer) || TrailerIsByline().IsMatch(trailer) || TrailerIsField().IsMatch(trailer))) return null;
        var lead = field[..date.Start];
        var words = WordPattern().Matches(lead).Select(m => m.Value).ToList();
        // Only title-case words or dateline words before the date: a caption or a sentence has lower-case words.
        if (words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || DatelineWords.Contains(w))) return date;
        return RecordOf().IsMatch(lead) ? date : null;
    }

    /// <summary>The writing date inferred from the dates the text mentions, with a note saying how; null if none.
    /// <c>Anchor</c>: the sentence of the latest full date when the date was taken from it and it is not labelled as the
    /// text's own (no "published", "updated", not the title, not a stamp in figures): the caller decides whether that
    /// sentence tells an event (then the reference is a day of the story, not the time of writing).</summary>
    /// <param name="received">The day the text came in (Unknown when not known): a text is not written after it, so a date
    /// it names beyond that day ("outlook for 2027", "a plan for 2027") is one it looks ahead to, no time of writing, and no
    /// phrase proves a year of writing later than the received one.</param>
    public (PartialDate Date, string Note, Sentence? Anchor)? FromText(IReadOnlyList<Sentence> sentences, PartialDate received = default)
    {
        var found = sentences
            .SelectMany(s => finder.Find(s.Text).Select(e => (Sentence: s, Expression: DateExpressionFinder.SpanAsMonth(e))))
            .ToList();
        var explicitDates = found
            .Where(f => f.Expression.HasExplicitYear && f.Expression.Governor != DateGovernor.Target && !AfterReceived(ToDate(f.Expression), received)
                && !BackgroundSpan(f.Sentence, f.Expression))
            .ToList();
        if (explicitDates.Count == 0) return null;
        var latest = explicitDates.MaxBy(f => ToDate(f.Expression).Start!.Value);
        var latestYear = latest.Expression.Year!.Value;

        var lastMonth = LastMonthAnchor(found, latestYear);
        if (lastMonth is { } anchored && !AfterReceived(anchored.Item1, received)) return (anchored.Item1, anchored.Item2, null);

        var year = latestYear;
        var note = $"latest explicit date in text: '{latest.Expression.Text}'";
        int? proven = null;
        var carried = CarriedDays(found, explicitDates);
        foreach (var (implied, how) in LaterYearAnchors(found, explicitDates, latestYear, carried))
        {
            if (implied <= year || AfterReceived(PartialDate.OfYear(implied), received)) continue;
            year = implied;
            proven = implied;
            note = how;
        }
        // The story is anchored on the latest full date it gives ("on 24 July 2012"), not on a bare year mentioned in
        // passing ("since the violence of 2010", "talks planned for 2013"), unless a phrase proves the writing later.
        // A full date labelled as the text's own ("..., reproduced in full. Published 2 December 2026.", "(Agency, published 4
        // December 2026)") is one too, though "published" reads as a report's word (dates45).
        var full = explicitDates.Where(f => f.Expression.Kind == DateExpressionKind.Absolute && !IsCaption(f.Sentence)
                && (f.Expression.Governor == DateGovernor.None || (f.Expression.Governor == DateGovernor.Report && LabelRightBefore(f.Sentence, f.Expression))))
            .Select(f => f.Expression).MaxBy(e => ToDate(e).Start!.Value);
        if (full is not null && (proven is null || proven <= full.Year))
        {
            // The story may run on past its last full date in days told without the year.
            var last = carried.Where(c => c.Year == full.Year).Select(c => new DateOnly(c.Year, c.Month, c.Day))
                .Where(c => c > ToDate(full).Start!.Value).DefaultIfEmpty().Max();
            var anchor = explicitDates.First(f => ReferenceEquals(f.Expression, full));
            var own = LabelledAsWritten(anchor.Sentence, full) || IsTitle(anchor.Sentence) || InFigures(full);
            if (last != default) return (PartialDate.From(last), $"latest full date in text: '{full.Text}', told on to {last.ToString("d MMMM", CultureInfo.InvariantCulture)}", own ? null : anchor.Sentence);
            return (ToDate(full), $"latest full date in text: '{full.Text}'", own ? null : anchor.Sentence);
        }
        return (PartialDate.OfYear(year), note, null);
    }

    // "late last month" near an event dated in month M of year Y: written in month M+1 of Y.
    private static (PartialDate, string)? LastMonthAnchor(List<(Sentence Sentence, DateExpression Expression)> found, int latestYear)
    {
        foreach (var anchor in found.Where(f => f.Expression is { Kind: DateExpressionKind.Relative, Unit: RelativeUnit.Month, Offset: -1 }))
        {
            var near = found
                .Where(f => f.Expression.Kind is DateExpressionKind.Absolute or DateExpressionKind.MonthYear or DateExpressionKind.MonthDay
                    && Math.Abs(f.Sentence.Index - anchor.Sentence.Index) <= AnchorDistance)
                .OrderBy(f => Math.Abs(f.Sentence.Index - anchor.Sentence.Index))
                .FirstOrDefault();
            if (near.Expression is null) continue;
            var y = near.Expression.Year ?? latestYear;
            var written = new DateOnly(y, near.Expression.Month!.Value, 1).AddMonths(1);
            var date = PartialDate.OfMonth(written.Year, written.Month);
            return (date, $"'{anchor.Expression.Text}' near '{near.Expression.Text}' ({y}) => written in {date}");
        }
        return null;
    }

    // dates45: the start of a state of affairs told by its year or month ("has seen fighting since 2022", "in force since
    // March 2019") is background: it says the text was written after it, not when.
    // Only "since": "from March 2027" may open what the text is about ("the new rules apply from March 2027").
    private static bool BackgroundSpan(Sentence s, DateExpression e) =>
        e.Governor == DateGovernor.Since && e.Kind is DateExpressionKind.Year or DateExpressionKind.MonthYear
        && (e.Text.StartsWith("since", StringComparison.OrdinalIgnoreCase) || SinceOpens().IsMatch(s.Text[..Math.Min(e.Start, s.Text.Length)]));

    [GeneratedRegex(@"(?i)\bsince\b[^.;:,]{0,60}$")]
    private static partial Regex SinceOpens();

    // The text's first line standing alone without a closing stop: a title, not a story's sentence.
    // "The commanders will meet in Almaty on 10 December": a day the text plans for is not one it has reached.
    private bool Ahead(Sentence s, DateExpression e) =>
        dating.IsForwardLooking(s.Text) && dating.LooksAheadHere(s, e with { Start = e.Start + s.Start, End = e.End + s.Start });

    // A date that starts after the day the text came in: the text looks ahead to it.
    private static bool AfterReceived(PartialDate date, PartialDate received) =>
        received.IsKnown && date.IsKnown && date.Start > received.End;

    private static bool IsTitle(Sentence s) => s.Index == 0 && !s.Text.TrimEnd().EndsWith('.');

    private static bool InFigures(DateExpression e) => !e.Text.Any(char.IsLetter);

    private static bool IsCaption(Sentence s) => s.Text.Contains(" / ", StringComparison.Ordinal);

    internal static PartialDate ToDate(DateExpression e) => e.Kind switch
    {
        DateExpressionKind.Absolute => PartialDate.OfDay(e.Year!.Value, e.Month!.Value, e.Day!.Value),
        DateExpressionKind.MonthYear => PartialDate.OfMonth(e.Year!.Value, e.Month!.Value),
        _ when e.Year is int y => PartialDate.OfYear(y),
        _ => PartialDate.Unknown,
    };

    [GeneratedRegex(@"^[\s,.;:|–—-]*(?:\d{1,2}:\d{2}.*)?$")]
    private static partial Regex TrailerIsClock();

    [GeneratedRegex(@"^[\s,.;:|–—-]*(?:by|By|BY)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*$")]
    private static partial Regex TrailerIsByline();

    // "- covering 13-19 May", "– "Government Hour"": another field of the header after a spaced dash.
    [GeneratedRegex(@"^\s*[–—-]\s+\S")]
    private static partial Regex TrailerIsField();

    // "Plenary sitting of", "Minutes of the meeting of": a capitalised name of a record, then "of" its date.
    [GeneratedRegex(@"^\p{Lu}[\p{L}\s]{0,40}\sof\s*$")]
    private static partial Regex RecordOf();

    private bool LabelledAsWritten(Sentence sentence, DateExpression e) =>
        e.Start <= sentence.Text.Length && WritingLabel().IsMatch(sentence.Text[..e.Start]);

    // The label right before the date ("Published 2 December 2026", "published on 4 December 2026", "Updated: ..."), not a
    // report told in the story ("the agency published a report on 2 December 2026").
    private bool LabelRightBefore(Sentence sentence, DateExpression e) =>
        e.Start <= sentence.Text.Length && LabelBeforePattern.IsMatch(sentence.Text[..e.Start]);

    // Both label patterns run interpreted at first and compiled once used often (TieredRegex): a short run never compiles them.
    private readonly TieredRegex LabelBeforePattern;

    // A label of the text's own date, up to 60 characters before it: one of the label words (dates.json writingLabels:
    // "Published 4 November 2026", "issued on ..."), or "Date of reply".
    private readonly TieredRegex WritingLabelPattern;

    private Regex WritingLabel() => WritingLabelPattern.Current;

    // " | " or a spaced dash not opening a number (" – 2 May" closes a span of days: "26 April – 2 May 2019" is one field).
    [GeneratedRegex(@"\s+\|\s+|\s+[–—-]\s+(?!\d)")]
    private static partial Regex FieldSeparator();

    [GeneratedRegex(@"[\p{L}\d][\p{L}\d'’.-]*")]
    private static partial Regex WordPattern();
}
