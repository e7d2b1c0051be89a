using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// The same event told twice on one page (precision33; the words in <c>Lexicon/occasions.json</c>):
/// <list type="bullet">
/// <item>a timeline or fact-box line ("14 September - Two Kyrgyz herders are detained on the Kazakh side.") retelling an
/// event the body told: the same type, day, status and border, naming no party the body's record lacks, is that record
/// (the body's excerpt kept);</item>
/// <item>an exercise's participants told apart ("About 150 servicemen, two helicopters and a canine unit took part"):
/// part of the exercise told just before, not a deployment or a delivery of their own.</item>
/// </list>
/// </summary>
internal sealed partial class SameEvent
{
    internal int RetoldInTimeline(AnalysisInput input, int si, Clause span, ExtractedIncident incident, IReadOnlyList<ExtractedIncident> before)
    {
        if (incident.Date.Precision != DatePrecision.Day || !TimelineLine(input.Sentences[si])) return -1;
        var line = input.Sentences[si].Start;
        var told = Telling.Of(incident, Telling.PartiesOf(span));
        for (var k = before.Count - 1; k >= 0; k--)
        {
            var e = before[k];
            if (e.ExcerptStart >= line || OtherPlace(e, incident)) continue;
            if (EventIdentity.Same(e, told, SameEventRule.SameDay with { Place = PlaceFit.Any })) return k;
        }
        return -1;
    }

    // Both placed, at the same precision, at different places of the gazetteer: another event of that day ("19 January -
    // Tajik guards detain two Kyrgyz shepherds near Kok-Tash" beside the body's detention near Ak-Suu; mend33a).
    private static bool OtherPlace(ExtractedIncident a, ExtractedIncident b) =>
        a.PlaceKey is not null && b.PlaceKey is not null && a.LocationPrecision == b.LocationPrecision && a.PlaceKey != b.PlaceKey;

    // The line opens with a day and a timeline mark after it ("14 September - ...", "2 October: ...").
    private bool TimelineLine(Sentence sentence)
    {
        var text = sentence.Text;
        var lead = text.Length - text.TrimStart().Length;
        if (finder.Find(text).FirstOrDefault(e => e.Start == lead) is not { } date) return false;
        var after = text[date.End..].TrimStart();
        return occasions.TimelineMarks.Any(m => after.StartsWith(m, StringComparison.Ordinal));
    }

    internal int ExerciseParticipants(AnalysisInput input, int si, Clause span, ExtractedIncident incident, ParsedSentence parse, IReadOnlyList<ExtractedIncident> before)
    {
        if (incident.Type == IncidentType.Exercise || span.Denial || !TakesPart(parse, span)) return -1;
        var paragraph = input.Sentences[si].Paragraph;
        for (var k = before.Count - 1; k >= 0; k--)
        {
            var e = before[k];
            var at = SentenceAt(input, e.ExcerptStart);
            if (at.Index < si - SentencesBack || at.Paragraph < paragraph - ParagraphsBack) break;
            // (Whatever border the participants' own words suggest: "the Sughd detachment said" is the exercise's source.)
            if (e.Type == IncidentType.Exercise) return k;
        }
        return -1;
    }

    // "About 600 troops are taking part", "Two helicopters took part in it": a verb of taking part (its lemma, or its lemma
    // and its object's) that the event word is, or is the subject of, with nothing new taken part in (an "in" phrase only
    // pointing back: "in the drill", "in it").
    private bool TakesPart(ParsedSentence parse, Clause span)
    {
        if (ParsedClauseRules.TriggerIn(parse, span) is not { } trigger) return false;
        foreach (var verb in ClauseSyntax.Within(parse, span.Start, span.End).Where(t => t.Upos == Upos.VERB))
        {
            var lemma = ClauseSyntax.Lemma(verb);
            var args = parse.Dependents(verb.Index).ToList();
            if (!occasions.Participation.Contains(lemma) &&
                !args.Any(d => d.BaseRelation == "obj" && occasions.Participation.Contains(lemma + " " + ClauseSyntax.Lemma(d)))) continue;
            if (syntax.NegatedOrHypothetical(parse, verb)) continue;
            if (args.Any(d => d.BaseRelation == "obl" && ClauseSyntax.CaseOf(parse, d) == "in" && d.Upos != Upos.PRON &&
                              !parse.Dependents(d.Index).Any(x => x.BaseRelation == "det" && occasions.PointingDeterminers.Contains(ClauseSyntax.Lemma(x))))) continue;
            if (trigger.Index == verb.Index || args.Where(d => d.BaseRelation == "nsubj").Any(d => ParsedClauseRules.Subtree(parse, d).Any(t => t.Index == trigger.Index)))
                return true;
            // (The parser may hang the verb on the first of a list of subjects: "About 150 servicemen, two helicopters and a
            // canine unit took part" reads "took" as a conjunct of "servicemen". An event word before the verb with no verb
            // between them is one of its subjects.)
            if (trigger.Index < verb.Index && !parse.Tokens.Skip(trigger.Index + 1).Take(verb.Index - trigger.Index - 1).Any(t => t.Upos is Upos.VERB or Upos.AUX))
                return true;
        }
        return false;
    }
}
