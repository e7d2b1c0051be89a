using System.Text.RegularExpressions;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Dates;

/// <summary>Picks which date expression of a sentence dates an incident, and finds years for year-less dates.</summary>
public static partial class IncidentDating
{
    /// <summary>The sentence's date expressions that can date an event, with offsets into the cleaned text.</summary>
    /// <remarks>
    /// Spans of years are left out (no single date). So is a target year after the reference in a sentence about the
    /// past: "has been extended until 2042" is the end of a term, not when anything happened.
    /// </remarks>
    /// <param name="trigger">The event word's offset in the cleaned text, when known: a year qualifying it ("the 2022 treaty")
    /// dates it.</param>
    public static IReadOnlyList<DateExpression> Candidates(Sentence sentence, PartialDate reference, bool future, int? trigger = null)
    {
        var qualified = trigger is int t ? t - sentence.Start : -1;
        var found = DateExpressionFinder.Find(sentence.Text);
        // A story's own dateline ("TASHKENT, Nov 13 (Agency) - ") dates the story, never its events.
        var dateline = LeadDatelines.Match(sentence.Text)?.Length ?? 0;
        return found
            .Where(e => e.Kind != DateExpressionKind.Range && e.Start >= dateline)
            .Where(e => !RestatedByDate(sentence.Text, found, e) && (!Attributive(sentence.Text, e) || (qualified >= e.End && qualified - e.End <= 2)))
            // "this year" in "In June this year" is part of the month's date, read with it.
            .Where(e => !QualifiesMonth(sentence.Text, found, e))
            .Where(e => !InAName(sentence.Text, e))
            .Where(e => !AnyOtherTime().IsMatch(sentence.Text[e.End..]))
            .Where(e => future || e.Governor != DateGovernor.Target || !reference.IsKnown || e.Year is not int y || y <= reference.Year)
            .Select(e => e with { Start = e.Start + sentence.Start, End = e.End + sentence.Start })
            .ToList();
    }

    // "no drone has flown over our territory, on Sunday or on any other day": a day named only to say "never" dates nothing.
    [GeneratedRegex(@"^,?\s+or\s+(?:on\s+|at\s+|in\s+)?any\s+other\s+(?:day|time|date|night|week|month|moment)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnyOtherTime();

    // "Last Thursday, the 5th of November 2026": the weekday is restated by the date after it, which is the better evidence.
    private static bool RestatedByDate(string text, IReadOnlyList<DateExpression> found, DateExpression e) =>
        e.Kind == DateExpressionKind.Relative && found.Any(d => d.Kind is DateExpressionKind.Absolute or DateExpressionKind.MonthDay
            && d.Start >= e.End && Apposition().IsMatch(text[e.End..d.Start]));

    [GeneratedRegex(@"^\s*,\s*(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Apposition();

    /// <summary>
    /// A year that qualifies a noun inside the sentence ("land that belongs to Sokh under the 2023 treaty", "since the 2010
    /// violence"): it dates that thing, not the clause's event. A sentence that opens with it ("The 2021 clashes killed ...")
    /// is about that thing, and keeps it.
    /// </summary>
    public static bool Attributive(string text, DateExpression e) =>
        e.Kind == DateExpressionKind.Year && e.Start > 4 && AttributiveBefore().IsMatch(text[..e.Start]) && AttributiveAfter().IsMatch(text[e.End..])
        // "reviewed implementation of March 2025 border treaty", "under the May 2024 protocol": a month naming a thing.
        || e.Kind == DateExpressionKind.MonthYear && e.Start > 3 && MonthAttributiveBefore().IsMatch(text[..e.Start]) && MonthAttributiveAfter().IsMatch(text[e.End..]);

    [GeneratedRegex(@"(?i)\b(?:the|its|their|of)\s+$")]
    private static partial Regex MonthAttributiveBefore();

    // A noun after the month, not a verb or a word that opens the clause's next part ("the clashes of September 2022 killed",
    // "of March 2025 were", "the May 2024 when"); nor a word that opens the subject after a fronted date ("In the first
    // days of July 2021 some two hundred soldiers fled", "of May 2024 the patrols").
    [GeneratedRegex(@"^\s+(?!(?:was|were|is|are|had|has|have|and|but|when|while|that|which|with|after|before|near|along|in|on|at|to|from|for|by|the|some|about|around|upwards|nearly|almost|more|several|many|dozens|hundreds|thousands|all|both|each|every|two|three|four|five|six|seven|eight|nine|ten)\b|\p{Ll}+ed\b)\p{Ll}{3,}")]
    private static partial Regex MonthAttributiveAfter();

    [GeneratedRegex(@"(?i)\b(?:the|a|an|its|their|his|her|our|this|that)\s+$")]
    private static partial Regex AttributiveBefore();

    [GeneratedRegex(@"^\s+\p{Ll}{3,}")]
    private static partial Regex AttributiveAfter();

    /// <summary>
    /// A year that is part of a name: an exercise or an operation ("Kordon-2026", "“Steppe Shield 2026”"), written onto a
    /// word with a hyphen or closing its quoted name. It names the series, not when the event happened.
    /// </summary>
    public static bool InAName(string text, DateExpression e) =>
        e.Kind == DateExpressionKind.Year && e.Text.Length == 4 && e.Start > 1
        && ((text[e.Start - 1] == '-' && WordBefore(text, e.Start - 1).TrimStart('“', '"', '«') is { Length: > 0 } name && char.IsUpper(name[0])
                && !TimeOfYear().IsMatch(name))
            || (e.End < text.Length && text[e.End] is '”' or '"' or '»' && WordBefore(text, e.Start) is { Length: > 0 } w && char.IsUpper(w.TrimStart('“', '"', '«')[0])));

    [GeneratedRegex(@"(?i)^(?:mid|early|late|pre|post)$")]
    private static partial Regex TimeOfYear();

    private static string WordBefore(string text, int at)
    {
        var before = text[..at].TrimEnd();
        var space = before.LastIndexOf(' ');
        var word = before[(space + 1)..];
        return word.TrimStart('“', '"', '«').Length > 0 ? word : "";
    }

    private static bool QualifiesMonth(string text, IReadOnlyList<DateExpression> found, DateExpression e) =>
        e is { Kind: DateExpressionKind.Relative, Unit: RelativeUnit.Year } && found.Any(m =>
            m.Kind is DateExpressionKind.Month or DateExpressionKind.MonthDay && m.End <= e.Start && text[m.End..e.Start].Trim(' ', ',').Length == 0);

    /// <summary>
    /// The best expression for the span: inside the span beats elsewhere in the sentence; an event's date beats a
    /// report's date and a term's end; then the nearest; otherwise the first (in "in 2015 and 2016", 2015).
    /// </summary>
    /// <param name="trigger">The event word's offset, when known: of two equally good dates in the span, the nearer to it.</param>
    public static DateExpression? Choose(IReadOnlyList<DateExpression> candidates, Sentence sentence, int spanStart, int spanEnd, int? trigger = null)
    {
        if (candidates.Count == 0) return null;
        return candidates
            .Select((e, order) => (e, order, score: Score(e, spanStart, spanEnd, CountsFromHere(candidates, e))))
            .OrderBy(c => c.score)
            .ThenBy(c => Distance(c.e, spanStart, spanEnd))
            .ThenBy(c => trigger is int t ? Distance(c.e, t, t + 1) : 0)
            .ThenBy(c => c.order)
            .First().e;
    }

    // Outside the span, the nearer expression more likely belongs to the same clause.
    private static int Distance(DateExpression e, int spanStart, int spanEnd) =>
        e.End <= spanStart ? spanStart - e.End : e.Start >= spanEnd ? e.Start - spanEnd : 0;

    // "On 3 May ... we read that they had met the day before": the anaphoric phrase counts from a date stated in its own
    // sentence, so it is as well stated as that date and the nearer of the two to the event word is the event's.
    private static bool CountsFromHere(IReadOnlyList<DateExpression> candidates, DateExpression e) =>
        e is { Kind: DateExpressionKind.Anaphoric, Offset: not 0 } && candidates.Any(c => c.Kind != DateExpressionKind.Anaphoric && c.End <= e.Start);

    private static int Score(DateExpression e, int spanStart, int spanEnd, bool countsFromHere)
    {
        var inside = e.Start < spanEnd && e.End > spanStart;
        var score = inside ? 0 : 10;
        if (e.Governor == DateGovernor.Report) score += 4;
        if (e.Governor == DateGovernor.Target) score += 3;
        // An anaphoric phrase only borrows a date; a stated one in the same place is better evidence.
        if (e.Kind == DateExpressionKind.Anaphoric && !countsFromHere) score += 1;
        // "in recent days" only says lately; a day stated in the same sentence is the event's.
        if (e.Unit is RelativeUnit.RecentPeriod or RelativeUnit.RecentDays) score += 1;
        // "this year" only frames the time ("600 people returned on 24 November, the highest figure this year").
        if (e is { Kind: DateExpressionKind.Relative, Unit: RelativeUnit.Year, Offset: 0 }) score += 1;
        return score;
    }

    /// <summary>
    /// The nearest explicit year before <paramref name="e"/>: earlier in its sentence, else in up to
    /// <paramref name="lookback"/> earlier sentences of the same or the previous paragraph.
    /// </summary>
    /// <param name="sameParagraph">Only the sentence's own paragraph lends (the publication day is known: a month
    /// named without a year in a new paragraph is read against it, not against a year another paragraph talked about).</param>
    public static DateExpression? NearestEarlierYear(IReadOnlyList<Sentence> sentences, int i, DateExpression e, int lookback, bool sameParagraph = false)
    {
        // "until 2042" is a term's end and "since 2016" opens a period up to now: neither places a later month in its year.
        static bool Lends(DateExpression x) => x.HasExplicitYear && x.Governor is not (DateGovernor.Target or DateGovernor.Since);
        // "reviewed implementation of March 2025 border treaty (12 Nov)": a date naming a thing (after "of"/"the", before
        // its noun) is background, not the time the sentence tells of; the day keeps the document's year.
        var text = sentences[i].Text;
        var here = DateExpressionFinder.Find(text)
            .LastOrDefault(x => Lends(x) && x.End + sentences[i].Start <= e.Start && !NamesAThing(text, x));
        if (here is not null) return here;
        var paragraph = sentences[i].Paragraph;
        for (var k = i - 1; k >= 0 && k >= i - lookback && sentences[k].Paragraph >= paragraph - (sameParagraph ? 0 : 1); k--)
        {
            if (sentences[k].IsDateline) continue;
            var found = DateExpressionFinder.Find(sentences[k].Text).LastOrDefault(x => Lends(x) && !NamesAThing(sentences[k].Text, x));
            if (found is not null) return found;
        }
        return null;
    }

    private static bool NamesAThing(string text, DateExpression x)
    {
        var before = text[..Math.Clamp(x.Start, 0, text.Length)].TrimEnd();
        var after = text[Math.Clamp(x.End, 0, text.Length)..];
        return (before.EndsWith(" of", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" the", StringComparison.OrdinalIgnoreCase))
            && after.Length > 1 && after[0] == ' ' && char.IsLower(after[1]);
    }

    /// <summary>
    /// The relative year that qualifies a year-less month right after it: "In March this year", "in May last year".
    /// Offsets of <paramref name="e"/> are into the cleaned text.
    /// </summary>
    public static DateExpression? YearQualifier(Sentence sentence, DateExpression e)
    {
        var after = e.End - sentence.Start;
        return DateExpressionFinder.Find(sentence.Text).FirstOrDefault(x => x is { Kind: DateExpressionKind.Relative, Unit: RelativeUnit.Year }
            && x.Start >= after && sentence.Text[after..x.Start].Trim(' ', ',').Length == 0);
    }
    /// <summary>A sentence's forward-looking words govern this date: not after a past speech verb, and in its own clause.</summary>
    public static bool LooksAheadHere(Sentence sentence, DateExpression e) =>
        !AfterPastSpeechVerb(sentence, e) && !AfterPastAct(sentence, e) && ForwardInOwnClause(sentence, e);

    /// <summary>
    /// True when <paramref name="e"/> is the time of a past act told just before it, by a verb in the past or a participle
    /// that is not passive ("a plan signed in Kashgar in September, under which patrols will ...", "agreed in Astana on
    /// Monday", "an exercise first planned for October"): what the clause looks ahead to has its own time, this date is
    /// past. A participle of planning ("scheduled for", "planned for", "set for") looks ahead unless told as the first plan.
    /// </summary>
    public static bool AfterPastAct(Sentence sentence, DateExpression e)
    {
        var before = sentence.Text[..Math.Clamp(e.Start - sentence.Start, 0, sentence.Text.Length)];
        var m = PastAct().Match(before);
        if (!m.Success) return false;
        return !ForwardParticiple().IsMatch(m.Groups["verb"].Value) || m.Groups["first"].Success;
    }

    // A past verb or participle, not after a form of "be", a modal or "to" ("will be held in", "to be signed on"), then
    // perhaps a named place ("in Kashgar", "in Astana", "at the Irkeshtam crossing": a common noun only after "the" and the
    // name, so "headed by Rahmonzoda arrives on Monday" reads no verb "arrives" as the place's noun), then the date's preposition.
    // The words after which a lower-case word opens no noun of the place (dates.json pastActStops) come from the lexicon.
    private static readonly Lazy<Regex> PastActRegex = new(() => PastActFor(DateLexicon.Default));

    private static Regex PastAct() => PastActRegex.Value;

    /// <summary>The past-act pattern for <paramref name="words"/>' pastActStops.</summary>
    public static Regex PastActFor(DateLexicon words) => new(
        @"(?i)(?<!\b(?:is|are|was|were|be|been|being|will|would|shall|to)\s+(?:first\s+|originally\s+|initially\s+)?)\b(?<first>first\s+|originally\s+|initially\s+)?(?<verb>\p{L}{3,}ed|held|met|began|took|made|sent|fought|struck|won|lost|built|set)\s+(?:(?:in|at|by|with)\s+(?:(?-i:\p{Lu})[\p{L}-]*(?:\s+(?-i:\p{Lu})[\p{L}-]*)?\s+|the\s+(?-i:\p{Lu})[\p{L}-]*(?:\s+(?-i:\p{Lu})[\p{L}-]*)?\s+(?:(?!(?:"
        + DateLexicon.Alternation(words.PastActStops)
        + @")\b)(?-i:\p{Ll}{3,})\s+)?))?(?:on|in|at|for|during|late\s+on|early\s+on|late\s+in|early\s+in|earlier\s+in)?\s*$",
        RegexOptions.CultureInvariant);

    // The participles of planning (dates.json forwardParticiples).
    private static readonly Lazy<Regex> ForwardParticipleRegex = new(() => ForwardParticipleFor(DateLexicon.Default));

    private static Regex ForwardParticiple() => ForwardParticipleRegex.Value;

    /// <summary>The forward-participle pattern for <paramref name="words"/>' forwardParticiples.</summary>
    public static Regex ForwardParticipleFor(DateLexicon words) =>
        new(@"(?i)^(?:" + DateLexicon.Alternation(words.ForwardParticiples) + @")$", RegexOptions.CultureInvariant);


    /// <summary>
    /// True when a forward-looking word ("will", "is to", "planned") stands in the date's own clause: "signed a protocol
    /// on 11 November, under which officers will check lorries" dates a past signing; "will meet on 3 July" and "On 3 July,
    /// the commission will meet" look ahead.
    /// </summary>
    public static bool ForwardInOwnClause(Sentence sentence, DateExpression e)
    {
        var text = sentence.Text;
        var start = Math.Clamp(e.Start - sentence.Start, 0, text.Length);
        var end = Math.Clamp(e.End - sentence.Start, start, text.Length);
        var (from, to) = (0, text.Length);
        foreach (Match b in ClauseBoundary().Matches(text))
        {
            if (b.Index + b.Length <= start) from = b.Index + b.Length;
            else if (b.Index >= end) { to = b.Index; break; }
        }
        return Forward(text[from..start]) || Forward(WithoutLaterDates(text, end)[AfterOwnForwardTime(text, end, to)..to]);
    }

    /// <summary>Where the clause goes on after a time still to come of its own told after <paramref name="end"/> ("next
    /// week", "next month", "tomorrow"), else <paramref name="end"/>: a forward word before that time is that time's ("Four
    /// men accused of firing at a patrol in October are due in court next week": October is past).</summary>
    private static int AfterOwnForwardTime(string text, int end, int to) =>
        DateExpressionFinder.Find(text).LastOrDefault(x => x.Start >= end && x.End <= to && x is { Kind: DateExpressionKind.Relative, Offset: > 0 })?.End ?? end;

    /// <summary>The sentence with the date expressions that start after <paramref name="end"/> blanked out: "met in Termez on
    /// Monday and discussed opening two crossings next year" looks ahead with "next year" itself, a time of its own, not
    /// with Monday's.</summary>
    private static string WithoutLaterDates(string text, int end)
    {
        var later = DateExpressionFinder.Find(text).Where(x => x.Start >= end).ToList();
        if (later.Count == 0) return text;
        var chars = text.ToCharArray();
        foreach (var x in later)
            for (var k = x.Start; k < Math.Min(x.End, chars.Length); k++) chars[k] = ' ';
        return new string(chars);
    }

    // Where a clause of its own starts: "; ", ": ", "that", a clause opener (dates.json clauseOpeners: "met on Friday to
    // agree how lorries will be cleared"), "under which", a comma right before "and"/"but" (not "Chinese and Tajik"), or
    // a comma before "where", "which", "while" within two words (", under which").
    private static readonly Lazy<Regex> ClauseBoundaryRegex = new(() => ClauseBoundaryFor(DateLexicon.Default));

    private static Regex ClauseBoundary() => ClauseBoundaryRegex.Value;

    /// <summary>The clause-boundary pattern for <paramref name="words"/>' clauseOpeners.</summary>
    public static Regex ClauseBoundaryFor(DateLexicon words) => new(
        @"(?i)[;:]|\bthat\b|\b(?:" + DateLexicon.Alternation(words.ClauseOpeners)
        + @")\b|\b(?:under|in|by|with|through)\s+which\b|,(?=\s+(?:and|but)\b)|,(?=\s+(?:\p{L}+\s+){0,2}(?:where|which|whom|whose|while|whereas)\b)",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// True when <paramref name="e"/> directly follows a past verb of saying or deciding ("announced in September that
    /// towers will be built", "said on 4 May that ...", "told reporters on Tuesday it ..."): the date is of that past act, not of the plan it tells.
    /// Not after the base form "be" or "being" ("Herders will be told on Friday", "is to be announced on Monday"): a passive still to come.
    /// </summary>
    public static bool AfterPastSpeechVerb(Sentence sentence, DateExpression e)
    {
        var before = sentence.Text[..Math.Clamp(e.Start - sentence.Start, 0, sentence.Text.Length)];
        return PastSpeechVerb().IsMatch(before);
    }

    // The past verbs of saying and deciding are dates.json pastSpeechVerbs; those told to a listener ("told reporters on
    // Tuesday"), speechToListener.
    private static readonly Lazy<Regex> PastSpeechVerbRegex = new(() => PastSpeechVerbFor(DateLexicon.Default));

    private static Regex PastSpeechVerb() => PastSpeechVerbRegex.Value;

    /// <summary>The past-speech pattern for <paramref name="words"/>' speechToListener.</summary>
    public static Regex PastSpeechVerbFor(DateLexicon words) => new(
        @"(?i)(?<!\b(?:be|being)\s+)\b(?:" + DateLexicon.Alternation(words.PastSpeechVerbs) + @"|(?:"
        + DateLexicon.Alternation(words.SpeechToListener)
        + @")(?:\s+(?-i:\p{Ll}{3,}))?)\s+(?:on|in|at|late\s+on|early\s+in|late\s+in)?\s*$",
        RegexOptions.CultureInvariant);

    /// <summary>True when the sentence talks about something to come ("will visit in February").</summary>
    public static bool IsForwardLooking(string sentence) => Forward(sentence);

    // "next to the road" is a place, not a time ahead.
    // "would" (not "would have"): the future of a past saying ("said the minister would meet him on Friday"). "the planned
    // railway", "their last scheduled session" name a thing that is planned, not a time still to come for the clause
    // ("a drill scheduled for February" still looks ahead). "plans to", "intends to" are PlansAhead's (status.json
    // planningVerbs, after none of planningOpeners: "no plans to" says nothing is planned, "who plan to" describes someone).
    [GeneratedRegex(@"(?i)\b(?:will|shall|would(?!\s+have\b)|is\s+to|are\s+to|(?<!\b(?:the|a|an|its|their)\s+(?:\p{L}+\s+)?)(?:scheduled|planned)|(?:scheduled|planned)(?=\s+(?:for|to|on|in|at|until)\b)|due\s+to|set\s+to|expected\s+to|(?:is|are)\s+expected|upcoming|next(?!\s+to\b))\b")]
    private static partial Regex ForwardLooking();
}
