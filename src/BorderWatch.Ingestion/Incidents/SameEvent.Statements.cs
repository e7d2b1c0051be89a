using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>What a source says about the people of an event just told: that event told further (prec24).</summary>
internal sealed partial class SameEvent
{
    // How far back the event may lie for a statement about its people: sentences, and paragraphs (wire copy).
    private const int StatementSentencesBack = 2;

    /// <summary>
    /// "Three herders who strayed across the line were handed back on Monday. The men had lost their way in the fog, the
    /// service said.", "The group said they had been looking for work.": a statement (no event word of its own, no denial
    /// or charge) whose reported clause has as its subject, or which has as its private speaker, the people of a field
    /// event told just before (a definite noun for people or troops, or "they", "he", "she"),
    /// with no party and no date of its own, tells that event further: the index of that event in
    /// <paramref name="before"/>, or -1.
    /// </summary>
    internal int StatementAboutParticipants(AnalysisInput input, int si, Clause span, ExtractedIncident incident, ParsedSentence parse, IReadOnlyList<ExtractedIncident> before)
    {
        if (incident.Type != IncidentType.Statement || span.Denial || span.Blames || span.Declared || span.SaysNotHappened || span.AnswersEarlier ||
            incident.Status is IncidentStatus.Denied or IncidentStatus.Planned) return -1;
        var subjects = PeopleSubjects(parse, span).ToList();
        if (subjects.Count == 0) return -1;
        if (EventJustBefore(input, si, before) is not (var k and >= 0)) return -1;
        var e = before[k];
        if (!Continuing.Contains(e.Type) || e.Status == IncidentStatus.Planned) return -1;
        // (A statement about the event's people, not of its type: the time and the parties must fit.)
        var told = TellingOf(incident, Telling.PartiesOf(span));
        return EventIdentity.TimeFits(e.Date, told.Date, TimeFit.Overlapping) && EventIdentity.PartiesFit(e, told.Parties, PartyFit.NoneNew) ? k : -1;
    }

    /// <summary>
    /// The newest event (statements passed over) told at most <see cref="StatementSentencesBack"/> sentences before
    /// sentence <paramref name="si"/> and in its paragraph or the one before: its index in <paramref name="before"/>,
    /// or -1. The event a statement, a finding or a training just after it may tell further.
    /// </summary>
    private static int EventJustBefore(AnalysisInput input, int si, IReadOnlyList<ExtractedIncident> before)
    {
        var paragraph = input.Sentences[si].Paragraph;
        for (var k = before.Count - 1; k >= 0; k--)
        {
            var at = SentenceAt(input, before[k].ExcerptStart);
            if (at.Index < si - StatementSentencesBack || at.Paragraph < paragraph - 1) return -1;
            if (before[k].Type != IncidentType.Statement) return k;
        }
        return -1;
    }

    // The subjects that may point back to an event's people: the reported clause's (a reporting verb's complement, or the
    // main verb a trailing "..., the service said" reports), and a reporting verb's own when no official speaks.
    private IEnumerable<ParsedToken> PeopleSubjects(ParsedSentence parse, Clause span)
    {
        var words = ClauseSyntax.Within(parse, span.Start, span.End).ToList();
        // ("The ministry said the men were safe and asked Astana to ...": a request of its own is a statement of its own.)
        if (words.Any(t => t.Upos == Upos.VERB && syntax.Read(parse, t).IsSpeechAct)) yield break;
        foreach (var verb in words.Where(t => t.Upos == Upos.VERB))
        {
            var reports = syntax.Read(parse, verb).Role == PredicateRole.Report;
            // (Only the main verb, a reporting verb's complement and the verb a trailing "..., the service said" hangs on:
            // not a relative clause's subject.)
            var reported = verb.Head < 0 || (verb.BaseRelation is "ccomp" && syntax.Read(parse, parse.Tokens[verb.Head]).Role == PredicateRole.Report) ||
                           parse.Dependents(verb.Index).Any(d => d.BaseRelation == "parataxis" && d.Upos == Upos.VERB && syntax.Read(parse, d).Role == PredicateRole.Report);
            if (!reports && !reported) continue;
            if (reports && span.Speaker is { Official: true }) continue;
            // (A verb coordinated with another shares its subject: "The men, from a farm ..., lost their way" read as "farm ... lost".)
            var subject = parse.Dependents(verb.Index).FirstOrDefault(d => d.BaseRelation == "nsubj") ??
                          (verb.BaseRelation == "conj" && verb.Head >= 0 ? parse.Dependents(verb.Head).FirstOrDefault(d => d.BaseRelation == "nsubj") : null);
            // (Not a named party: "The Taliban say ..." is the Taliban's word, not their men's.)
            if (subject is not null && PointsToPeople(parse, subject) &&
                !span.SentenceMentions.Any(m => m.Entry.Kind != EntryKind.Place && m.Start < subject.End && subject.Start < m.End)) yield return subject;
        }
    }

    // A pronoun for people ("they", "he", "she": retyping.json peoplePronouns), or a noun for people or troops with a
    // determiner that names again ("the men", "the group, all Uzbek citizens,", "the patrol": backReferenceDeterminers);
    // not a thing ("the road never left their hands" is a word on the road).
    private bool PointsToPeople(ParsedSentence parse, ParsedToken subject) =>
        subject.Upos == Upos.PRON
            ? retypingWords.PeoplePronouns.Contains(ClauseSyntax.Lemma(subject))
            : subject.Upos == Upos.NOUN && parse.Dependents(subject.Index).Any(d => d.BaseRelation == "det" && retypingWords.BackReferenceDeterminers.Contains(ClauseSyntax.Lemma(d))) &&
              (retypingWords.PeopleNouns.Contains(ClauseSyntax.Lemma(subject)) || syntax.NounClasses(parse, subject).Contains("troops"));
}
