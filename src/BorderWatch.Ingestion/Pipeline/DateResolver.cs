using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;

namespace BorderWatch.Ingestion.Pipeline;

/// <summary>The date a document was written, used to resolve relative dates ("last month").</summary>
/// <param name="Reference">Publication date, or the best date inferred from the text (Unknown if none).</param>
/// <param name="Source">How the reference was determined.</param>
/// <param name="Note">A short human-readable explanation ("latest explicit date in text: 9 July 2021").</param>
public sealed record DateContext(PartialDate Reference, PublishedDateSource Source, string? Note)
{
    /// <summary>The document's dated headings (a live blog's days and times, a channel's post stamps): each section's
    /// sentences are read against its heading's day, not the document's date.</summary>
    public DatedSections Sections { get; init; } = DatedSections.None;

    /// <summary>The context for sentence <paramref name="sentence"/>: its section's day as the reference, when it has one.</summary>
    public DateContext At(int sentence) =>
        Sections.DayOf(sentence) is { IsKnown: true } day && day != Reference
            ? this with { Reference = day, Note = "the day of its section's heading", Written = Written.IsKnown ? Written : Reference, StoryDay = false }
            : this;

    /// <summary>
    /// The reference is no time of writing but a day the story tells: an undated text whose latest full date stands in a
    /// sentence about an event ("On 14 October 2026 guards detained two hunters ..."), not on a line of its own or under
    /// a label ("Issued 18 November 2026"). Words that count from the time of writing ("last week", "on Sunday", "this
    /// month", "two nights ago") cannot be placed then; words that count from a day told ("two days later") still can.
    /// </summary>
    public bool StoryDay { get; init; }

    /// <summary>The document's own date when <see cref="Reference"/> is a section's day (Unknown otherwise).</summary>
    public PartialDate Written { get; init; } = PartialDate.Unknown;

    /// <summary>The latest date a past day without a year may fall on: the document's date, when a section's day is earlier
    /// ("said on 30 October" under a table whose last row is 24 October, in a report written on 31 October). Under a
    /// chronology's year heading ("2025"), a month without a year is in that year.</summary>
    public PartialDate PastBound =>
        Written.IsKnown && Reference.IsKnown && Reference.Precision != DatePrecision.Year && Written.Start > Reference.Start ? Written : Reference;
}

/// <summary>A resolved incident date.</summary>
/// <param name="Date">Unknown when the text gives no way to tell.</param>
/// <param name="Inferred">True when worked out from a relative phrase or context, not stated.</param>
/// <param name="HasExpression">True when a date expression was found for the span (false: caller decides a fallback).</param>
/// <param name="Note">How it was resolved ("'last October' against 2016").</param>
public sealed record ResolvedDate(PartialDate Date, bool Inferred, bool HasExpression, string? Note)
{
    /// <summary>The expression the date was read from, offsets into the cleaned text (null when none).</summary>
    public DateExpression? Expression { get; init; }
}

/// <summary>Stage 6: resolves dates with honest precision, with the date stage of one <see cref="DateLexicon"/>
/// (<see cref="DateRules.Resolver"/>: the detector's is built from the date words it is given, di42).</summary>
public sealed class DateResolver(DateRules rules)
{
    // Sentences back (within the same or the previous paragraph) that may lend a year to "December 18".
    private const int YearLookback = 4;
    // Sentences back to look for the antecedent of "later that month".
    private const int AntecedentLookback = 5;

    /// <summary>The document's reference date: the metadata date when known, else inferred from the text.</summary>
    /// <param name="received">The day the article was received (Unknown when not known): gives a year-less dateline its year
    /// when the text does not.</param>
    /// <param name="tellsEvent">Whether a sentence tells an event (a finite verb): with it, an undated text anchored on the
    /// full date of such a sentence has a <see cref="DateContext.StoryDay"/> for its reference.</param>
    public DateContext ContextFor(string cleanedText, IReadOnlyList<Sentence> sentences, PartialDate metadataPublished,
        PartialDate received = default, Func<Sentence, bool>? tellsEvent = null)
    {
        var document = DocumentContext(sentences, metadataPublished, received, tellsEvent);
        return document with { Sections = rules.Headings.Find(sentences, document.Reference) };
    }

    private DateContext DocumentContext(IReadOnlyList<Sentence> sentences, PartialDate metadataPublished, PartialDate received,
        Func<Sentence, bool>? tellsEvent)
    {
        if (metadataPublished.IsKnown) return new DateContext(metadataPublished, PublishedDateSource.Metadata, "metadata");
        var pageDay = rules.PageDay;
        var header = rules.Writing.FromDateline(sentences, received);
        // "DUSHANBE, November 8, 2021 - ...": the story's dateline states when it was filed.
        if (sentences.FirstOrDefault(s => s.IsDateline) is { } lead && LeadDatelines.DateIn(lead.Text, rules.Finder) is { } filed)
        {
            if (filed.Kind == DateExpressionKind.Absolute)
                return new DateContext(WritingDate.ToDate(filed), PublishedDateSource.StatedInText, $"dateline '{lead.Text}'");
            // "ASHGABAT, Jan 12 (Reuters) -": the year from a header date, a full date near that day, else the received day.
            if (filed.Month is int m && filed.Day is int d && rules.DatelineYears.Resolve(sentences, m, d, header, received) is { } dated)
                return new DateContext(dated.Date, dated.Source, $"dateline '{lead.Text}' in {dated.Date.Year} ({dated.How})");
        }
        if (header is { } line)
            return new DateContext(line.Date, PublishedDateSource.StatedInText, $"date line '{line.Line}'");
        // "Friday 27 November" on a line of its own: the weekday gives the year, up to the day the text came in.
        if (rules.WeekdayLines.Find(sentences, received) is { } weekdayLine)
            return new DateContext(weekdayLine.Date, PublishedDateSource.InferredFromText, $"weekday date line '{weekdayLine.Line}'");
        // "Roundtable held on Monday, 30 November 2026": a record of an occasion is of the occasion's day (date33).
        if (pageDay.Occasion.Find(sentences, received) is { } occasion)
            return new DateContext(occasion.Date, occasion.YearStated ? PublishedDateSource.StatedInText : PublishedDateSource.InferredFromText,
                $"the page's own occasion: '{occasion.Line}'");
        // "The chamber is holding a hearing on Tuesday 1 December": a page written as things happen is of the day it opens with.
        if (pageDay.Opening.Find(sentences, received) is { } opening)
            return new DateContext(opening.Date, PublishedDateSource.InferredFromText, $"the page's own day, told in the present: '{opening.Sentence}'");
        if (rules.Writing.FromText(sentences, received) is { } inferred)
            return new DateContext(inferred.Date, PublishedDateSource.InferredFromText, inferred.Note)
            {
                StoryDay = inferred.Anchor is { } anchor && tellsEvent is not null && tellsEvent(anchor),
            };
        return new DateContext(PartialDate.Unknown, PublishedDateSource.None, null);
    }

    /// <summary>
    /// The date of the incident stated by <c>text[spanStart..spanEnd]</c> inside sentence <paramref name="sentenceIndex"/>:
    /// date expressions inside the span first, then the rest of the sentence, then anaphora to earlier sentences
    /// ("later that month", "the same day").
    /// </summary>
    /// <param name="ignore">Stretches of the sentence whose dates belong to something else (a relative clause about a
    /// place or party: "along the river, where the water has fallen this summer").</param>
    /// <param name="trigger">Where the event's word stands: of two dates in the span, the nearer one to it is the event's.</param>
    /// <param name="past">The event is told as having taken place (not planned: see <see cref="AfterWriting"/>): a day or month without a year is its
    /// latest occurrence up to the time of writing, whatever forward word the sentence holds, and takes no later year from
    /// a sentence before.</param>
    public ResolvedDate Resolve(IReadOnlyList<Sentence> sentences, int sentenceIndex, int spanStart, int spanEnd, DateContext context,
        IReadOnlyList<(int Start, int End)>? ignore = null, int? trigger = null, bool past = false) =>
        ResolveIn(sentences, sentenceIndex, spanStart, spanEnd, context, depth: 0, ignore, trigger, past);

    /// <summary>
    /// True when <paramref name="date"/> lies wholly after the time of writing (<see cref="DateContext.PastBound"/>, at month
    /// precision or finer): an act told as done cannot have that date, which is the time of what it looks ahead to ("signed a
    /// protocol on maintaining the canals in 2027", "signed a roadmap for opening crossings by next summer") or a year-less
    /// month read forward ("accused of attacking a patrol in October, are due to go on trial next week").
    /// </summary>
    /// <remarks>Only against a time of writing the page states (its metadata or a date line): the latest date a text names
    /// is no time of writing ("On 23 November someone fired on a boat. The following day ...").</remarks>
    public static bool AfterWriting(PartialDate date, DateContext context) =>
        date.IsKnown && context is { Source: PublishedDateSource.Metadata or PublishedDateSource.StatedInText, StoryDay: false }
        && context.PastBound is { IsKnown: true } bound && bound.Precision != DatePrecision.Year && date.Start > bound.End;

    private ResolvedDate ResolveIn(IReadOnlyList<Sentence> sentences, int i, int spanStart, int spanEnd, DateContext context, int depth,
        IReadOnlyList<(int Start, int End)>? ignore = null, int? trigger = null, bool past = false)
    {
        var sentence = sentences[i];
        context = context.At(i);
        var future = !past && rules.Dating.IsForwardLooking(sentence.Text);
        var candidates = rules.Dating.Candidates(sentence, context.Reference, future, trigger);
        if (ignore is { Count: > 0 })
            candidates = candidates.Where(e => !ignore.Any(r => e.Start >= r.Start && e.End <= r.End)).ToList();
        var chosen = IncidentDating.Choose(candidates, sentence, spanStart, spanEnd, trigger);
        if (chosen is null)
        {
            var ranges = rules.Finder.Find(sentence.Text).Where(e => e.Kind == DateExpressionKind.Range).ToList();
            return new ResolvedDate(PartialDate.Unknown, false, false,
                ranges.Count > 0 ? $"only a span of years ('{ranges[0].Text}'): no single date" : null);
        }
        return Interpret(sentences, i, chosen, context, future, depth, past) with { Expression = chosen };
    }

    private ResolvedDate Interpret(IReadOnlyList<Sentence> sentences, int i, DateExpression e, DateContext context, bool future, int depth,
        bool past = false)
    {
        var refText = context.Reference.IsKnown ? context.Reference.ToString() : "unknown";
        switch (e.Kind)
        {
            case DateExpressionKind.Absolute or DateExpressionKind.MonthYear or DateExpressionKind.Year:
            {
                var date = WritingDate.ToDate(e);
                // A news agency's report date bounds the event from above; the day of the event itself is not stated.
                if (e.Governor == DateGovernor.Report && date.Precision == DatePrecision.Day)
                    return new ResolvedDate(date.Truncate(DatePrecision.Month), false, true, $"report date '{e.Text}': event by then, month precision");
                return new ResolvedDate(date, false, true, e.Governor switch
                {
                    DateGovernor.Since => $"start of a state of affairs: '{e.Text}'",
                    DateGovernor.Target => $"end of a term: '{e.Text}'",
                    _ => null,
                });
            }
            case DateExpressionKind.MonthDay or DateExpressionKind.Month:
            {
                // "announced in September that towers will be built": the month of a past act, whatever the clause after it plans.
                // "signed on 11 November, where officers will check lorries": a "will" in another clause plans nothing for this date.
                future = future && rules.Dating.LooksAheadHere(sentences[i], e);
                if (rules.Dating.YearQualifier(sentences[i], e) is { } qualifier && RelativeDates.Resolve(qualifier, context.Reference, future) is { Year: int qy })
                {
                    var qualified = e.Day is int qd && qd <= DateTime.DaysInMonth(qy, e.Month!.Value) ? PartialDate.OfDay(qy, e.Month!.Value, qd) : PartialDate.OfMonth(qy, e.Month!.Value);
                    return new ResolvedDate(qualified, true, true, $"'{e.Text} {qualifier.Text}' against {refText}");
                }
                var lender = rules.Dating.NearestEarlierYear(sentences, i, e, YearLookback, sameParagraph: context.Reference.Precision == DatePrecision.Day);
                // (A past act takes no year after the time of writing from a sentence about plans.)
                if (past && lender is { Year: int ly } && context.PastBound.Year is int by && ly > by) lender = null;
                PartialDate date;
                string note;
                if (lender is not null)
                {
                    var y = lender.Year!.Value;
                    date = e.Day is int d && d <= DateTime.DaysInMonth(y, e.Month!.Value)
                        ? PartialDate.OfDay(y, e.Month!.Value, d)
                        : PartialDate.OfMonth(y, e.Month!.Value);
                    note = $"'{e.Text}' takes its year from '{lender.Text}'";
                }
                else if (future && e.Day is null && context.Reference is { IsKnown: true, Year: int ry, Month: not null } && IncidentDating.OfNounParticiple(sentences[i], e))
                {
                    // "will use vehicles delivered in October": the participle's month, in the year of writing (fields47).
                    date = PartialDate.OfMonth(ry, e.Month!.Value);
                    note = $"'{e.Text}' of a participle on a noun: the year of writing ({refText})";
                }
                else
                {
                    date = RelativeDates.MonthInReferenceYear(e.Month!.Value, e.Day, future ? context.Reference : context.PastBound, future);
                    note = date.IsKnown ? $"'{e.Text}' against {refText}" : $"'{e.Text}': no year in the text";
                }
                if (e.Governor == DateGovernor.Report && date.Precision == DatePrecision.Day)
                    (date, note) = (date.Truncate(DatePrecision.Month), note + "; report date, event by then, month precision");
                return new ResolvedDate(date, true, true, note);
            }
            case DateExpressionKind.Relative when context.StoryDay && e.Unit is RelativeUnit.Day or RelativeUnit.Weekday or RelativeUnit.Week or
                                                       RelativeUnit.Month or RelativeUnit.RecentDays:
                return new ResolvedDate(PartialDate.Unknown, true, true, $"'{e.Text}': the time of writing is not known (the text's latest date is a day it tells)");
            case DateExpressionKind.Relative:
            {
                // "meeting in Tashkent on Wednesday, signed a plan under which ... will deliver": the weekday is past.
                future = future && rules.Dating.LooksAheadHere(sentences[i], e);
                var date = RelativeDates.Resolve(e, context.Reference, future);
                return new ResolvedDate(date, true, true, date.IsKnown ? $"'{e.Text}' against {refText}" : $"'{e.Text}': no reference date");
            }
            case DateExpressionKind.Anaphoric:
            {
                var antecedent = depth < 3 ? Antecedent(sentences, i, e, context, depth) : null;
                if (antecedent is null)
                    return new ResolvedDate(PartialDate.Unknown, true, true, $"'{e.Text}': no earlier date to refer to");
                var date = RelativeDates.FromAntecedent(e, antecedent.Value.Date);
                return new ResolvedDate(date, true, true, $"'{e.Text}' = {antecedent.Value.How}");
            }
            default:
                return new ResolvedDate(PartialDate.Unknown, false, false, null);
        }
    }

    // The date of the nearest earlier dated statement: earlier in the same sentence, else in the sentences before.
    private (PartialDate Date, string How)? Antecedent(IReadOnlyList<Sentence> sentences, int i, DateExpression e, DateContext context, int depth)
    {
        var sentence = sentences[i];
        var earlierHere = rules.Dating.Candidates(sentence, context.Reference, false)
            .Where(c => c.End <= e.Start && c.Kind != DateExpressionKind.Anaphoric)
            .Select(c => e.Scope == AnaphoraScope.Day ? DateExpressionFinder.SpanAsMonth(c) : c).ToList();
        if (earlierHere.Count > 0)
        {
            var r = Interpret(sentences, i, earlierHere[^1], context, false, depth + 1);
            if (r.Date.IsKnown) return (r.Date, $"'{earlierHere[^1].Text}' ({r.Date})");
        }
        // "the following day", "hours later" chain from the last event dated to the day; a coarser date before it
        // ("that month") is the fallback, since it cannot fix the day.
        (PartialDate Date, string How)? coarse = null;
        // "two days after the Khujand meeting" names the event it counts from, which may lie further back.
        var lookback = e.NamesAntecedent ? 2 * AntecedentLookback : AntecedentLookback;
        // "On the same day" after a stretch of undated detail still points at the last day told: the search goes on
        // further back only while it has found nothing at all.
        for (var k = i - 1; k >= 0 && k >= i - 2 * lookback; k--)
        {
            if (k < i - lookback && (coarse is not null || e.Scope != AnaphoraScope.Day)) break;
            var s = sentences[k];
            if (s.IsDateline) continue;
            var r = ResolveIn(sentences, k, s.Start, s.End, context, depth + 1);
            if (!r.HasExpression || !r.Date.IsKnown) continue;
            // A span of days ("from 23 to 27 November") is no single day "the same day" points back to: its month (date33).
            if (e.Scope == AnaphoraScope.Day && r.Expression is { DaySpan: true }) r = r with { Date = r.Date.Truncate(DatePrecision.Month) };
            if (e.Scope != AnaphoraScope.Day || r.Date.Precision == DatePrecision.Day) return (r.Date, $"date of an earlier sentence ({r.Date})");
            coarse ??= (r.Date, $"date of an earlier sentence ({r.Date})");
        }
        return coarse;
    }
}
