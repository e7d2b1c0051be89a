using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// A line not yet settled (precision31): "The Tajik-Kyrgyz border is about 970 km long; roughly a third of it has not been
/// fully agreed", "share a border of some 970 kilometres, and about a tenth of it has still not been demarcated", "Long
/// stretches of it were not agreed when the Soviet Union broke up": an agreement word negated in the passive, with no agent,
/// tells how the line stands, not an act of anyone (no gold record of the dev corpora is a negated agreement). An active
/// negation names who did not agree ("Negotiators have not yet agreed on the last section") and is left to the other rules;
/// so is an agreement told under a denial ("denied that the section had been handed over").
/// </summary>
internal sealed partial class NonIncidents
{
    private bool UnsettledLine(ParsedSentence parse, Clause span)
    {
        if (span.Type != IncidentType.Agreement || ParsedClauseRules.TriggerIn(parse, span) is not { Upos: Upos.VERB } verb) return false;
        var args = parse.Dependents(verb.Index).ToList();
        return ClauseSyntax.Negated(parse, verb) && args.Any(d => d.Relation == "aux:pass") &&
               !args.Any(d => d.BaseRelation == "obl" && ClauseSyntax.CaseOf(parse, d) is { } c && syntax.Words.AgentPrepositions.Contains(c));
    }
}
