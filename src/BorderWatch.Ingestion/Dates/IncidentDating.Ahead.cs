using System.Text.RegularExpressions;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Dates;

/// <summary>Whether a date looks ahead: the forward words of its sentence ("will", "is to", "planned"), in its own clause, not
/// after a past act or a past verb of saying that the date belongs to.</summary>
public sealed partial class IncidentDating
{
    /// <summary>A sentence's forward-looking words govern this date: not after a past speech verb, and in its own clause.</summary>
    public bool LooksAheadHere(Sentence sentence, DateExpression e) =>
        !AfterPastSpeechVerb(sentence, e) && !AfterPastAct(sentence, e) && ForwardInOwnClause(sentence, e);

    /// <summary>
    /// True when <paramref name="e"/> is the time of a past act told just before it, by a verb in the past or a participle
    /// that is not passive ("a plan signed in Kashgar in September, under which patrols will ...", "agreed in Astana on
    /// Monday", "an exercise first planned for October"): what the clause looks ahead to has its own time, this date is
    /// past. A participle of planning ("scheduled for", "planned for", "set for") looks ahead unless told as the first plan.
    /// </summary>
    public bool AfterPastAct(Sentence sentence, DateExpression e)
    {
        var before = sentence.Text[..Math.Clamp(e.Start - sentence.Start, 0, sentence.Text.Length)];
        var m = pastAct.Match(before);
        if (!m.Success) return false;
        return !forwardParticiple.IsMatch(m.Groups["verb"].Value) || m.Groups["first"].Success;
    }

    // A past verb or participle, not after a form of "be", a modal or "to" ("will be held in", "to be signed on"), then
    // perhaps a named place ("in Kashgar", "in Astana", "at the Irkeshtam crossing": a common noun only after "the" and the
    // name, so "headed by Rahmonzoda arrives on Monday" reads no verb "arrives" as the place's noun), then the date's preposition.
    // The words after which a lower-case word opens no noun of the place (dates.json pastActStops) come from the lexicon.
    /// <summary>The past-act pattern for <paramref name="words"/>' pastActStops.</summary>
    public static Regex PastActFor(DateLexicon words) => new(
        @"(?i)(?<!\b(?:is|are|was|were|be|been|being|will|would|shall|to)\s+(?:first\s+|originally\s+|initially\s+)?)\b(?<first>first\s+|originally\s+|initially\s+)?(?<verb>\p{L}{3,}ed|held|met|began|took|made|sent|fought|struck|won|lost|built|set)\s+(?:(?:in|at|by|with)\s+(?:(?-i:\p{Lu})[\p{L}-]*(?:\s+(?-i:\p{Lu})[\p{L}-]*)?\s+|the\s+(?-i:\p{Lu})[\p{L}-]*(?:\s+(?-i:\p{Lu})[\p{L}-]*)?\s+(?:(?!(?:"
        + DateLexicon.Alternation(words.PastActStops)
        + @")\b)(?-i:\p{Ll}{3,})\s+)?))?(?:on|in|at|for|during|late\s+on|early\s+on|late\s+in|early\s+in|earlier\s+in)?\s*$",
        RegexOptions.CultureInvariant);

    /// <summary>The participles of planning (dates.json forwardParticiples): the forward-participle pattern for <paramref name="words"/>' forwardParticiples.</summary>
    public static Regex ForwardParticipleFor(DateLexicon words) =>
        new(@"(?i)^(?:" + DateLexicon.Alternation(words.ForwardParticiples) + @")$", RegexOptions.CultureInvariant);


    /// <summary>
    /// True when a forward-looking word ("will", "is to", "planned") stands in the date's own clause: "signed a protocol
    /// on 11 November, under which officers will check lorries" dates a past signing; "will meet on 3 July" and "On 3 July,
    /// the commission will meet" look ahead.
    /// </summary>
    public bool ForwardInOwnClause(Sentence sentence, DateExpression e)
    {
        var text = sentence.Text;
        var start = Math.Clamp(e.Start - sentence.Start, 0, text.Length);
        var end = Math.Clamp(e.End - sentence.Start, start, text.Length);
        var (from, to) = (0, text.Length);
        foreach (Match b in clauseBoundary.Matches(text))
        {
            if (b.Index + b.Length <= start) from = b.Index + b.Length;
            else if (b.Index >= end) { to = b.Index; break; }
        }
        return Forward(text[from..start]) || Forward(WithoutLaterDates(text, end)[AfterOwnForwardTime(text, end, to)..to]);
    }

    /// <summary>Where the clause goes on after a time still to come of its own told after <paramref name="end"/> ("next
    /// week", "next month", "tomorrow"), else <paramref name="end"/>: a forward word before that time is that time's ("Four
    /// men accused of firing at a patrol in October are due in court next week": October is past).</summary>
    private int AfterOwnForwardTime(string text, int end, int to) =>
        finder.Find(text).LastOrDefault(x => x.Start >= end && x.End <= to && x is { Kind: DateExpressionKind.Relative, Offset: > 0 })?.End ?? end;

    /// <summary>The sentence with the date expressions that start after <paramref name="end"/> blanked out: "met in Termez on
    /// Monday and discussed opening two crossings next year" looks ahead with "next year" itself, a time of its own, not
    /// with Monday's.</summary>
    private string WithoutLaterDates(string text, int end)
    {
        var later = finder.Find(text).Where(x => x.Start >= end).ToList();
        if (later.Count == 0) return text;
        var chars = text.ToCharArray();
        foreach (var x in later)
            for (var k = x.Start; k < Math.Min(x.End, chars.Length); k++) chars[k] = ' ';
        return new string(chars);
    }

    // Where a clause of its own starts: "; ", ": ", "that", a clause opener (dates.json clauseOpeners: "met on Friday to
    // agree how lorries will be cleared"), "under which", a comma right before "and"/"but" (not "Chinese and Tajik"), or
    // a comma before "where", "which", "while" within two words (", under which").
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
    public bool AfterPastSpeechVerb(Sentence sentence, DateExpression e)
    {
        var before = sentence.Text[..Math.Clamp(e.Start - sentence.Start, 0, sentence.Text.Length)];
        return pastSpeechVerb.IsMatch(before);
    }

    // The past verbs of saying and deciding are dates.json pastSpeechVerbs; those told to a listener ("told reporters on
    // Tuesday"), speechToListener.
    /// <summary>The past-speech pattern for <paramref name="words"/>' speechToListener.</summary>
    public static Regex PastSpeechVerbFor(DateLexicon words) => new(
        @"(?i)(?<!\b(?:be|being)\s+)\b(?:" + DateLexicon.Alternation(words.PastSpeechVerbs) + @"|(?:"
        + DateLexicon.Alternation(words.SpeechToListener)
        + @")(?:\s+(?-i:\p{Ll}{3,}))?)\s+(?:on|in|at|late\s+on|early\s+in|late\s+in)?\s*$",
        RegexOptions.CultureInvariant);

    /// <summary>True when the sentence talks about something to come ("will visit in February").</summary>
    public bool IsForwardLooking(string sentence) => Forward(sentence);

    // "next to the road" is a place, not a time ahead.
    // "would" (not "would have"): the future of a past saying ("said the minister would meet him on Friday"). "the planned
    // railway", "their last scheduled session" name a thing that is planned, not a time still to come for the clause
    // ("a drill scheduled for February" still looks ahead). "plans to", "intends to" are PlansAhead's (status.json
    // planningVerbs, after none of planningOpeners: "no plans to" says nothing is planned, "who plan to" describes someone).
    [GeneratedRegex(@"(?i)\b(?:will|shall|would(?!\s+have\b)|is\s+to|are\s+to|(?<!\b(?:the|a|an|its|their)\s+(?:\p{L}+\s+)?)(?:scheduled|planned)|(?:scheduled|planned)(?=\s+(?:for|to|on|in|at|until)\b)|due\s+to|set\s+to|expected\s+to|(?:is|are)\s+expected|upcoming|next(?!\s+to\b))\b")]
    private static partial Regex ForwardLooking();
}
