using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>The way back of the men of an event just told, and the answer in a clash: the same event (prec23).</summary>
internal sealed partial class SameEvent
{
    /// <summary>
    /// "Guards exchanged fire with armed men who tried to cross the river. The group retreated to the Afghan bank.": the
    /// way back of the men of a clash or a crossing just told (a verb of withdrawal without an object, or a verb of theirs
    /// with "back", active), with no date and no party of its own, ends that event: no movement or deployment of its own.
    /// So does the answer in a clash just told ("the guards fired back", "the patrol shot back"): the same exchange.
    /// ("were handed back" is what the side holding them did: not this; "Tajikistan withdrew a company" moves a force.)
    /// A withdrawal without an object (precision30) ends the event also when told in the event's own sentence or in the next
    /// one with its day ("... opened fire, and the group withdrew to the Afghan bank"), under a report ("The NRF said its
    /// fighters had withdrawn"), after the taking of a place its fighters lost, and towards a state named only as where
    /// they went ("withdrew towards Turkmen territory").
    /// </summary>
    internal int WayBack(AnalysisInput input, int si, Clause span, ExtractedIncident incident, ParsedSentence parse, IReadOnlyList<ExtractedIncident> before)
    {
        var answer = incident.Type == IncidentType.ArmedClash;
        if (!(answer || incident.Type is IncidentType.CrossBorderMovement or IncidentType.Deployment) || !GoesBack(parse, span, withdrawal: !answer)) return -1;
        // (precision30: "..., and the group withdrew to the Afghan bank", "The NRF said its fighters had withdrawn", a
        // sentence after the fight for a village: a withdrawal just after the event, reported or dated with it, ends it.)
        var near = !answer && Withdraws(parse, span);
        if ((HasOwnDate(incident) || ReportedBefore(parse, span)) && !near) return -1;
        var paragraph = input.Sentences[si].Paragraph;
        for (var k = before.Count - 1; k >= 0; k--)
        {
            var e = before[k];
            var at = SentenceAt(input, e.ExcerptStart);
            if (at.Index < si - SentencesBack || at.Paragraph < paragraph - 1) return -1;
            var lost = near && e.Type == IncidentType.TerritorialControl;
            if (!(e.Type == IncidentType.ArmedClash || (!answer && e.Type == IncidentType.CrossBorderMovement) || lost) || e.Status == IncidentStatus.Planned) continue;
            if (e.BorderCode is not null && incident.BorderCode is not null && e.BorderCode != incident.BorderCode) return -1;
            if ((HasOwnDate(incident) || ReportedBefore(parse, span)) && !(at.Index >= si - 1 && (at.Index == si || e.Date == incident.Date))) return -1;
            return NamesNewParties(span, e, near ? GoalOf(parse, span) : null) ? -1 : k;
        }
        return -1;
    }

    // A verb of withdrawal (syntax.json withdrawalVerbs) without an object is the clause's predicate, and no path of it
    // crosses anything (crossingPaths prepositions): "fled across the frontier into Turkmenistan" is a crossing of its own.
    // With a return particle it crosses back where it came from ("fled back across the line", precision31): the way home.
    private bool Withdraws(ParsedSentence parse, Clause span)
    {
        var verb = ParsedClauseRules.TriggerIn(parse, span) is { Upos: Upos.VERB } trigger ? trigger : ClauseSyntax.HeadOf(parse, span.Start, span.End);
        if (verb is not { Upos: Upos.VERB }) return false;
        var back = parse.Dependents(verb.Index).Any(d => d.BaseRelation is "advmod" or "compound" && syntax.Words.ReturnParticles.Contains(ClauseSyntax.Lemma(d)));
        return !parse.Dependents(verb.Index).Any(d => d.BaseRelation == "obj" ||
                   !back && d.BaseRelation == "obl" && ClauseSyntax.CaseOf(parse, d) is { } c && syntax.Words.Crossing.Prepositions.Contains(c)) &&
               syntax.VerbReadings(verb).Any(syntax.Words.WithdrawalVerbs.Contains);
    }

    // Where a withdrawal heads ("towards Turkmen territory", "to the Afghan bank": syntax.json withdrawalDirections): the span of those obliques,
    // whose states are the way home, no new party. ("fled across the frontier into Turkmenistan" arrives somewhere: a crossing.)
    private (int Start, int End)? GoalOf(ParsedSentence parse, Clause span)
    {
        if (ParsedClauseRules.TriggerIn(parse, span) is not { Upos: Upos.VERB } verb) return null;
        var obliques = parse.Dependents(verb.Index).Where(d => d.BaseRelation == "obl" && ClauseSyntax.CaseOf(parse, d) is { } c && syntax.Words.WithdrawalDirections.Contains(c))
            .SelectMany(d => ParsedClauseRules.Subtree(parse, d)).ToList();
        return obliques.Count == 0 ? null : (obliques.Min(t => t.Start), obliques.Max(t => t.End));
    }

    // The clause's predicate goes back, active: a verb with a return particle, or (with withdrawal) a withdrawal verb with no object.
    private bool GoesBack(ParsedSentence parse, Clause span, bool withdrawal)
    {
        var verb = ParsedClauseRules.TriggerIn(parse, span) is { Upos: Upos.VERB } trigger ? trigger : ClauseSyntax.HeadOf(parse, span.Start, span.End);
        if (verb is not { Upos: Upos.VERB }) return false;
        var args = parse.Dependents(verb.Index).ToList();
        if (args.Any(d => d.Relation == "aux:pass")) return false;
        // (The parser's lemma, and WordNet's reading of the form: "retreated".)
        var lemmas = syntax.VerbReadings(verb);
        // ("escaped back across": the parser may hang the particle on the noun after it.)
        var next = verb.Index + 1 < parse.Tokens.Count ? parse.Tokens[verb.Index + 1] : null;
        return (withdrawal && lemmas.Any(syntax.Words.WithdrawalVerbs.Contains) && !args.Any(d => d.BaseRelation == "obj")) ||
               args.Append(next).OfType<ParsedToken>().Any(d => d.BaseRelation is "advmod" or "compound" or "case" && syntax.Words.ReturnParticles.Contains(ClauseSyntax.Lemma(d)));
    }
}
