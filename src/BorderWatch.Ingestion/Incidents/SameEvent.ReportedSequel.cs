using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>What a source says of the event just told: its cause, its course or its casualties (precision43).</summary>
internal sealed partial class SameEvent
{
    /// <summary>
    /// "The department said the firing began after Tajik workers started building a fence", "Nobody on the Kyrgyz side was
    /// injured, the service said", "A conscript was slightly hurt by a stray bullet, an official told reporters": a clause
    /// whose reported predicate (under a reporting verb, or with a trailing "..., X said") has as its subject the event told
    /// before named again with a definite article ("the firing", "the shooting", "the clash"), or tells only who was hurt
    /// in a fight (syntax.json aftermath: "wounded", "hurt", "killed", with no event of its own as subject), with no date
    /// of its own, no denial, charge or plan and no party the event lacks, tells that event further, whatever type its own
    /// words give it: the index of that event in <paramref name="before"/> (within four sentences and two paragraphs,
    /// statements passed over), or -1. A casualty belongs to a clash; "the clash" to an event of the noun's type.
    /// </summary>
    internal int ReportedSequel(AnalysisInput input, int si, Clause span, ExtractedIncident incident, ParsedSentence parse, IReadOnlyList<ExtractedIncident> before)
    {
        if (before.Count == 0 || HasOwnDate(incident) || span.Denial || span.Blames || span.Declared || span.AnswersEarlier ||
            incident.Status is IncidentStatus.Denied or IncidentStatus.Planned) return -1;
        // ("Another soldier was wounded when the firing resumed": a new round is a new event, mend36.)
        if (span.Tokens.Any(t => occasions.RepetitionWords.Contains(t.Folded))) return -1;
        // ("The service said a driver was wounded, and accused Tajik soldiers of firing first": a clause that also
        // accuses, denies or declares is a statement of its own.)
        if (ClauseSyntax.Within(parse, span.Start, span.End).Any(t => t.Upos == Upos.VERB && syntax.Read(parse, t).IsSpeechAct)) return -1;
        if (ReportedHead(parse, span) is not { } verb) return -1;
        var subject = parse.Dependents(verb.Index).FirstOrDefault(d => d.BaseRelation == "nsubj");
        IReadOnlySet<IncidentType> types;
        if (subject is not null && DefiniteEventTypes(parse, subject) is { Count: > 0 } named) types = named;
        else if (IsAftermath(verb) && !parse.Dependents(verb.Index).Any(d => d.BaseRelation is "obj" or "iobj") && !(subject is not null && IsIndefiniteEvent(parse, subject)) &&
                 // (Only who was hurt: "the guards withdrew and two were wounded" is cut before; a clause with a second
                 // event verb of its own is no casualty line.)
                 !ClauseSyntax.Within(parse, span.Start, span.End).Any(t => t.Upos == Upos.VERB && t != verb && syntax.Read(parse, t).Role == PredicateRole.Event))
            types = CasualtyOf;
        else return -1;
        var paragraph = input.Sentences[si].Paragraph;
        var told = TellingOf(incident, Telling.PartiesOf(span, SpeakerSpan(span)));
        for (var k = before.Count - 1; k >= 0; k--)
        {
            var e = before[k];
            var at = SentenceAt(input, e.ExcerptStart);
            if (at.Index < si - SentencesBack || at.Paragraph < paragraph - ParagraphsBack) return -1;
            if (e.Type == IncidentType.Statement) continue;
            if (!types.Contains(e.Type)) continue;
            if (e.Status is IncidentStatus.Planned or IncidentStatus.Denied) return -1;
            return EventIdentity.TimeFits(e.Date, told.Date, TimeFit.Overlapping) && EventIdentity.PartiesFit(e, told.Parties, PartyFit.NoneNew) ? k : -1;
        }
        return -1;
    }


    private static readonly IReadOnlySet<IncidentType> CasualtyOf = new HashSet<IncidentType> { IncidentType.ArmedClash };

    // The clause's reported predicate: what a reporting verb inside it reports, or its own head when a trailing
    // "..., the service said" hangs on it; null when no verb of the clause reports.
    private ParsedToken? ReportedHead(ParsedSentence parse, Clause span)
    {
        if (ClauseSyntax.HeadOf(parse, span.Start, span.End) is not { } head) return null;
        if (syntax.Read(parse, head).Role == PredicateRole.Report)
            return ClauseSyntax.Reported(parse, head) is { Upos: Upos.VERB or Upos.ADJ } content && ClauseSyntax.Inside(content, span.Start, span.End) ? content : null;
        return parse.Dependents(head.Index).Any(d => d.BaseRelation == "parataxis" && syntax.Read(parse, d).Role == PredicateRole.Report) ? head : null;
    }

    // The types of an event noun with a definite article ("the firing", "this clash"); none for any other subject.
    private IReadOnlySet<IncidentType> DefiniteEventTypes(ParsedSentence parse, ParsedToken subject)
    {
        if (subject.Upos is not (Upos.NOUN or Upos.VERB) || !parse.Dependents(subject.Index).Any(d => d.BaseRelation == "det" && ClauseSyntax.Lemma(d) is "the" or "this" or "that"))
            return new HashSet<IncidentType>();
        return syntax.Lexicon.Classes.NounClasses(ClauseSyntax.Lemma(subject)).Concat(syntax.Lexicon.Classes.NounClasses(subject.Form.ToLowerInvariant()))
            .Select(c => syntax.Lexicon.ClassTypes.TryGetValue(c, out var t) ? t : (IncidentType?)null)
            .OfType<IncidentType>().Where(t => t != IncidentType.Statement).ToHashSet();
    }

    // The speaker's own words are not a party of the event ("a Tajik official told ...").
    private static (int Start, int End)? SpeakerSpan(Clause span) => span.Speaker is { Start: >= 0 } sp ? (sp.Start, sp.End) : null;
}
