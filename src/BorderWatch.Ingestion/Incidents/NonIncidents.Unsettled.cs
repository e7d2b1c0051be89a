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
        // ("was not signed until Friday": signed on Friday, mend31.)
        return ClauseSyntax.Negated(parse, verb) && AgentlessPassive(parse, verb) is not null &&
               !parse.Dependents(verb.Index).Any(d => d.BaseRelation is "obl" or "advcl" && ParsedClauseRules.Subtree(parse, d).MinBy(t => t.Start) is { } first &&
                                                       syntax.Words.NegationEnds.Contains(first.Form.ToLowerInvariant()));
    }

    /// <summary>
    /// The passive's "be" of a verb with no agent said (no "by" phrase): "has not been fully agreed", "are asked to wait".
    /// (The parser may take the passive's "be" for a plain auxiliary.) One check for <see cref="UnsettledLine"/> and
    /// <see cref="Notice"/> (mend31, review31 item 4).
    /// </summary>
    private ParsedToken? AgentlessPassive(ParsedSentence parse, ParsedToken head)
    {
        var deps = parse.Dependents(head.Index).ToList();
        var passive = deps.FirstOrDefault(d => d.Relation == "aux:pass") ?? (head.Xpos == "VBN" ? deps.LastOrDefault(d => d.BaseRelation == "aux" && ClauseSyntax.Lemma(d) == "be") : null);
        return passive is null || deps.Any(d => d.BaseRelation == "obl:agent" || d.BaseRelation == "obl" && ClauseSyntax.CaseOf(parse, d) is { } c && syntax.Words.AgentPrepositions.Contains(c)) ? null : passive;
    }
}
