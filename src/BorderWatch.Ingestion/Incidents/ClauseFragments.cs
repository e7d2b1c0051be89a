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
}
