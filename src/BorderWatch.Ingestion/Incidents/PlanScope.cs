using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>What the parse says of a clause's time against its plan cues (status29): read once, settled in one place (<see cref="AccountStatus"/>).</summary>
internal enum PlanReading
{
    /// <summary>The parse settles nothing: the surface cues of <see cref="StatusRules"/> stand.</summary>
    Open,
    /// <summary>The clause's own predicate, or the content clause its report verb governs, is still to come ("is scheduled to
    /// take place", "are expected in Sokh on Friday", "is to convene", "is due to receive", "informed ... that a delegation
    /// will travel").</summary>
    Ahead,
    /// <summary>The clause's own predicate is told in the past, and the future words of the sentence hang on a verb of a
    /// clause that describes something else ("signed a protocol under which engineers will inspect", "met on Friday to agree
    /// how lorries will be cleared", "a militia that would not surrender its weapons").</summary>
    Past,
}

/// <summary>
/// Reads <see cref="PlanReading"/> from the parse: the clause's predicate is the word of its stretch whose head lies outside
/// it (the root of the clause), not the word that typed it (a clause typed by "protocol" or "weapons" is told by its verb).
/// Words in status.json: plannedAuxiliaries ("will", "would"), prospectVerbs (passive present "is scheduled", "are expected",
/// "is set"; "is due" with its copula), passiveAuxiliaries ("be": "is to convene"), planningVerbs ("plans to open",
/// "expect to sign"), conditionMarks and verificationNegators (a condition or a negation plans nothing).
/// </summary>
internal sealed class PlanScope(Lexicon lexicon, SyntaxLexicon words)
{
    /// <param name="ownOnly">Read the predicate alone, not the content clause it reports (an agreement is its signing: "agreed
    /// that the crossing will stay shut" is no plan).</param>
    /// <param name="type">The clause's type: a content clause that is to come plans the event when the event word lies in it
    /// ("said a delegation is expected in Maymana"), not when it is what a past meeting settled ("met and agreed that both
    /// would pull back").</param>
    internal PlanReading Read(ParsedSentence parse, Clause span, IncidentType type, bool ownOnly = false)
    {
        var inside = parse.Tokens.Where(t => t.Start >= span.Start && t.End <= span.End).ToList();
        if (inside.Count == 0) return PlanReading.Open;
        var predicate = inside.FirstOrDefault(t => t.Head < 0 || parse.Tokens[t.Head].Start < span.Start || parse.Tokens[t.Head].End > span.End);
        if (predicate is null) return PlanReading.Open;
        // The predicate and the content clauses it reports ("said the delegation is expected ...", "informed ... that ... will travel").
        var candidates = new List<ParsedToken> { predicate };
        candidates.AddRange(parse.Dependents(predicate.Index).Where(d => d.BaseRelation == "ccomp" && d.Start >= span.Start && d.End <= span.End));
        // (An event told in a relative clause keeps its own time: "The next stop will be Dushanbe, where 7,000 troops are
        // stationed".)
        // (Nor does an event outside the clause that is to come: "announced that thirty towers will be built ... units held an
        // exercise", two sentences the splitter kept as one.)
        var trigger = ParsedClauseRules.TriggerIn(parse, span);
        if (!Described(parse, trigger, predicate) && candidates.Take(ownOnly ? 1 : candidates.Count)
                .Any(c => Ahead(parse, c) && (trigger is null || Under(parse, trigger, c) || c.Index != predicate.Index && Names(parse, span, c, type))) &&
            !OwnTime(parse, trigger))
            return PlanReading.Ahead;
        // "Delays at the crossing are due to a shootout on Monday": a prospect word read as a preposition ("due to": case, or
        // with "to" fixed on it) gives a cause, no plan (mend29).
        if (parse.Tokens.Any(t => t.End <= span.End && lexicon.ProspectVerbs.Contains(ClauseSyntax.Lemma(t)) &&
                            (t.BaseRelation == "case" || parse.Dependents(t.Index).Any(d => d.BaseRelation == "fixed"))) &&
            !inside.Any(t => t.BaseRelation == "aux" && FutureWord(parse, t)))
            return PlanReading.Past;
        // A past predicate with a future word elsewhere in the stretch: that word belongs to another clause.
        if (TellsPast(parse, predicate) &&
            inside.Any(t => t.BaseRelation == "aux" && FutureWord(parse, t) && !candidates.Any(c => c.Index == t.Head)))
            return PlanReading.Past;
        return PlanReading.Open;
    }

    /// <summary>The event word hangs on the predicate through a relative clause (acl, acl:relcl): it describes a participant.</summary>
    private static bool Described(ParsedSentence parse, ParsedToken? word, ParsedToken predicate)
    {
        for (var step = 0; word is { Head: >= 0 } && word.Index != predicate.Index && step < parse.Tokens.Count; step++)
        {
            if (word.BaseRelation == "acl") return true;
            word = parse.Tokens[word.Head];
        }
        return false;
    }

    /// <summary>An event word of the type among the words of <paramref name="top"/>'s subtree.</summary>
    private bool Names(ParsedSentence parse, Clause span, ParsedToken top, IncidentType type)
    {
        var words = parse.Tokens.Where(t => Under(parse, t, top)).ToList();
        if (words.Count == 0) return false;
        var (from, to) = (words.Min(t => t.Start), words.Max(t => t.End));
        return lexicon.EventWords(span.Tokens.Where(t => t.Start >= from && t.End <= to).ToList(), 0, type).Count > 0;
    }

    /// <summary>The event word has a verb of its own that tells it past: "Under an agreement signed in Astana on Monday, the
    /// crossing will open on Sundays".</summary>
    private static bool OwnTime(ParsedSentence parse, ParsedToken? word) =>
        word is { Upos: Upos.NOUN or Upos.PROPN } && parse.Dependents(word.Index).Any(d => d.BaseRelation == "acl" && d.Xpos is "VBN" or "VBD");

    private static bool Under(ParsedSentence parse, ParsedToken word, ParsedToken top) =>
        word.Index == top.Index || parse.Heads(word).Any(h => h.Index == top.Index);

    /// <summary>"will"/"would" on a verb, or "is"/"are" before an infinitive marker (syntax.json infinitiveMarkers: "are to gather").</summary>
    private bool FutureWord(ParsedSentence parse, ParsedToken aux) =>
        lexicon.PlannedAuxiliaries.Contains(aux.Form.ToLowerInvariant()) ||
        lexicon.PassiveAuxiliaries.Contains(ClauseSyntax.Lemma(aux)) && aux.Xpos is "VBZ" or "VBP" &&
        parse.Dependents(aux.Head).Any(d => d.BaseRelation == "mark" && words.InfinitiveMarkers.Contains(ClauseSyntax.Lemma(d)) && d.Start > aux.Start);

    private bool Ahead(ParsedSentence parse, ParsedToken verb)
    {
        var deps = parse.Dependents(verb.Index).ToList();
        if (deps.Any(d => d.BaseRelation == "mark" && lexicon.ConditionMarks.Contains(ClauseSyntax.Lemma(d))) ||
            deps.Any(d => d.BaseRelation is "advmod" or "neg" && lexicon.VerificationNegators.Contains(d.Form.ToLowerInvariant())))
            return false;
        if (deps.Any(d => d.BaseRelation == "aux" && FutureWord(parse, d))) return true;
        // "is scheduled to take place", "are expected in Sokh", "is set to begin": a prospect verb, passive and present.
        if (lexicon.ProspectVerbs.Contains(ClauseSyntax.Lemma(verb)) &&
            deps.Any(d => d.Relation is "aux:pass" or "cop" && d.Xpos is "VBZ" or "VBP")) return true;
        // "plans to open a new outpost", "plans an exercise", "We expect to sign": a present planning (or prospect) verb with its
        // complement; not what others are expected to do ("I expect smugglers to try the canals": a forecast).
        var lemma = ClauseSyntax.Lemma(verb);
        var (xcomp, obj) = (deps.Any(d => d.BaseRelation == "xcomp"), deps.Any(d => d.BaseRelation == "obj"));
        return verb.Upos == Upos.VERB && verb.Xpos is "VBZ" or "VBP" && !deps.Any(d => d.Relation == "aux:pass") &&
               (lexicon.PlanningVerbs.Contains(lemma) && (xcomp || obj) || lexicon.IntentVerbs.Contains(lemma) && xcomp ||
                lexicon.ProspectVerbs.Contains(lemma) && xcomp && !obj);
    }

    /// <summary>Past tense with no future auxiliary: "met", "signed", "have agreed".</summary>
    private bool TellsPast(ParsedSentence parse, ParsedToken verb)
    {
        if (verb.Upos != Upos.VERB) return false;
        var aux = parse.Dependents(verb.Index).Where(d => d.BaseRelation == "aux").ToList();
        if (aux.Any(a => lexicon.PlannedAuxiliaries.Contains(a.Form.ToLowerInvariant()))) return false;
        return aux.Count == 0 ? verb.Xpos == "VBD" : aux.Any(a => a.Xpos == "VBD" && ClauseSyntax.Lemma(a) != "be" || ClauseSyntax.Lemma(a) == "have");
    }
}
