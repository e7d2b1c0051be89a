using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>Negation and hedging of a clause's predicate or of its arguments, read from the parse.</summary>
internal sealed partial class ClauseSyntax
{
    /// <summary>Negated: "did not cross", "never left".</summary>
    internal static bool Negated(ParsedSentence parse, ParsedToken head) =>
        parse.Dependents(head.Index).Any(d => d.BaseRelation == "advmod" && Lemma(d) is "not" or "never" or "n't");

    private Hedging? hedging;

    /// <summary>Negation, hedging and the one permission rule, on this syntax's words (<see cref="Incidents.Hedging"/>).</summary>
    internal Hedging Hedging => hedging ??= new(Words);

    /// <summary>Negated ("did not cross") or hedged by a modal of possibility ("could attack"), unless the modal grants a
    /// permission in force: <see cref="Incidents.Hedging.NegatedOrHypothetical"/>.</summary>
    internal bool NegatedOrHypothetical(ParsedSentence parse, ParsedToken head) => Hedging.NegatedOrHypothetical(parse, head);

    /// <summary>
    /// The predicate's agent or theme is negated: "no" or "not a single" before its head ("Not a single shot was fired",
    /// "no foreign troops are stationed"), or a negative pronoun ("none of them crossed"). A participle describing a
    /// noun ("no troops stationed there") takes that noun's.
    /// </summary>
    internal static bool NegatedArgument(ParsedSentence parse, ParsedToken predicate) =>
        NegatedArguments(parse, predicate).Any();

    /// <summary>The predicate's arguments (subject, object, or the noun a participle describes) that are negated, as
    /// <see cref="NegatedArgument"/> reads them.</summary>
    internal static IEnumerable<ParsedToken> NegatedArguments(ParsedSentence parse, ParsedToken predicate)
    {
        var arguments = parse.Dependents(predicate.Index).Where(d => d.BaseRelation is "nsubj" or "obj").ToList();
        if (predicate.BaseRelation == "acl" && predicate.Head >= 0) arguments.Add(parse.Tokens[predicate.Head]);
        return arguments.Where(a =>
        {
            if (Lemma(a) is "none" or "nobody" or "nothing") return true;
            var phrase = ParsedClauseRules.Subtree(parse, a).Where(t => t.Index <= a.Index).OrderBy(t => t.Index).ToList();
            // (The tagger may read "no" as a preposition: "no Chinese patrols" with "no" as its case.)
            if (phrase.Any(t => t.BaseRelation is "det" or "case" && Lemma(t) == "no")) return true;
            // "Not a single shot": "not" opens the phrase (or stands just before it, where the parser hung it on the verb).
            var first = phrase[0].Index;
            var not = Lemma(phrase[0]) == "not" || (first > 0 && Lemma(parse.Tokens[first - 1]) == "not");
            return not && phrase.Any(t => Lemma(t) is "single" or "one");
        });
    }
}
