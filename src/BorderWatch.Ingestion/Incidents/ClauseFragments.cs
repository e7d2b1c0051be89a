using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Pieces of one clause the token rules cut apart and the parse puts back: a clause keeps what its verb governs.
/// </summary>
internal static class ClauseFragments
{
    /// <summary>
    /// "rejected that account, telling reporters that ...": the "that" the cut was made at is a determiner of the
    /// rejected noun (in the parse), not a complementizer opening a claim, so what follows is still the rejection.
    /// </summary>
    internal static bool CutAtDeterminer(ParsedSentence parse, Clause before, Clause clause)
    {
        var between = parse.Tokens.Where(t => t.Start >= before.End && t.End <= clause.Start && t.Upos != Upos.PUNCT).ToList();
        return between is [{ } word] && string.Equals(word.Form, "that", StringComparison.OrdinalIgnoreCase) &&
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
        if (!ClauseSyntax.Inside(first, before.Start, before.End) ||
            tops.Any(t => parse.Dependents(t.Index).Any(d => d.BaseRelation is "nsubj" or "expl"))) return false;
        static bool Nominal(ParsedToken t) => t.Upos is Upos.NOUN or Upos.PROPN or Upos.NUM;
        bool Marked(ParsedToken t) => parse.Dependents(t.Index).Any(d => d.BaseRelation == "mark" && d.Index < t.Index);
        return (Nominal(head) && Nominal(first)) || (head.Upos == Upos.VERB && Marked(head) && Marked(first));
    }
}
