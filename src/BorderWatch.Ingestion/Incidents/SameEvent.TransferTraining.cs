using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>Training the people who will work equipment just handed over: part of that transfer (precision47).</summary>
internal sealed partial class SameEvent
{
    /// <summary>
    /// "Turkey delivered four patrol boats to the Turkmen border service on Monday. Turkish instructors will train the
    /// boats' crews in the spring.": a clause typed an exercise whose verb is a training verb (<c>Lexicon/retyping.json</c>
    /// trainingVerbs) with as its object people who work equipment (crewNouns: operators, crews, mechanics), told within two
    /// sentences after an arms transfer (not denied), is how that equipment is handed over: the index of the transfer in
    /// <paramref name="before"/>, or -1. ("Turkish instructors will train forty Turkmen border guards", a training of the
    /// guards themselves, and a training with no transfer just before stay exercises.)
    /// </summary>
    internal int TransferTraining(AnalysisInput input, int si, Clause span, ExtractedIncident incident, ParsedSentence parse, IReadOnlyList<ExtractedIncident> before)
    {
        if (incident.Type != IncidentType.Exercise || span.Denial || !TrainsCrews(parse, span)) return -1;
        if (EventJustBefore(input, si, before) is not (var k and >= 0)) return -1;
        return before[k].Type != IncidentType.ArmsTransfer || before[k].Status == IncidentStatus.Denied ? -1 : k;
    }

    // A training verb of the clause with a crew noun as its object ("train operators of the drones", "train the drivers and mechanics").
    private bool TrainsCrews(ParsedSentence parse, Clause span) =>
        ClauseSyntax.Within(parse, span.Start, span.End)
            .Where(t => t.Upos == Upos.VERB && syntax.VerbReadings(t).Any(retypingWords.TrainingVerbs.Contains))
            .Any(verb => parse.Dependents(verb.Index).Any(d => d.BaseRelation == "obj" && d.Upos == Upos.NOUN && retypingWords.CrewNouns.Contains(ClauseSyntax.Lemma(d))));
}
