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

    /// <summary>
    /// "In April 2021 fighting around the enclave killed more than fifty people": an event (not a statement) the clause
    /// dates to a year of its own is an event in its own right, told of the parties the sentences before named.
    /// </summary>
    internal static bool DatedInItsOwnRight(Clause span, Core.Domain.IncidentType type) =>
        type != Core.Domain.IncidentType.Statement && YearOf(span) is not null;

    /// <summary>
    /// "In April 2021 fighting around the enclave killed fifty people" after a clash of 2024: casualties of a year of
    /// their own are a clash of their own, not more about the one just told.
    /// </summary>
    internal static bool OtherYearThan(Clause span, Core.Domain.PartialDate before) =>
        YearOf(span) is { } year && before.Year is { } told && year != told;

    // A year the clause dates itself to ("in 2019", "in April 2021", "on 1 January 2027"), not the start of a state of
    // affairs ("the third such drill since 2016"), a thing ("the 2025 treaty") or a reference ("a repeat of 2013").
    private static int? YearOf(Clause span) =>
        span.Tokens.Where((t, i) => t.Folded.Length == 4 && t.Folded.All(char.IsAsciiDigit) && t.Folded[..2] is "19" or "20" &&
                                    i > 0 && (span.Tokens[i - 1].Folded == "in" || Months.Contains(span.Tokens[i - 1].Folded)))
            .Select(t => (int?)int.Parse(t.Folded, System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    internal static bool PointsBack(Lexicon lexicon, Clause span)
    {
        var tokens = span.Tokens;
        var end = span.TriggerToken >= 0 && span.TriggerToken < tokens.Count ? span.TriggerToken : tokens.Count;
        if (tokens.Take(end).Any(t => t.Folded == "they")) return true;
        var determiners = lexicon.PartyDeterminers.Matches(tokens).Where(m => m.Last < end).Select(m => m.Last).ToList();
        if (determiners.Count == 0) return false;
        if (lexicon.PartyHeads.Matches(tokens).Concat(lexicon.SecurityActors.Matches(tokens))
            .Any(h => h.First < end && determiners.Any(d => d < h.First && h.First - d <= Reach))) return true;
        // "Since Tuesday the Border Troops have closed the crossing": an institution written as a name is a definite
        // reference all the same when it acts in an event (not its source, "according to the Ministry", nor the
        // speaker of an appeal: "The Ministry calls on citizens ...").
        if (span.Type is null or Core.Domain.IncidentType.Statement) return false;
        var folded = tokens.Select(t => t with { Original = t.Folded }).ToList();
        return lexicon.PartyHeads.Matches(folded).Concat(lexicon.SecurityActors.Matches(folded))
            .Any(h => h.First < end && determiners.Any(d => d < h.First && h.First - d <= Reach && !AfterAccordingTo(tokens, d)));
    }

    private static bool AfterAccordingTo(List<Token> tokens, int determiner) =>
        determiner >= 2 && tokens[determiner - 1].Folded == "to" && tokens[determiner - 2].Folded == "according";
}
