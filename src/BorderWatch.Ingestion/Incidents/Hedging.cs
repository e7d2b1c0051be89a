using BorderWatch.Ingestion.Language;
using static BorderWatch.Ingestion.Incidents.ClauseSyntax;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Whether a predicate is negated or hedged, with the one rule for a permission in force (type28: it was two, a token
/// rule in <see cref="PredicateFinder"/> and a parse rule here, read from <c>SyntaxLexicon.Default</c>): the lexicon's
/// hypothetical words and the parse rules both ask <see cref="PermissionModals"/> / <see cref="PermissionInForce"/>.
/// </summary>
internal sealed class Hedging(SyntaxLexicon words)
{
    /// <summary>Negated ("did not cross") or hedged by a modal of possibility ("could attack"; syntax.json hedgingModals):
    /// no event to record.</summary>
    /// <remarks>A modal of permission on a verb that carries a mark of a rule in force ("traders may now cross at ...",
    /// "since Monday only lorries may use the bridge", "may stay at the base until 2047 under terms ...") tells a
    /// permission that holds: no hypothetical (<see cref="PermissionInForce"/>).</remarks>
    internal bool NegatedOrHypothetical(ParsedSentence parse, ParsedToken head) =>
        Negated(parse, head) ||
        parse.Dependents(head.Index).Any(d => d.BaseRelation == "aux" && words.HedgingModals.Contains(Lemma(d)) &&
                                              !PermissionInForce(parse, head, d));

    /// <summary>The character offsets of the modals in <paramref name="parse"/> that grant a permission in force: the
    /// hypothetical words of the token rules (<see cref="PredicateFinder.TriggersIn"/>) leave them out.</summary>
    internal IReadOnlySet<int> PermissionModals(ParsedSentence parse) =>
        parse.Tokens.Where(t => t.BaseRelation == "aux" && t.Head >= 0 && PermissionInForce(parse, parse.Tokens[t.Head], t))
            .Select(t => t.Start).ToHashSet();

    /// <summary>
    /// A permission in force (type27): the modal is one of syntax.json permissionModals and its verb carries an in-force
    /// adverb ("may now"), an oblique after one of permissionSources naming one of permissionGrounds ("under terms the
    /// parliament backed"), or one after permissionStarts naming a date ("from Monday", "since 1 December") on an active
    /// verb. "may yet", "may strike from the south" and "could now" stay hypothetical, and so does an opportunity
    /// (type28): a verb that an absolute construction ("With the river frozen, ...") gives its circumstance tells what a
    /// state of things makes possible, no leave granted.
    /// </summary>
    internal bool PermissionInForce(ParsedSentence parse, ParsedToken head, ParsedToken modal)
    {
        if (!words.PermissionModals.Contains(Lemma(modal))) return false;
        // "may have crossed", "may be moving": a guess about what happened or is happening, not a permission.
        if (parse.Dependents(head.Index).Any(d => d.Relation == "aux" && d.Index != modal.Index)) return false;
        if (Opportunity(parse, head)) return false;
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
    /// "With the Panj frozen, militants may now cross": an absolute construction (syntax.json absoluteMarks) on the verb,
    /// a noun with a participle or adjective after it, or a verbless clause the parser hangs on the mark, gives the state
    /// of things that makes the act possible ("with their cattle", "with valid passports" name no state).
    /// </summary>
    private bool Opportunity(ParsedSentence parse, ParsedToken head) =>
        parse.Dependents(head.Index).Any(d =>
        {
            if (d.BaseRelation is not ("obl" or "advcl" or "nmod")) return false;
            if (!parse.Dependents(d.Index).Any(c => c.BaseRelation is "case" or "mark" && words.AbsoluteMarks.Contains(Lemma(c)))) return false;
            // The advcl is the participle itself ("with the Panj frozen": frozen <- with, Panj nsubj), or the noun carries
            // a participle or adjective after it.
            if (d.BaseRelation == "advcl" && d.Upos is Upos.VERB or Upos.ADJ) return true;
            return parse.Dependents(d.Index).Any(m => m.Index > d.Index && m.BaseRelation is "amod" or "acl" && m.Upos is Upos.VERB or Upos.ADJ);
        });
}
