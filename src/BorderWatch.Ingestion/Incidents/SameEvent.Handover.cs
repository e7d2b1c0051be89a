using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>The handing back of the people of a crossing just told: the same event (precision30).</summary>
internal sealed partial class SameEvent
{
    /// <summary>
    /// "Two Kyrgyz herders were detained after they drove their flock over the line near Karamyk. They were handed back to
    /// the Kyrgyz side two days later.": a passive verb of handing people over (<c>Lexicon/syntax.json</c> handoverVerbs)
    /// whose subject is a pronoun for people already told (handoverSubjects: "they", "he", "both"), after a crossing or a
    /// detention told earlier in the document, ends that event: the side holding them gives them back, no movement of its
    /// own, whatever day or plan it carries ("He will be handed over after an investigation"). A handover told under a
    /// noun ("All nine herders were handed back ...") names its people anew and may be a record of its own; an active one
    /// ("Chinese guards handed back a herder") tells who acted; with no crossing before it, it is the only account.
    /// </summary>
    internal int HandedBack(AnalysisInput input, int si, Clause span, ExtractedIncident incident, ParsedSentence parse, IReadOnlyList<ExtractedIncident> before)
    {
        if (incident.Type != IncidentType.CrossBorderMovement || span.Denial || !HandoverOfTold(parse, span)) return -1;
        var paragraph = input.Sentences[si].Paragraph;
        for (var k = before.Count - 1; k >= 0; k--)
        {
            var e = before[k];
            var at = SentenceAt(input, e.ExcerptStart);
            if (at.Index < si - SentencesBack || at.Paragraph < paragraph - ParagraphsBack) return -1;
            if (e.Type != IncidentType.CrossBorderMovement || e.Status is IncidentStatus.Planned or IncidentStatus.Denied) continue;
            if (e.BorderCode is not null && incident.BorderCode is not null && e.BorderCode != incident.BorderCode) return -1;
            return k;
        }
        return -1;
    }

    // A passive handover verb (or one coordinated with a passive: "have been fined and returned") under a pronoun subject.
    private bool HandoverOfTold(ParsedSentence parse, Clause span)
    {
        foreach (var verb in ClauseSyntax.Within(parse, span.Start, span.End).Where(t => t.Upos == Upos.VERB && IsHandover(t)))
        {
            var owner = verb;
            var args = parse.Dependents(verb.Index).ToList();
            if (!args.Any(d => d.Relation is "aux:pass" or "nsubj:pass") && verb is { BaseRelation: "conj", Head: >= 0 })
            {
                owner = parse.Tokens[verb.Head];
                args = parse.Dependents(owner.Index).ToList();
            }
            if (!args.Any(d => d.Relation is "aux:pass" or "nsubj:pass") && !(owner.Index != verb.Index && parse.Dependents(verb.Index).Any(d => d.Relation == "aux:pass"))) continue;
            if (args.FirstOrDefault(d => d.BaseRelation == "nsubj") is { } subject && syntax.Words.HandoverSubjects.Contains(subject.Form.ToLowerInvariant())) return true;
        }
        return false;
    }

    // The parser's lemma, or WordNet's reading of the form ("handed", "returned").
    private bool IsHandover(ParsedToken verb) =>
        syntax.VerbReadings(verb).Any(syntax.Words.HandoverVerbs.Contains);
}
