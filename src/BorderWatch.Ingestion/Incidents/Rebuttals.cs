using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// A denial answers what another source claimed just before it: "Dushanbe rejected that account.", "The border troops
/// said no crossing had taken place." The claims it answers (events and accusations alike) are denied; denied beats
/// unconfirmed.
/// </summary>
internal sealed class Rebuttals(Lexicon lexicon, SpeakerLexicon speakerWords, DateExpressionFinder finder)
{
    /// <summary>How many sentences back a denial may answer, within its paragraph (the sentence just before always).</summary>
    internal const int Reach = 2;

    /// <summary>How far back a denial that names the event it denies may answer, across paragraphs.</summary>
    internal const int NamedReach = 4;

    /// <summary>The indexes in <paramref name="before"/> of the claims the denials found in sentence <paramref name="si"/> answer.</summary>
    internal List<int> Answered(AnalysisInput input, int si, IReadOnlyList<(Clause Clause, ExtractedIncident Incident)> found, IReadOnlyList<ExtractedIncident> before)
    {
        var answered = new List<int>();
        foreach (var (clause, denial) in found)
            answered.AddRange(AnsweredBy(input, si, clause, denial, before).Where(k => !answered.Contains(k)));
        return answered;
    }

    /// <summary>The indexes in <paramref name="before"/> of the claims one denial of sentence <paramref name="si"/> answers.</summary>
    internal List<int> AnsweredBy(AnalysisInput input, int si, Clause clause, ExtractedIncident denial, IReadOnlyList<ExtractedIncident> before)
    {
        if (si == 0 || !clause.Denial || denial.Type != IncidentType.Statement) return [];
        // A denial that names what it denies ("the reports", "that account"), denies "any" shots, or says an event
        // did not happen; a denial with its own claim in the sentence ("denied that militants crossed") answers that.
        if (!clause.AnswersEarlier && !clause.SaysNotHappened && lexicon.DeniedReference.Matches(clause.Tokens).Count == 0) return [];
        // An event the denial names ("rejected reports of a troop build-up", "said no shot was fired") picks the
        // claims of its type; a bare reference ("rejected that account") answers the nearest sentence with claims.
        var named = Enum.GetValues<IncidentType>().Where(t => t != IncidentType.Statement && lexicon.EventWords(clause.Tokens, 0, t).Count > 0).ToHashSet();
        var reach = named.Count > 0 ? NamedReach : Reach;
        for (var back = si - 1; back >= Math.Max(0, si - reach); back--)
        {
            var sentence = input.Sentences[back];
            if (named.Count == 0 && back < si - 1 && sentence.Paragraph != input.Sentences[si].Paragraph) break;
            var claims = Enumerable.Range(0, before.Count)
                .Where(k => before[k].ExcerptStart >= sentence.Start && before[k].ExcerptEnd <= sentence.End && Claim(before[k], denial) &&
                            !(before[k].Attribution is null && SameTurn(input, si, back) &&
                              SpeakerParties.InFirstPerson(speakerWords, input.Text[before[k].ExcerptStart..before[k].ExcerptEnd])) &&
                            (named.Count == 0 || named.Contains(before[k].Type))).ToList();
            if (claims.Count > 0) return claims;
        }
        return [];
    }

    /// <summary>
    /// The claim's sentence lies in the denial's own speaker turn ("MAJOR GENERAL X: ... our guards detained six men who had
    /// crossed ... They were carrying no weapons"): told with no other source and in the first person, it is the speaker's own account, which the
    /// speaker's own negation does not deny ("The Tajik side says ..." in the turn keeps its source and can be denied)
    /// (status29: a denial is scoped to a claim another voice told).
    /// </summary>
    private bool SameTurn(AnalysisInput input, int si, int claim) =>
        input.Sentences[claim].Paragraph == input.Sentences[si].Paragraph && SpeakerParties.TurnSpeaker(input, si, finder) is not null;

    /// <summary>An event or an accusation, not itself a denial, that the denier did not tell.</summary>
    internal static bool Claim(ExtractedIncident claim, ExtractedIncident denial) =>
        claim.Status is not (IncidentStatus.Denied or IncidentStatus.Planned) &&
        !(claim.Attribution is { } said && denial.Attribution is { } denier && string.Equals(said, denier, StringComparison.OrdinalIgnoreCase));
}
