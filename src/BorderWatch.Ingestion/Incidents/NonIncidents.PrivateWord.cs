using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>A private person's word on how things stand: no incident (prec24).</summary>
internal sealed partial class NonIncidents
{
    /// <summary>
    /// "Shepherds on the Kazakh side say the grass has been poor since August", "The queue reached the bridge, drivers
    /// said": a statement (no event word of its own, no denial, charge, request or warning) whose every reporting verb
    /// has people with no office as its speaker (a noun for people, <c>Lexicon/retyping.json</c> peopleNouns, that names
    /// no party) and reports no act of a party (the reported clause's subject is no state, organisation, person, armed
    /// group or troops) tells how things stand for those people, not an incident. ("Herders say Chinese soldiers came over
    /// the ridge" reports the soldiers' act: typed by it, or kept as a statement; so is an official's word.)
    /// </summary>
    internal bool PrivateWord(ParsedSentence parse, Clause span)
    {
        if (span.Type != IncidentType.Statement || span.Denial || span.Blames || span.Declared || span.Speaker is { Official: true }) return false;
        var verbs = ClauseSyntax.Within(parse, span.Start, span.End).Where(t => t.Upos == Upos.VERB).ToList();
        if (verbs.Any(t => syntax.Read(parse, t).IsSpeechAct)) return false;
        var reports = verbs.Where(t => syntax.Read(parse, t).Role == PredicateRole.Report).ToList();
        if (reports.Count == 0) return false;
        foreach (var report in reports)
        {
            // The speaker: the subject, or the agent of a passive ("our reporter was told by villagers").
            var speaker = parse.Dependents(report.Index).FirstOrDefault(d => d.Relation == "nsubj") ??
                          parse.Dependents(report.Index).FirstOrDefault(d => d.BaseRelation == "obl" && ClauseSyntax.CaseOf(parse, d) is { } c && syntax.Words.AgentPrepositions.Contains(c));
            if (speaker is null || !PrivatePeople(parse, span, speaker)) return false;
            // What is reported: the complement, and the clause a trailing "..., drivers said" hangs on.
            var reported = parse.Dependents(report.Index).Where(d => d.BaseRelation is "ccomp" or "parataxis").ToList();
            if (report.BaseRelation == "parataxis" && report.Head >= 0) reported.Add(parse.Tokens[report.Head]);
            if (reported.Any(r => parse.Dependents(r.Index).FirstOrDefault(d => d.BaseRelation == "nsubj") is { } subject && Party(parse, span, subject))) return false;
        }
        return true;
    }

    private bool PrivatePeople(ParsedSentence parse, Clause span, ParsedToken speaker) =>
        speaker.Upos == Upos.NOUN && retypingWords.PeopleNouns.Contains(ClauseSyntax.Lemma(speaker)) && !NamedAt(span, speaker);

    // A party acts: a named state, organisation, person or armed group, or troops ("Uzbek guards", "the Taliban").
    private bool Party(ParsedSentence parse, Clause span, ParsedToken subject) =>
        subject.Upos is Upos.NOUN or Upos.PROPN &&
        (ParsedClauseRules.Subtree(parse, subject).Where(t => t.Index <= subject.Index).Any(t => NamedAt(span, t)) || syntax.NounClasses(parse, subject).Contains("troops"));

    private static bool NamedAt(Clause span, ParsedToken token) =>
        span.SentenceMentions.Any(m => m.Entry.Kind is EntryKind.State or EntryKind.Organization or EntryKind.Person or EntryKind.ArmedGroup &&
                                       m.Start < token.End && token.Start < m.End);
}
