using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>An incident's date from its clause, the sentences before it or the document's reference date.</summary>
internal sealed partial class EventDating
{
    private readonly Lexicon lexicon;
    private readonly Coreference coreference;
    private readonly DateRules dates;

    /// <param name="dates">The date stage of the detector's date words (di42).</param>
    public EventDating(Lexicon lexicon, Coreference coreference, DateRules dates)
    {
        this.lexicon = lexicon;
        this.coreference = coreference;
        this.dates = dates;
    }

    internal const string NoDateNote = "no date in the text";
    internal const string FollowsNote = "follows a report dated in the sentence before";

    /// <summary>
    /// The incident's date: the resolver's when the text has an expression for it. Otherwise nothing for planned or
    /// possible events and for durations; the date of the sentence just before in the same paragraph (a follow-up
    /// of a dated report); else the document's reference date, unless that is only a lower bound ("after 2018").
    /// </summary>
    internal (PartialDate Date, bool Inferred, string? Note, DateBasis Basis) DateFor(AnalysisInput input, int si, Clause span, IncidentStatus status, DateContext context)
    {
        var (start, end) = DateSpan(input.Text, input.Sentences[si], span);
        var ignore = RelativeClauses(input.Text, input.Sentences[si], span);
        ignore.AddRange(QuotesAround(input.Sentences[si], span));
        var plan = PlannedByAgreement(input.Sentences[si], span).ToList();
        ignore.AddRange(plan);
        var trigger = span.TriggerToken >= 0 && span.TriggerToken < span.Tokens.Count ? span.Tokens[span.TriggerToken].Start : (int?)null;
        var resolved = dates.Resolver.Resolve(input.Sentences, si, start, end, context, ignore, trigger);
        if (status != IncidentStatus.Planned && trigger is int at && StartToCome(resolved, context.At(si).Reference) is { } opening && opening.Start > at)
        {
            // "signed a protocol on reopening the bridge from 15 December" told on 3 December: the day the bridge reopens,
            // not the signing's. The clause is dated as if that start were not there.
            ignore.Add(opening);
            resolved = dates.Resolver.Resolve(input.Sentences, si, start, end, context, ignore, trigger);
        }
        if (status != IncidentStatus.Planned && resolved is { HasExpression: true, Expression: { } first } && DateResolver.AfterWriting(resolved.Date, context.At(si))
            && !(dates.Dating.IsForwardLooking(input.Sentences[si].Text) && dates.Dating.LooksAheadHere(input.Sentences[si], first))
            && !(first is { Kind: DateExpressionKind.Relative, Offset: > 0 } && first.Governor != DateGovernor.Target))
            resolved = TimeOfTheAct(input, si, start, end, context, ignore, trigger, span.Type == IncidentType.Agreement);
        if (resolved.HasExpression && span.Type != IncidentType.Statement && ReportedAt(input.Sentences[si], span, resolved.Expression) is { } speech)
        {
            // "said on Friday that guards had detained two men on Wednesday": the event's own day, not the saying's. Without
            // one ("said on Sunday that they had sent more fighters"), the saying's day stands.
            var own = dates.Resolver.Resolve(input.Sentences, si, start, end, context, [.. ignore, speech], trigger);
            if (own.HasExpression && own.Date.IsKnown) return (own.Date, own.Inferred, own.Note, DateBasis.OwnWords);
        }
        // dates45: an event of several days told by one of its days ("finished a three-day exercise on Thursday", "on Tuesday
        // and Wednesday", "from 17 to 19 November") is dated by the day the text ties to it (its first day for a pair or a
        // span), as the gold conventions since fresh13 read it; before, its month.
        if (resolved.HasExpression && resolved.Date.Precision == DatePrecision.Day && SpansDays(input.Sentences[si].Text, span.Type))
            return (resolved.Date, resolved.Inferred, resolved.Note + "; an event of several days, by the day the text gives", DateBasis.OwnWords);
        if (resolved.HasExpression) return (resolved.Date, resolved.Inferred, resolved.Note, DateBasis.OwnWords);
        var f = span.SentenceFirstToken;
        if (status == IncidentStatus.Planned)
        {
            // An agenda's day heading after the document's date ("WEDNESDAY, DECEMBER 9" in a week-ahead written on the
            // 4th) is the day its items are planned for; a heading up to the writing day only says when a plan was told.
            if (context.Sections.DayOf(si) is { IsKnown: true } planDay && context.Reference.IsKnown && planDay.Start > context.Reference.End)
                return (planDay, true, "planned, the day of its section's heading", DateBasis.Document);
            return (PartialDate.Unknown, false, "planned, no date given", DateBasis.OwnWords);
        }
        if (lexicon.Durations.Matches(span.Tokens, f).Count > 0) return (PartialDate.Unknown, false, "a duration, no single date", DateBasis.OwnWords);
        // "agreed that herders could graze there": the plan's modal, not the agreeing's.
        if (lexicon.Modals.Matches(span.Tokens, f).Any(m => span.Tokens[m.First].Folded is "may" or "might" or "could"
                && !plan.Any(r => span.Tokens[m.First].Start >= r.Start && span.Tokens[m.First].Start < r.End)))
            return (PartialDate.Unknown, false, "a possibility, no date", DateBasis.OwnWords);
        var sentence = input.Sentences[si];
        // A definite reference ("the shoot-out", "the smugglers") may look into the paragraph before (wire copy); one to
        // an event ("during the fighting") does so even when the span names parties of its own.
        var anaphoric = coreference.IsAnaphoric(span) || lexicon.Anaphoric.Matches(span.Tokens).Any(m =>
            lexicon.EventWords(span.Tokens.GetRange(m.First, m.Last - m.First + 1)).Count > 0);
        // Told in the simple past, it may carry on the story of the paragraph just before (wire copy: a sentence a paragraph).
        var carriesOn = !anaphoric && StoryFollowUp.MayLookBack(sentence, span, dates.Dating);
        for (var back = 1; back <= 2 && si - back >= 0; back++)
        {
            var prev = input.Sentences[si - back];
            var across = prev.Paragraph != sentence.Paragraph;
            if (across && !(anaphoric && prev.Paragraph >= sentence.Paragraph - 2) && !(carriesOn && prev.Paragraph >= sentence.Paragraph - 1)) break;
            if (prev.IsDateline) continue;
            if (!context.Sections.SameSection(si, si - back)) break;
            if (across && !anaphoric && StoryFollowUp.IsDateLine(prev, dates.Finder)) break;
            var r = dates.Resolver.Resolve(input.Sentences, si - back, prev.Start, prev.End, context);
            if (!r.HasExpression || !r.Date.IsKnown) continue;
            if (across && !anaphoric && !StoryFollowUp.Carries(r.Date, context.Reference)) break;
            return (r.Date, true, FollowsNote, DateBasis.SentenceBefore);
        }
        // An entry under a dated heading (a live blog's update, a channel's post, a day page's item) reports its events
        // as they come in: that day.
        if (context.Sections.DayOf(si) is { IsKnown: true } sectionDay)
            return (sectionDay, true, NoDateNote + ": the day of its section's heading", DateBasis.Document);
        if (!context.Reference.IsKnown || (context.Note ?? "").Contains(" after ", StringComparison.Ordinal))
            return (PartialDate.Unknown, false, null, DateBasis.OwnWords);
        // A standing situation or an undated report is dated to the time of writing, at the precision the text
        // supports: a publication day says the incident was reported by then, not that it happened that day.
        if (context.Reference.Precision == DatePrecision.Day)
            return (context.Reference.Truncate(DatePrecision.Month), true, NoDateNote + ": the month of the document's date", DateBasis.Document);
        return (context.Reference, true, NoDateNote + ": the document's reference date", DateBasis.Document);
    }

    /// <summary>
    /// The date of a saying whose reported clause holds the span's trigger ("X said on Friday that ... [trigger]"): the
    /// date directly after a past speech verb, with the word "that" (a token of the sentence, not a piece of its text)
    /// between it and the trigger. Null otherwise.
    /// </summary>
    /// <remarks>The parse's ccomp would say it better; DateFor is not given the parse yet (IncidentBuilder would pass it).</remarks>
    internal (int Start, int End)? ReportedAt(Sentence sentence, Clause span, DateExpression? e)
    {
        if (e is null || span.TriggerToken < 0 || span.TriggerToken >= span.Tokens.Count) return null;
        var trigger = span.Tokens[span.TriggerToken].Start;
        if (trigger <= e.End || !dates.Dating.AfterPastSpeechVerb(sentence, e)) return null;
        return span.SentenceTokens.Any(t => t.Start >= e.End && t.End <= trigger && t.Folded == Complementizer) ? (e.Start, e.End) : null;
    }

    /// <summary>
    /// The date of an act told as done whose first reading lies after the time of writing, in a clause no forward word governs
    /// ("will meet on 3 December", "is expected in mid-December" are plans, whatever status the clause has so far), nor a time
    /// ahead by its own words ("are due back at the table next Tuesday"; "by next summer" is a target): a day or month without a year is
    /// read as past ("accused of attacking a patrol in October, are due to go on trial next week" in November: last October),
    /// and a stated time still to come is what the act looks ahead to, not its own ("a protocol was signed on maintaining the
    /// canals together in 2027", "signed a roadmap for opening crossings by next summer"): an agreement is dated without it.
    /// </summary>
    private ResolvedDate TimeOfTheAct(AnalysisInput input, int si, int start, int end, DateContext context,
        List<(int Start, int End)> ignore, int? trigger, bool agreement)
    {
        var resolved = dates.Resolver.Resolve(input.Sentences, si, start, end, context, ignore, trigger, past: true);
        // (A day without a year still ahead when read as past is one the writer places days ahead: "get together in Khujand
        // on 8 December", written on the 4th, is a plan told in the present, and keeps its day.)
        // (Only a signed paper's content is told with a stated time of its own: "an invitation to pay a visit in 2027" is the
        // visit's time, a plan whose status is read later.)
        for (var k = 0; agreement && k < 2 && resolved is { HasExpression: true, Expression: { Kind: not (DateExpressionKind.MonthDay or DateExpressionKind.Month) } ahead }
                            && DateResolver.AfterWriting(resolved.Date, context.At(si)); k++)
        {
            ignore.Add((ahead.Start, ahead.End));
            resolved = dates.Resolver.Resolve(input.Sentences, si, start, end, context, ignore, trigger, past: true);
        }
        return resolved;
    }

    /// <summary>The stretch of a start still to come ("from 15 December", "starting 1 January") after the reference date. Only
    /// one after the event word counts: "From 2 to 10 August, a joint exercise will ..." is the event's own time.</summary>
    internal static (int Start, int End)? StartToCome(ResolvedDate resolved, PartialDate reference) =>
        resolved is { HasExpression: true, Expression: { Governor: DateGovernor.Since } e } && resolved.Date.IsKnown && reference.IsKnown
            && resolved.Date.Start > reference.End ? (e.Start, e.End) : null;

    // The word that opens a reported clause ("said on Friday that ...").
    private const string Complementizer = "that";

    /// <summary>
    /// True when the sentence tells an event of several days by one of its days: "a five-day exercise", "a two-week
    /// course", or an exercise that "came to an end" or "concluded" that day.
    /// </summary>
    /// <remarks>
    /// A start ("began a five-day exercise on Monday") is a day of its own.</remarks>
    internal bool SpansDays(string sentence, IncidentType? type)
    {
        var tokens = NameNormalizer.Tokenize(sentence);
        return lexicon.EventBegins.Matches(tokens).Count == 0 && (SeveralDays().Matches(sentence).Any(m => DateExpressionFinder.NumberValue(m.Groups["n"].Value) > 1)
            || (type == IncidentType.Exercise && lexicon.EventEnds.Matches(tokens).Count > 0));
    }

    // "a five-day exercise", "a 10-day course": the count in the finder's own number words. Not "after a two-day battle":
    // what came before the event ends by its day, and leaves that day whole.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)(?<!\bafter\s+(?:a|an|the|their|its)\s+)\b(?<n>" + DateExpressionFinder.CountWords + @"|\d{1,2})-(?:day|week)\b")]
    private static partial System.Text.RegularExpressions.Regex SeveralDays();

    /// <summary>
    /// What an agreement or a decision sets out to do, after the span's trigger ("signed a protocol and agreed to hold
    /// talks in September", "agreed to open two lanes from 1 May", "agreed that both sides could graze there from 1 June",
    /// "signed a note under which the gate opens on 1 March"): its dates are the plan's, not the agreeing's.
    /// </summary>
    internal static IEnumerable<(int Start, int End)> PlannedByAgreement(Sentence sentence, Clause span)
    {
        if (span.TriggerToken < 0 || span.TriggerToken >= span.Tokens.Count) yield break;
        var trigger = span.Tokens[span.TriggerToken].Start;
        foreach (System.Text.RegularExpressions.Match m in PlanVerb().Matches(sentence.Text))
        {
            var start = sentence.Start + m.Index + m.Length;
            if (trigger >= start) continue;
            var stop = sentence.Text.IndexOf(';', m.Index);
            yield return (start, stop < 0 ? sentence.End : sentence.Start + stop);
            yield break;
        }
    }

    // "agreed to open", "agreed that herders could use", "a note under which the gate will stay open": what is set out.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)\b(?:(?:agreed|decided|promised|pledged|vowed|undertook|resolved|offered)\s+(?=to\s+\p{L}|that\b)|under\s+which\b)")]
    private static partial System.Text.RegularExpressions.Regex PlanVerb();

    /// <summary>
    /// Non-restrictive relative clauses of the sentence (", where ...", ", which ...", ", who ..." up to the next comma
    /// or the end) that do not hold the span's trigger: they describe a place or a party, and their dates are not the
    /// event's ("patrols were stepped up along the river, where the water has fallen this summer").
    /// </summary>
    internal List<(int Start, int End)> RelativeClauses(string text, Sentence sentence, Clause span)
    {
        var result = new List<(int, int)>();
        var trigger = span.TriggerToken >= 0 && span.TriggerToken < span.Tokens.Count ? span.Tokens[span.TriggerToken].Start : -1;
        foreach (var word in lexicon.RelativeWords)
        {
            var from = 0;
            var marker = ", " + word + " ";
            while ((from = sentence.Text.IndexOf(marker, from, StringComparison.Ordinal)) >= 0)
            {
                var start = sentence.Start + from;
                var comma = text.IndexOf(',', start + marker.Length, sentence.End - start - marker.Length);
                var end = comma < 0 ? sentence.End : comma;
                if ((trigger < start || trigger >= end) && !CrossingOfThoseCaught(sentence, span, word, start, end)) result.Add((start, end));
                from += marker.Length;
            }
        }
        return result;
    }

    /// <summary>
    /// "Guards detained eleven Afghans, who had walked into Iran late on Tuesday, the commander said": in a crossing (a
    /// detention after a crossing is typed by the crossing) the clause about the people caught tells the crossing itself,
    /// and when the rest of the sentence gives no date, the clause's date is the event's.
    /// </summary>
    /// <remarks>A date of the saying at the end ("..., the commander said on Thursday") is no date of the rest (date23).</remarks>
    private bool CrossingOfThoseCaught(Sentence sentence, Clause span, string word, int start, int end) =>
        span.Type == IncidentType.CrossBorderMovement && lexicon.PersonRelativeWords.Contains(word) &&
        dates.Finder.Find(sentence.Text).Select(e => e with { Start = e.Start + sentence.Start, End = e.End + sentence.Start })
            .All(e => (e.Start >= start && e.End <= end) || (e.Start >= end && dates.Dating.AfterPastSpeechVerb(sentence, e)));

    /// <summary>
    /// Quoted words of the sentence that do not hold the span's trigger (or any quote, for a speaker's statement): "“No shot was fired last night,” he told us"
    /// is dated when he spoke; the night belongs to what he speaks about.
    /// </summary>
    internal static IEnumerable<(int Start, int End)> QuotesAround(Sentence sentence, Clause span)
    {
        if (span.TriggerToken < 0 || span.TriggerToken >= span.Tokens.Count) yield break;
        var trigger = span.Tokens[span.TriggerToken].Start;
        // A statement by a speaker is dated when spoken, even when its words are the quote ("“No shot was fired last
        // night,” a spokesman told us"): every quote then belongs to what is spoken about.
        var spoken = span.Type == IncidentType.Statement && span.Speaker is not null;
        var text = sentence.Text;
        for (var open = text.IndexOf('“'); open >= 0; open = text.IndexOf('“', open + 1))
        {
            var close = text.IndexOf('”', open + 1);
            if (close < 0) yield break;
            var (start, end) = (sentence.Start + open, sentence.Start + close + 1);
            if (spoken || trigger < start || trigger >= end) yield return (start, end);
            open = close;
        }
    }

    /// <summary>The stretch of the sentence between ';', ':' or a dash that holds the span's trigger: dates elsewhere belong to other facts.</summary>
    internal static (int Start, int End) DateSpan(string text, Sentence sentence, Clause span)
    {
        if (span.TriggerToken < 0 || span.TriggerToken >= span.Tokens.Count) return (span.Start, span.End);
        var at = span.Tokens[span.TriggerToken].Start;
        var breaks = new[] { ':', ';', '—' };
        var start = text.LastIndexOfAny(breaks, Math.Max(span.Start, at - 1), Math.Max(0, at - span.Start));
        var end = text.IndexOfAny(breaks, at, span.End - at);
        return (start < span.Start ? span.Start : start + 1, end < 0 ? span.End : end);
    }
}
