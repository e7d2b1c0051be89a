using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>Negation and hedging of a clause's predicate or of its arguments, read from the parse.</summary>
internal sealed partial class ClauseSyntax
{
    /// <summary>Negated: "did not cross", "never left".</summary>
    internal static bool Negated(ParsedSentence parse, ParsedToken head) =>
        parse.Dependents(head.Index).Any(d => d.BaseRelation == "advmod" && Lemma(d) is "not" or "never" or "n't");

    /// <summary>Negated ("did not cross") or hedged by a modal of possibility ("could attack"): no event to record.</summary>
    /// <remarks>A modal of permission on a verb that carries a mark of a rule in force ("traders may now cross at ...",
    /// "since Monday only lorries may use the bridge", "may stay at the base until 2047 under terms ...") tells a
    /// permission that holds: no hypothetical (<see cref="PermissionInForce"/>).</remarks>
    internal static bool NegatedOrHypothetical(ParsedSentence parse, ParsedToken head) =>
        parse.Dependents(head.Index).Any(d => (d.BaseRelation == "advmod" && Lemma(d) is "not" or "never" or "n't") ||
                                               (d.BaseRelation == "aux" && Lemma(d) is "could" or "might" or "may" or "would" or "should" &&
                                                !PermissionInForce(parse, head, d, SyntaxLexicon.Default)));

    /// <summary>
    /// A permission in force (type27): the modal is one of syntax.json permissionModals and its verb carries an in-force
    /// adverb ("may now"), an oblique after one of permissionSources naming one of permissionGrounds ("under terms the
    /// parliament backed"), or one after permissionStarts naming a date ("from Monday", "since 1 December") on an active verb. "may yet", "may strike
    /// from the south" and "could now" stay hypothetical.
    /// </summary>
    internal static bool PermissionInForce(ParsedSentence parse, ParsedToken head, ParsedToken modal, SyntaxLexicon words)
    {
        if (!words.PermissionModals.Contains(Lemma(modal))) return false;
        // "may have crossed", "may be moving": a guess about what happened or is happening, not a permission.
        if (parse.Dependents(head.Index).Any(d => d.Relation == "aux" && d.Index != modal.Index)) return false;
        var passive = parse.Dependents(head.Index).Any(d => d.Relation == "aux:pass" || d.Relation == "nsubj:pass");
        bool StartDate(ParsedToken d) => d.Upos == Upos.NUM && d.Form.Length == 4 ||
            ParsedClauseRules.Subtree(parse, d).Any(t => words.RecurringTimes.Contains(Lemma(t)) || words.CalendarMonths.Contains(Lemma(t)));
        foreach (var d in parse.Dependents(head.Index))
        {
            if (d.BaseRelation == "advmod" && words.InForceAdverbs.Contains(Lemma(d))) return true;
            // (The parser may read "Since Thursday" as a clause: its "since" a mark, the phrase an advcl.)
            if (d.BaseRelation is not ("obl" or "advcl")) continue;
            var cases = parse.Dependents(d.Index).Where(c => c.BaseRelation is "case" or "mark").Select(Lemma).ToList();
            // "under a protocol": a rule that grants it ("come under fire", "fall under Taliban control" are none).
            if (cases.Any(words.PermissionSources.Contains) && words.PermissionGrounds.Contains(Lemma(d))) return true;
            // "from 1 December", "since Monday", "from 2027" on an active verb ("withdraw from 12 posts" names a place;
            // "may be deported from 1 March" is what may happen to them, no permission they hold).
            if (cases.Any(words.PermissionStarts.Contains) && !passive && StartDate(d)) return true;
        }
        return false;
    }

    /// <summary>
    /// The predicate's agent or theme is negated: "no" or "not a single" before its head ("Not a single shot was fired",
    /// "no foreign troops are stationed"), or a negative pronoun ("none of them crossed"). A participle describing a
    /// noun ("no troops stationed there") takes that noun's.
    /// </summary>
    internal static bool NegatedArgument(ParsedSentence parse, ParsedToken predicate)
    {
        var arguments = parse.Dependents(predicate.Index).Where(d => d.BaseRelation is "nsubj" or "obj").ToList();
        if (predicate.BaseRelation == "acl" && predicate.Head >= 0) arguments.Add(parse.Tokens[predicate.Head]);
        return arguments.Any(a =>
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
