using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>A patrol that comes upon the people or the vehicle of an event just told: that event told further (precision47).</summary>
internal sealed partial class SameEvent
{
    /// <summary>
    /// "Two Afghan men rowed a rubber boat across the Panj near Shuroobod on Friday night. A Tajik patrol spotted the boat
    /// at dawn.", "An Uzbek lorry drove past the barrier ... The lorry was stopped two kilometres in.": a clause typed
    /// patrolling whose verb is a finding verb (<c>Lexicon/retyping.json</c> findingVerbs) with as its theme (object or
    /// passive subject) a noun named again (a back-reference determiner: "the boat", "these men") that the event told in
    /// the two sentences before (a crossing, a clash, a capture or a deployment, not planned, not denied) names, with no
    /// date of its own and no party that event lacks, is how that event was found: the index of that event in
    /// <paramref name="before"/>, or -1. ("A patrol found two smugglers", "the patrol found a second boat": people or
    /// things not named before, a patrol of its own.)
    /// </summary>
    internal int FoundParticipants(AnalysisInput input, int si, Clause span, ExtractedIncident incident, ParsedSentence parse, IReadOnlyList<ExtractedIncident> before)
    {
        if (incident.Type != IncidentType.PatrolSurveillance || span.Denial || incident.Status is IncidentStatus.Planned or IncidentStatus.Denied || HasOwnDate(incident)) return -1;
        var themes = FoundThemes(parse, span).ToList();
        if (themes.Count == 0) return -1;
        if (EventJustBefore(input, si, before) is not (var k and >= 0)) return -1;
        var e = before[k];
        if (!Continuing.Contains(e.Type) || e.Type == IncidentType.PatrolSurveillance || e.Status is IncidentStatus.Planned or IncidentStatus.Denied) return -1;
        if (!themes.Any(t => Names(input, e, t.Form) || Names(input, e, ClauseSyntax.Lemma(t)))) return -1;
        var told = TellingOf(incident, Telling.PartiesOf(span));
        return EventIdentity.TimeFits(e.Date, told.Date, TimeFit.Overlapping) && EventIdentity.PartiesFit(e, told.Parties, PartyFit.NoneNew) ? k : -1;
    }

    // The themes of the clause's finding verbs that name again: "found the vehicle", "the boat was spotted".
    private IEnumerable<ParsedToken> FoundThemes(ParsedSentence parse, Clause span)
    {
        foreach (var verb in ClauseSyntax.Within(parse, span.Start, span.End).Where(t => t.Upos == Upos.VERB && syntax.VerbReadings(t).Any(retypingWords.FindingVerbs.Contains)))
            foreach (var theme in parse.Dependents(verb.Index).Where(d => d.Relation is "obj" or "nsubj:pass" && d.Upos == Upos.NOUN))
                if (parse.Dependents(theme.Index).Any(d => d.BaseRelation == "det" && retypingWords.BackReferenceDeterminers.Contains(ClauseSyntax.Lemma(d))))
                    yield return theme;
    }
}
