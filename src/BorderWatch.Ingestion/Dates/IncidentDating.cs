using System.Text.RegularExpressions;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Dates;

/// <summary>Picks which date expression of a sentence dates an incident, and finds years for year-less dates. Built once per
/// <see cref="DateLexicon"/> by <see cref="DateRules"/>: its patterns are the lexicon's (di42).</summary>
public sealed partial class IncidentDating
{
    private readonly DateExpressionFinder finder;
    private readonly Regex pastAct;
    private readonly Regex forwardParticiple;
    private readonly Regex clauseBoundary;
    private readonly Regex pastSpeechVerb;
    private readonly Regex planningPresent;

    /// <param name="words">The date words the patterns are built from (pastActStops, forwardParticiples, clauseOpeners,
    /// pastSpeechVerbs, speechToListener).</param>
    /// <param name="finder">The finder of the same words.</param>
    /// <param name="planningPresent">The present planning verbs' pattern (<see cref="PlanningPresentFor"/>).</param>
    public IncidentDating(DateLexicon words, DateExpressionFinder finder, Regex planningPresent)
    {
        this.finder = finder;
        pastAct = PastActFor(words);
        forwardParticiple = ForwardParticipleFor(words);
        clauseBoundary = ClauseBoundaryFor(words);
        pastSpeechVerb = PastSpeechVerbFor(words);
        this.planningPresent = planningPresent;
    }

    /// <summary>The sentence's date expressions that can date an event, with offsets into the cleaned text.</summary>
    /// <remarks>
    /// Spans of years are left out (no single date). So is a target year after the reference in a sentence about the
    /// past: "has been extended until 2042" is the end of a term, not when anything happened.
    /// </remarks>
    /// <param name="trigger">The event word's offset in the cleaned text, when known: a year qualifying it ("the 2022 treaty")
    /// dates it.</param>
    public IReadOnlyList<DateExpression> Candidates(Sentence sentence, PartialDate reference, bool future, int? trigger = null)
    {
        var qualified = trigger is int t ? t - sentence.Start : -1;
        var found = finder.Find(sentence.Text);
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
            .ToList()
            is var kept && kept.Any(e => !OfParticipleNoun(sentence.Text, e, qualified))
                ? kept.Where(e => !OfParticipleNoun(sentence.Text, e, qualified)).Select(Shift).ToList()
                : kept.Select(Shift).ToList();
        DateExpression Shift(DateExpression e) => e with { Start = e.Start + sentence.Start, End = e.End + sentence.Start };
    }

    /// <summary>
    /// A date in a participle hanging on a noun ("arrived today under the contract signed in 2023", "the bridge built in
    /// May 2019"): it dates that noun, not the clause's event, when the sentence has another date for the event; kept when
    /// the event's word is that noun ("an agreement signed in 2023" read as the agreement).
    /// </summary>
    public static bool OfParticipleNoun(string text, DateExpression e, int trigger = -1) =>
        e.Kind is DateExpressionKind.Year or DateExpressionKind.MonthYear or DateExpressionKind.Absolute
        && ParticipleBefore().Match(text[..e.Start]) is { Success: true } m
        && !(trigger >= m.Groups["noun"].Index && trigger < m.Groups["part"].Index);

    // "the contract signed in ", "a road built on ": a determiner, a noun, a participle in -ed, then the date's preposition.
    [GeneratedRegex(@"\b(?i:the|an?|its|their|this|that)\s+(?<noun>\p{Ll}+)\s+(?<part>\p{Ll}+ed)\s+(?i:in|on)\s+$")]
    private static partial Regex ParticipleBefore();

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
}
