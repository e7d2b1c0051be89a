using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Pieces of one clause the token rules cut apart and the parse puts back: a clause keeps what its verb governs. The
/// closed-class words it reads are syntax.json's determinerCuts and definiteArticles.
/// </summary>
internal sealed class ClauseFragments(SyntaxLexicon words)
{
    internal SyntaxLexicon Words => words;

    /// <summary>
    /// "rejected that account, telling reporters that ...": the "that" the cut was made at is a determiner of the
    /// rejected noun (in the parse), not a complementizer opening a claim, so what follows is still the rejection.
    /// </summary>
    internal bool CutAtDeterminer(ParsedSentence parse, Clause before, Clause clause)
    {
        var between = parse.Tokens.Where(t => t.Start >= before.End && t.End <= clause.Start && t.Upos != Upos.PUNCT).ToList();
        return between is [{ } word] && words.DeterminerCuts.Contains(word.Form.ToLowerInvariant()) &&
               word.BaseRelation == "det" && word.Head >= 0 && ClauseSyntax.Inside(parse.Tokens[word.Head], clause.Start, clause.End);
    }

    /// <summary>
    /// "agreed on a truce and the withdrawal of the extra units", "accused the guards of starting the fire and of moving
    /// mortars up": the "and" the cut was made at joins two parts of one phrase of the clause before (in the parse: the
    /// piece's head is coordinated with a noun of that clause, or with a verb that, like it, hangs on a preposition),
    /// not two clauses. What was agreed or alleged is no incident of its own.
    /// </summary>
    internal static bool CoordinatedInPhrase(ParsedSentence parse, Clause before, Clause clause)
    {
        // The piece's words whose head lies outside it: the first is the coordinated word; no other may be a verb with a
        // subject of its own ("and the Afghan police arrested three men" is a clause).
        var tops = ClauseSyntax.Within(parse, clause.Start, clause.End)
            .Where(t => t.Upos is not (Upos.PUNCT or Upos.CCONJ) && (t.Head < 0 || !ClauseSyntax.Inside(parse.Tokens[t.Head], clause.Start, clause.End))).ToList();
        if (tops is not [{ BaseRelation: "conj", Head: >= 0 } head, ..]) return false;
        var first = parse.Tokens[head.Head];
        // ("It was agreed that the commission on delimitation | and demarcation is to convene ...": the complement's verb
        // lies in the piece, but its subject before the cut: the clause before goes on, no clause of its own starts.)
        if (!ClauseSyntax.Inside(first, before.Start, before.End) ||
            tops.Any(t => parse.Dependents(t.Index).Any(d => d.BaseRelation is "nsubj" or "expl" && !ClauseSyntax.Inside(d, before.Start, before.End)))) return false;
        static bool Nominal(ParsedToken t) => t.Upos is Upos.NOUN or Upos.PROPN or Upos.NUM;
        bool Marked(ParsedToken t) => parse.Dependents(t.Index).Any(d => d.BaseRelation == "mark" && d.Index < t.Index);
        return (Nominal(head) && Nominal(first)) || (head.Upos == Upos.VERB && Marked(head) && Marked(first));
    }

    /// <summary>
    /// One event told on in the next clause of its sentence, not a second incident:
    /// <list type="bullet">
    /// <item>"five men waded across the canal and were stopped by a patrol": a passive predicate that shares the crossers'
    /// subject tells what happened to them (a detention after a crossing is typed by the crossing);</item>
    /// <item>"shots were fired at a border patrol, and the patrol answered with its own weapons": a participant of a clash
    /// or a crossing named again with "the" (a word of the clause before) goes on with the same event.</item>
    /// </list>
    /// </summary>
    internal bool ToldOn(ParsedSentence parse, Clause before, Clause clause)
    {
        if (before.Type is not (IncidentType.CrossBorderMovement or IncidentType.ArmedClash) || before.Denial || clause.Denial) return false;
        foreach (var verb in ClauseSyntax.Within(parse, clause.Start, clause.End).Where(t => t is { Upos: Upos.VERB, BaseRelation: "conj", Head: >= 0 }))
        {
            if (!ClauseSyntax.Inside(parse.Tokens[verb.Head], before.Start, before.End)) continue;
            var args = parse.Dependents(verb.Index).ToList();
            var subject = args.FirstOrDefault(d => d.BaseRelation is "nsubj" or "expl");
            if (subject is null && before.Type == IncidentType.CrossBorderMovement && args.Any(d => d.Relation == "aux:pass")) return true;
            if (subject is { Upos: Upos.NOUN } && parse.Dependents(subject.Index).Any(d => d.BaseRelation == "det" && words.DefiniteArticles.Contains(ClauseSyntax.Lemma(d))) &&
                before.Tokens.Any(t => t.Folded == ClauseSyntax.Lemma(subject) || t.Folded == subject.Form.ToLowerInvariant()))
                return true;
        }
        return false;
    }

    /// <summary>
    /// "had begun opening and checking every empty wagon", "met officers of both services, Uzbek and Tajik, at the
    /// crossing to discuss a new lane", "crossed the line while searching for lost sheep": a piece whose predicate has
    /// no tense of its own (a participle or a to-infinitive, with no auxiliary and no subject) and whose words all hang
    /// on the clause before is a phrase of that clause (a shared object, an apposition, a manner or a purpose), not a
    /// second act.
    /// </summary>
    internal bool NoPredicateOfItsOwn(ParsedSentence parse, Clause before, Clause clause)
    {
        // (Only the piece's own top words count: a clause inside it, "before trains leave", is its business.)
        var tops = ClauseSyntax.Within(parse, clause.Start, clause.End)
            .Where(t => t.Upos != Upos.PUNCT && (t.Head < 0 || !ClauseSyntax.Inside(parse.Tokens[t.Head], clause.Start, clause.End))).ToList();
        // (A piece of nouns alone names an event of its own: "showed off new air defence systems during military exercises".)
        return tops.Any(t => t.Upos == Upos.VERB) &&
               tops.All(t => t.Head >= 0 && ClauseSyntax.Inside(parse.Tokens[t.Head], before.Start, before.End) && !OwnPredicate(parse, t, words.InfinitiveMarkers));
    }

    // A word with a tense, an auxiliary or a copula, or a subject of its own (a to-infinitive's "subject" is the
    // tagger's misreading of the phrase before it: "both services, Uzbek and Tajik, at the crossing to discuss").
    private static bool OwnPredicate(ParsedSentence parse, ParsedToken top, IReadOnlySet<string> infinitiveMarkers)
    {
        var deps = parse.Dependents(top.Index).ToList();
        if (top.Upos == Upos.AUX || deps.Any(d => d.BaseRelation is "aux" or "cop" or "csubj" or "expl")) return true;
        if (top.Upos == Upos.VERB && top.Xpos is "VB" && deps.Any(d => d.BaseRelation == "mark" && infinitiveMarkers.Contains(ClauseSyntax.Lemma(d)))) return false;
        return (top.Upos == Upos.VERB && top.Xpos is not ("VBG" or "VBN")) || deps.Any(d => d.BaseRelation == "nsubj");
    }

    /// <summary>
    /// "two men crossed the line outside the checkpoint and were detained by a patrol", whatever the clause before is
    /// typed ("discussed the incident of 12 May, when two men crossed ... and were detained ..."): a passive predicate
    /// coordinated with a verb of the clause before, with no subject of its own, tells what happened next to the same
    /// people, not a second incident.
    /// </summary>
    internal static bool PassiveSequel(ParsedSentence parse, Clause before, Clause clause) =>
        !before.Denial && !clause.Denial &&
        ConjunctWithoutSubject(parse, before, clause) is { Upos: Upos.VERB } head && parse.Tokens[head.Head].Upos == Upos.VERB &&
        parse.Dependents(head.Index).Any(d => d.Relation == "aux:pass");

    /// <summary>
    /// "forty families crossed the river on rafts and asked the guards to let them stay": a speech act coordinated with
    /// the event's own predicate (the clause before's trigger), with no subject of its own, is what the event's actors
    /// did next, part of the event; one coordinated with a reporting verb ("the service said a driver was wounded, and
    /// accused ...") is the speaker's and keeps its own record.
    /// </summary>
    internal static bool SaidByTheActors(ParsedSentence parse, Clause before, Clause clause) =>
        before.TriggerToken >= 0 && before.TriggerToken < before.Tokens.Count && !before.Denial && !clause.Denial &&
        ConjunctWithoutSubject(parse, before, clause) is { } head && parse.Tokens[head.Head] is { Upos: Upos.VERB } partner &&
        before.Tokens[before.TriggerToken] is var trigger && partner.Start <= trigger.Start && partner.End >= trigger.End;

    /// <summary>The piece's head when it is coordinated with a word of the clause before and has no subject of its own
    /// ("... and were detained by a patrol", "... and asked the guards to ..."), else null.</summary>
    internal static ParsedToken? ConjunctWithoutSubject(ParsedSentence parse, Clause before, Clause clause) =>
        ClauseSyntax.HeadOf(parse, clause.Start, clause.End) is { BaseRelation: "conj", Head: >= 0 } head &&
        ClauseSyntax.Inside(parse.Tokens[head.Head], before.Start, before.End) && !HasSubject(parse, head) ? head : null;

    /// <summary>The word has a subject of its own (a nominal subject or an expletive "there").</summary>
    internal static bool HasSubject(ParsedSentence parse, ParsedToken word) =>
        parse.Dependents(word.Index).Any(d => d.BaseRelation is "nsubj" or "expl");
}
