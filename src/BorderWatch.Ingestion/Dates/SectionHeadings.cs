using System.Globalization;
using System.Text.RegularExpressions;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Dates;

/// <summary>
/// Finds a document's <see cref="DatedSections"/> by its own headings (a live blog's days and times, a channel export's
/// post stamps, a day page's heading under its title, a chronology's year headings), with the month and weekday names of
/// one <see cref="DateLexicon"/>: its patterns are built once, by <see cref="DateRules"/> (di42).
/// </summary>
public sealed partial class SectionHeadings
{
    private readonly DateExpressionFinder finder;

    public SectionHeadings(DateLexicon words, DateExpressionFinder finder)
    {
        this.finder = finder;
        // A month alone on its line, perhaps with its year: "JANUARY", "March 2014".
        monthAlone = new Regex(@"^(?<mon>(?i:" + finder.MonthNames + @"))(?:\s+(?<y>\d{4}))?:?\s*$", RegexOptions.CultureInvariant);
        // "late Oct", "early November": a part of a month as a row's date.
        partOfMonth = new Regex(@"^(?i:early|mid|late)[\s-]+(?<mon>" + finder.MonthAlt + @")(?![A-Za-z])\.?", RegexOptions.CultureInvariant);
        lead = LeadFor(words);
        weekday = WeekdayFor(words);
    }

    // A heading is one short line: the date, perhaps a clock, a weekday, counters or a few chrome words.
    private const int HeadingMaxLength = 90;
    private const int MaxTrailingWords = 3;

    /// <summary>
    /// The dated sections of a document. Headings count only when the document is built of them: two or more dated
    /// headings, or one under a title that names the same day (a day page). A lone date line under a headline is the
    /// article's date, not a section, and leaves every sentence to the document's date.
    /// </summary>
    /// <param name="reference">The document's date: the day of time-only headings and the year of year-less ones.</param>
    public DatedSections Find(IReadOnlyList<Sentence> sentences, PartialDate reference)
    {
        var headings = new List<(int Paragraph, PartialDate Day, bool TimeOnly)>();
        var items = new List<(int Paragraph, PartialDate Day, bool TimeOnly)>();
        var year = reference.Year;
        var yearHeading = false;
        PartialDate lastDay = reference.Precision == DatePrecision.Day ? reference : PartialDate.Unknown;
        foreach (var paragraph in sentences.GroupBy(s => s.Paragraph))
        {
            var line = string.Join(" ", paragraph.Select(s => s.Text)).Trim();
            // A chronology's year heading ("2025") holds the items below it, each dated by its own day or month in that year.
            if (YearHeading().Match(line) is { Success: true } yh && int.Parse(yh.Groups["y"].Value, CultureInfo.InvariantCulture) is var hy
                && hy is >= DateExpressionFinder.MinYear and <= DateExpressionFinder.MaxYear)
            {
                year = hy;
                yearHeading = true;
                lastDay = PartialDate.Unknown;
                headings.Add((paragraph.Key, PartialDate.OfYear(hy), false));
                continue;
            }
            if (ItemDay(line, reference) is { IsKnown: true } itemDay)
            {
                items.Add((paragraph.Key, itemDay, false));
                continue;
            }
            if (line.Length > HeadingMaxLength || Read(line) is not { } h) continue;
            PartialDate day;
            if (h.TimeOnly)
            {
                if (!lastDay.IsKnown) continue;
                day = lastDay;
            }
            // A row dated by a part of a month ("late Oct") is dated by its month (a span of days, "12-15 Oct", by its first day: date33).
            else if (h.Day == 0 && h.MonthOnly && h.Year is null && !yearHeading)
                // A report's month headings without a year of their own: the latest such month by the document's date.
                day = RelativeDates.MonthInReferenceYear(h.Month, null, reference, future: false);
            else if (h.Day == 0) day = h.Year is int my ? PartialDate.OfMonth(my, h.Month) : year is int mry ? PartialDate.OfMonth(mry, h.Month) : PartialDate.Unknown;
            else if (h.Year is int y) day = PartialDate.OfDay(y, h.Month, h.Day);
            // A year-less heading ("Tuesday 14 May") is in the year of the heading before it, else of the document.
            else if (year is int ry && h.Day <= DateTime.DaysInMonth(ry, h.Month)) day = PartialDate.OfDay(ry, h.Month, h.Day);
            else continue;
            year = day.Year;
            lastDay = day;
            headings.Add((paragraph.Key, day, h.TimeOnly));
        }
        // A wire roundup's items each open with a dateline of their own ("TASHKENT, Nov 13 (Agency) - ..."): two or more
        // make the document a set of stories, each read against its own day. The dateline's paragraph is the story.
        var itemParagraphs = items.Count >= 2 ? items.Select(x => x.Paragraph).ToHashSet() : [];
        if (items.Count >= 2) headings = [.. headings.Concat(items).OrderBy(x => x.Paragraph)];
        if (headings.Count == 0) return DatedSections.None;
        // One heading naming a day other than the page's own, below the page's opening: the text above it is the page's
        // day, the text below the heading's ("Friday 11 December - notice ahead" closing a dated day's schedule; fresh30fix).
        if (headings.Count == 1 && !yearHeading && headings[0] is { TimeOnly: false, Day.Precision: DatePrecision.Day } lone
            && reference.Precision == DatePrecision.Day && lone.Day != reference && lone.Paragraph > sentences[0].Paragraph)
            headings.Insert(0, (sentences[0].Paragraph - 1, reference, false));
        var built = headings.Count >= 2 || (sentences.Count > 0 && TitleNames(sentences, headings[0].Day));
        if (!built) return DatedSections.None;

        var days = new PartialDate[sentences.Count];
        var owner = new int[sentences.Count];
        var next = 0;
        var current = (Day: PartialDate.Unknown, Heading: -1);
        for (var i = 0; i < sentences.Count; i++)
        {
            while (next < headings.Count && headings[next].Paragraph <= sentences[i].Paragraph)
            {
                current = (headings[next].Day, headings[next].Paragraph);
                next++;
            }
            // The heading line itself dates nothing.
            var isHeading = current.Heading == sentences[i].Paragraph && !itemParagraphs.Contains(current.Heading);
            days[i] = isHeading ? PartialDate.Unknown : current.Day;
            owner[i] = isHeading ? -1 : current.Heading;
        }
        return new DatedSections(days, owner);
    }

    // The day a story's opening dateline states ("ALMATY, Nov 13 (Agency) - "), in the document's year when it gives none.
    private PartialDate? ItemDay(string line, PartialDate reference)
    {
        if (LeadDatelines.Match(line) is not { DateText: { } written } || LeadDatelines.DateIn(written, finder) is not { } d) return null;
        if (d.Kind == DateExpressionKind.Absolute) return WritingDate.ToDate(d);
        return d.Kind == DateExpressionKind.MonthDay ? RelativeDates.MonthInReferenceYear(d.Month!.Value, d.Day, reference, future: false) : null;
    }

    // The first line (the page's title) states the heading's day: "Current events/2025 September 8", "Digest, 8 September 2025".
    private bool TitleNames(IReadOnlyList<Sentence> sentences, PartialDate day)
    {
        var title = string.Join(" ", sentences.Where(s => s.Paragraph == sentences[0].Paragraph).Select(s => s.Text));
        return finder.Find(title).Any(e => e.Kind == DateExpressionKind.Absolute && WritingDate.ToDate(e) == day);
    }

    private readonly record struct HeadingDate(int? Year, int Month, int Day, bool TimeOnly, bool MonthOnly = false);

    /// <summary>The date a heading line states, or null when the line is not a dated heading.</summary>
    private HeadingDate? Read(string line)
    {
        var m = Lead().Match(line);
        var at = m.Success ? m.Length : 0;
        var rest = line[at..];
        HeadingDate? date = null;
        int end;
        var numeric = NumericDay().Match(rest);
        if (numeric.Success)
        {
            var day = int.Parse(numeric.Groups["d"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(numeric.Groups["m"].Value, CultureInfo.InvariantCulture);
            // Day first (the region's convention) unless the second number cannot be a month: a day above 12 settles it.
            if (!numeric.Groups["iso"].Success && month > 12 && day <= 12) (day, month) = (month, day);
            int? year = numeric.Groups["y"].Success ? int.Parse(numeric.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
            // "14.05" alone could be a score or a price: without a year a numeric heading needs nothing but a clock after it.
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year ?? 2000, month)) return null;
            if (year is null && !ClockTrailer.IsOnlyClock(rest[numeric.Length..])) return null;
            date = new HeadingDate(year, month, day, false);
            end = numeric.Length;
        }
        else if (Clock().Match(rest) is { Success: true, Index: 0 } clock)
        {
            date = new HeadingDate(null, 0, 0, true);
            end = clock.Length;
        }
        else if (MonthAlone().Match(rest) is { Success: true } alone)
        {
            // "FEBRUARY", "March 2014": a chronology's month heading.
            int? year = alone.Groups["y"].Success ? int.Parse(alone.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
            date = new HeadingDate(year, finder.MonthNumber(alone.Groups["mon"].Value), 0, false, MonthOnly: true);
            end = alone.Length;
        }
        else
        {
            var e = finder.Find(rest).FirstOrDefault();
            var part = PartOfMonth().Match(rest);
            if (part.Success)
            {
                date = new HeadingDate(null, finder.MonthNumber(part.Groups["mon"].Value), 0, false);
                end = part.Length;
            }
            else if (e is { Start: 0, Kind: DateExpressionKind.Month or DateExpressionKind.MonthYear } && char.IsDigit(e.Text[0]))
            {
                // "12-15 Oct": days of one month.
                date = new HeadingDate(e.Year, e.Month!.Value, 0, false);
                end = e.End;
            }
            else
            {
                if (e is null || e.Start != 0 || e.Kind is not (DateExpressionKind.Absolute or DateExpressionKind.MonthDay)) return null;
                date = new HeadingDate(e.Year, e.Month!.Value, e.Day!.Value, false);
                end = e.End;
            }
        }
        var trailer = Clock().Replace(Weekday().Replace(rest[end..], " "), " ");
        if (SentenceEnd().IsMatch(line)) return null;
        // A register's entry line: after a " | " the entry's label fields ("| Tajikistan / Khatlon / Murghab"), each short.
        if (FieldsAfterBar().IsMatch(trailer))
            return trailer.Split('|', '/').All(f => Word().Matches(f).Count <= MaxTrailingWords) ? date : null;
        return Word().Matches(trailer).Count > MaxTrailingWords ? null : date;
    }

    // A month alone on its line, perhaps with its year: "JANUARY", "March 2014".
    private readonly Regex monthAlone;

    private Regex MonthAlone() => monthAlone;

    // A year alone on its line, perhaps with a colon: a chronology's heading.
    [GeneratedRegex(@"^(?<y>\d{4}):?$")]
    private static partial Regex YearHeading();

    // "late Oct", "early November": a part of a month as a row's date.
    private readonly Regex partOfMonth;

    private Regex PartOfMonth() => partOfMonth;

    // Before the date: a bracket, an entry number ("01. ", "7) "), "Update," / "Updated", a weekday ("Tuesday 14 May").
    // The weekday names and their short forms are dates.json weekdays and weekdayAbbreviations.
    private readonly Regex lead;

    private Regex Lead() => lead;

    /// <summary>The pattern of what may stand before a heading's date, for <paramref name="words"/>' weekday names.</summary>
    public static Regex LeadFor(DateLexicon words) => new(
        @"^[\s\[(]*(?:\d{1,3}[.)]\s+)?(?:(?i:update[sd]?|live)\s*[,:–—-]?\s*)?(?:(?i:"
        + DateLexicon.Alternation(words.Weekdays.Concat(words.WeekdayAbbreviations)) + @"),?\s+)?",
        RegexOptions.CultureInvariant);

    // "01.03.2025", "14.05", "14/05/2025" (day first; "11/25/2026" month first), "2026-05-14" (ISO), optionally with a clock.
    [GeneratedRegex(@"^(?:(?<d>[0-3]?\d)(?<sep>[./])(?<m>[0-3]?\d)(?:\k<sep>(?<y>\d{4}))?|(?<iso>(?<y>\d{4})-(?<m>[01]\d)-(?<d>[0-3]\d)))(?![\d./-])")]
    private static partial Regex NumericDay();

    [GeneratedRegex(@"^\s*\|")]
    private static partial Regex FieldsAfterBar();

    // "09:12", "9.40am", "18:42 (UTC+5)".
    [GeneratedRegex(@"(?<![\d.:])[0-2]?\d[:.][0-5]\d(?![\d.:])(?:\s*(?i:am|pm))?(?:\s*\((?:UTC|GMT)[^)]{0,6}\))?")]
    private static partial Regex Clock();

    private readonly Regex weekday;

    private Regex Weekday() => weekday;

    /// <summary>A weekday's name, perhaps in brackets, for <paramref name="words"/>' weekdays.</summary>
    public static Regex WeekdayFor(DateLexicon words) =>
        new(@"\(?\b(?i:" + DateLexicon.Alternation(words.Weekdays) + @")\b\)?", RegexOptions.CultureInvariant);

    // Words of two letters or more; counters ("14.2K"), emoji and separators do not count.
    [GeneratedRegex(@"(?<![\p{L}\d.])\p{L}{2,}(?![\p{L}\d])")]
    private static partial Regex Word();

    [GeneratedRegex(@"[.!?…][""'”’»)]*$")]
    private static partial Regex SentenceEnd();
}
