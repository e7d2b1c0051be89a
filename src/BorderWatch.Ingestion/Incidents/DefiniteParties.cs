using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// A clause that names no state of its own but whose subject points back to parties already named: a definite
/// reference ("the sides agreed to ...", "the two delegations signed a protocol", "each side blamed the other", "the
/// border guards had installed ...": one of context.json <c>partyDeterminers</c> up to three words before one of
/// <c>partyHeads</c> or <c>securityActors</c>) or "they", before the clause's event word. Such a clause speaks of the
/// parties the sentences just before named, as "the clash" speaks of their clash.
/// </summary>
internal static class DefiniteParties
{
    private const int Reach = 3;

    internal static bool PointsBack(Lexicon lexicon, Clause span)
    {
        var tokens = span.Tokens;
        var end = span.TriggerToken >= 0 && span.TriggerToken < tokens.Count ? span.TriggerToken : tokens.Count;
        if (tokens.Take(end).Any(t => t.Folded == "they")) return true;
        var determiners = lexicon.PartyDeterminers.Matches(tokens).Where(m => m.Last < end).Select(m => m.Last).ToList();
        if (determiners.Count == 0) return false;
        return lexicon.PartyHeads.Matches(tokens).Concat(lexicon.SecurityActors.Matches(tokens))
            .Any(h => h.First < end && determiners.Any(d => d < h.First && h.First - d <= Reach));
    }
}
