using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>The retyping rules about the people a clause names: people handed over, visited in a private capacity,
/// searching as civilians or admitted to a ward (see the class summary in ClauseRetyping.cs).</summary>
internal sealed partial class ClauseRetyping
{
    /// <summary>"All eleven were handed over to the Uzbek side": people handed over cross back, nothing is supplied.</summary>
    private void HandedOverPeople(ParsedSentence parse, Clause span)
    {
        if (ParsedClauseRules.TriggerIn(parse, span) is not { Upos: Upos.VERB } verb || syntax.MaterielTheme(parse, verb)) return;
        if (syntax.Lexicon.WeakTriggers.Any(w => w.Type == IncidentType.ArmsTransfer && w.Phrases.Matches(span.Tokens).Count > 0)) return;
        var themes = parse.Dependents(verb.Index).Where(d => d.Relation is "obj" or "nsubj:pass").ToList();
        // "Let me hand over to my colleague", "I would like to hand over to the finance director": a turn handed on to someone, no theme and no materiel
        // anywhere in the clause: nothing is supplied (precision37).
        if (themes.Count == 0 && !parse.Dependents(verb.Index).Any(d => d.BaseRelation is "obj" or "iobj" or "ccomp" or "xcomp") &&
            parse.Dependents(verb.Index).Any(d => d.BaseRelation == "obl" && parse.Dependents(d.Index).Any(c => c.BaseRelation == "case" && ClauseSyntax.Lemma(c) == "to")) &&
            !ClauseSyntax.Within(parse, span.Start, span.End).Any(n => n.Upos is Upos.NOUN or Upos.PROPN or Upos.NUM && syntax.NounClasses(parse, n).Any(MaterielClasses.Contains)))
        {
            span.Type = null;
            return;
        }
        if (themes.Count == 0 || !themes.All(People)) return;
        span.Type = IncidentType.CrossBorderMovement;
        span.WeakTrigger = false;

        // A number or a pronoun ("All nine", "them") or nouns for people, with no noun for a thing anywhere in the theme
        // ("twenty off-road vehicles" may be parsed with the number as the object).
        bool Person(ParsedToken n) => words.PeopleNouns.Contains(ClauseSyntax.Lemma(n)) || syntax.NounClasses(parse, n).Contains("troops");
        // (What a relative clause on the theme tells is no part of what is handed over: "three herders it had held for a
        // week" are people, precision44.)
        bool People(ParsedToken t) =>
            OwnPhrase(parse, t).Where(n => n.Upos == Upos.NOUN).All(Person) &&
            (t.Upos is Upos.NUM or Upos.DET && BareNumber(parse, t) || (t.Upos == Upos.PRON && ClauseSyntax.Lemma(t) is "they" or "them" or "he" or "him" or "she" or "her") ||
             (t.Upos == Upos.NOUN && Person(t)));
    }

    // The theme's own phrase: its subtree without the relative clauses on it ("herders it had held for a week").
    private static List<ParsedToken> OwnPhrase(ParsedSentence parse, ParsedToken root)
    {
        var result = new List<ParsedToken> { root };
        for (var i = 0; i < result.Count; i++) result.AddRange(parse.Dependents(result[i].Index).Where(d => d.BaseRelation != "acl"));
        return result;
    }

    /// <summary>
    /// "The detained herders' relatives visited them on Sunday", "Their parents met the teachers": a meeting whose subject (its
    /// own, or the one its conjunct shares: "were told and have visited them") is people in a private capacity
    /// (privateVisitors, naming no state, organisation, person or armed group) and whose other side (object or a "with"
    /// phrase) is no party either is no meeting between parties: no incident. ("Relatives of the detained men met Uzbek
    /// border officials" keeps its meeting: a party on the other side; so does "The families met the district governor":
    /// a holder of office, retyping.json officeHolders, mend38.)
    /// </summary>
    private void PrivateVisit(ParsedSentence parse, Clause span)
    {
        if (ParsedClauseRules.TriggerIn(parse, span) is not { Upos: Upos.VERB } verb || syntax.NegatedOrHypothetical(parse, verb)) return;
        ParsedToken? subject = null;
        for (var v = verb; subject is null && v is not null; v = v is { BaseRelation: "conj", Head: >= 0 } ? parse.Tokens[v.Head] : null)
            subject = parse.Dependents(v.Index).FirstOrDefault(d => d.BaseRelation == "nsubj");
        if (subject is not { Upos: Upos.NOUN } || !words.PrivateVisitors.Contains(ClauseSyntax.Lemma(subject))) return;
        // The subject names no party ("the minister's family", "Uzbek families" are left as they are), and the other side is
        // no party (a place it is in, at or on aside).
        if (ParsedClauseRules.Subtree(parse, subject).Any(t => NamedParty(span, t))) return;
        var others = parse.Dependents(verb.Index).Where(d => d.BaseRelation is "obj" or "obl" or "iobj");
        if (others.Any(o => ParsedClauseRules.Subtree(parse, o).Any(t => NamedParty(span, t) || t.Upos == Upos.NOUN && (syntax.NounClasses(parse, t).Contains("troops") || words.OfficeHolders.Contains(ClauseSyntax.Lemma(t)))) &&
                            !(o.BaseRelation == "obl" && ClauseSyntax.CaseOf(parse, o) is "in" or "at" or "on"))) return;
        span.Type = null;
    }

    /// <summary>
    /// "A consul visited the detained man on Friday", "The akim met the herders' families in the village": a meeting verb
    /// whose every object or "with" partner is people in a private capacity (visitedPeople, privateVisitors), naming no
    /// party (a nationality adjective aside: "the detained Uzbek man"), no holder of office and no troops, is a visit to
    /// people, no meeting between parties: no incident (precision40). ("The consul met the deputy governor", "met Taliban
    /// fighters" keep their meetings: an office holder, a named armed group.) Asked of the sentence's meetings after the
    /// type model has filled an empty sentence, so the model does not read the visit again.
    /// </summary>
    internal bool VisitsPrivatePeople(ParsedSentence parse, Clause span)
    {
        if (span.Type != IncidentType.DiplomaticMeeting || ParsedClauseRules.TriggerIn(parse, span) is not { Upos: Upos.VERB } verb || syntax.NegatedOrHypothetical(parse, verb)) return false;
        var others = parse.Dependents(verb.Index).Where(d => d.BaseRelation is "obj" or "iobj" ||
                                                             d.BaseRelation == "obl" && ClauseSyntax.CaseOf(parse, d) is { } c && syntax.Words.PartnerPrepositions.Contains(c)).ToList();
        if (others.Count == 0) return false;
        bool Private(ParsedToken n) => n.Upos == Upos.NOUN && (words.VisitedPeople.Contains(ClauseSyntax.Lemma(n)) || words.PrivateVisitors.Contains(ClauseSyntax.Lemma(n)));
        foreach (var other in others)
        {
            if (!Private(other)) return false;
            if (ParsedClauseRules.Subtree(parse, other).Any(t => t.BaseRelation == "conj" && !Private(t) ||
                                                                NamedParty(span, t) && !(t.BaseRelation is "amod" or "compound" && NationalityOnly(span, t)) ||
                                                                // (A people noun itself may read as troops, "man": only other nouns count.)
                                                                t.Upos == Upos.NOUN && !Private(t) && (syntax.NounClasses(parse, t).Contains("troops") || words.OfficeHolders.Contains(ClauseSyntax.Lemma(t)))))
                return false;
        }
        return true;
    }

    /// <summary>
    /// "The party's political council met on Sunday to discuss the treaty", "The board of the traders' union met in Osh": a
    /// body of one organisation (ownBodies) that meets with no partner (no object, no "with" phrase, no second subject)
    /// and whose words name no state, organisation, person or armed group, no troops and no shared body ("joint",
    /// "bilateral") holds its own meeting, not one between parties: no incident. ("The CSTO's Collective Security Council
    /// meets in Minsk", "The joint council of the two border services met" stay meetings, and so does a body of holders of
    /// office, officeHolders: "The council of defence ministers met in Minsk", mend38.)
    /// </summary>
    private void OwnBodyMeets(ParsedSentence parse, Clause span)
    {
        if (ParsedClauseRules.TriggerIn(parse, span) is not { Upos: Upos.VERB } verb || syntax.NegatedOrHypothetical(parse, verb)) return;
        var deps = parse.Dependents(verb.Index).ToList();
        if (deps.FirstOrDefault(d => d.BaseRelation == "nsubj") is not { Upos: Upos.NOUN } subject || !words.OwnBodies.Contains(ClauseSyntax.Lemma(subject))) return;
        if (deps.Any(d => d.BaseRelation is "obj" or "iobj" || d.BaseRelation == "obl" && ClauseSyntax.CaseOf(parse, d) is { } c && syntax.Words.PartnerPrepositions.Contains(c))) return;
        if (ParsedClauseRules.Subtree(parse, subject).Any(t => NamedParty(span, t) || words.SharedBodyWords.Contains(t.Form.ToLowerInvariant()) ||
                                                              t.Upos == Upos.NOUN && (syntax.NounClasses(parse, t).Contains("troops") || words.OfficeHolders.Contains(ClauseSyntax.Lemma(t))) ||
                                                              t.BaseRelation == "conj")) return;
        span.Type = null;
    }

    /// <summary>
    /// "Volunteers from the village and rescuers are combing the slopes for the missing hunter": a patrol or search whose
    /// every subject (its conjuncts too) is people searching in a private or rescue capacity (civilianSearchers), with no
    /// troops and no holder of office among its words, is no patrol of a party: no incident (precision40). ("Villagers and
    /// border guards searched the gorge" keeps its patrol: troops among the subjects; "Villagers told our reporter that
    /// guards kept the road closed": a verb that reports, the patrol is the guards'.) Asked after the type model, like
    /// <see cref="VisitsPrivatePeople"/>.
    /// </summary>
    internal bool CiviliansSearch(ParsedSentence parse, Clause span)
    {
        if (span.Type != IncidentType.PatrolSurveillance || ParsedClauseRules.TriggerIn(parse, span) is not { Upos: Upos.VERB } verb) return false;
        // ("Villagers told our reporter that guards kept the road closed": the villagers tell the patrol, they do not make it.)
        if (syntax.Read(parse, verb) is var read && (read.Role == PredicateRole.Report || read.IsSpeechAct) ||
            parse.Dependents(verb.Index).Any(d => d.BaseRelation is "ccomp" or "parataxis")) return false;
        if (parse.Dependents(verb.Index).FirstOrDefault(d => d.BaseRelation == "nsubj") is not { Upos: Upos.NOUN } subject) return false;
        var subjects = new List<ParsedToken> { subject };
        subjects.AddRange(parse.Dependents(subject.Index).Where(d => d.BaseRelation == "conj"));
        if (!subjects.All(s => s.Upos == Upos.NOUN && words.CivilianSearchers.Contains(ClauseSyntax.Lemma(s)))) return false;
        return !subjects.SelectMany(s => ParsedClauseRules.Subtree(parse, s)).Any(t =>
            t.Upos == Upos.NOUN && !words.CivilianSearchers.Contains(ClauseSyntax.Lemma(t)) &&
            (syntax.NounClasses(parse, t).Contains("troops") || words.OfficeHolders.Contains(ClauseSyntax.Lemma(t))));
    }

    // A state named only as a word before a noun ("the detained Kyrgyz herders"): their nationality, not a party.
    private static bool NationalityOnly(Clause span, ParsedToken token) =>
        span.SentenceMentions.Where(m => m.Start < token.End && token.Start < m.End).All(m => m.Entry.Kind == EntryKind.State);

    private static bool NamedParty(Clause span, ParsedToken token) =>
        span.SentenceMentions.Any(m => m.Entry.Kind is EntryKind.State or EntryKind.Organization or EntryKind.Person or EntryKind.ArmedGroup &&
                                       m.Start < token.End && token.Start < m.End);

    /// <summary>
    /// "Two wounded guards were admitted to the surgical ward overnight": an agreement read from a verb of admission
    /// (admissionVerbs) whose theme (passive subject or object) is people (people nouns, troops, a number or a pronoun for
    /// them) tells of patients or visitors let in, not a state admitted to a union: no incident. ("Uzbekistan was admitted
    /// to the union as an observer" keeps its agreement.)
    /// </summary>
    private void AdmittedPeople(ParsedSentence parse, Clause span)
    {
        // (The trigger may be the phrase's preposition: "admitted to"; the verb of admission is the clause's.)
        if (ClauseSyntax.Within(parse, span.Start, span.End).FirstOrDefault(t => t.Upos == Upos.VERB && words.AdmissionVerbs.Contains(ClauseSyntax.Lemma(t))) is not { } verb) return;
        // (The nearest passive subject only: the tagger may read a reporting verb before it as a second one, "The hospital
        // confirms that ...".)
        var deps = parse.Dependents(verb.Index).ToList();
        var themes = deps.Where(d => d.Relation == "obj").Concat(deps.Where(d => d.Relation == "nsubj:pass").TakeLast(1)).ToList();
        if (themes.Count == 0) return;
        bool Person(ParsedToken n) => words.PeopleNouns.Contains(ClauseSyntax.Lemma(n)) || syntax.NounClasses(parse, n).Contains("troops");
        if (themes.All(t => t.Upos == Upos.NOUN && Person(t) && !NamedParty(span, t) ||
                            t.Upos is Upos.NUM && BareNumber(parse, t) || t.Upos == Upos.PRON && (words.PeoplePronouns.Contains(ClauseSyntax.Lemma(t)) || words.PeoplePronouns.Contains(t.Form.ToLowerInvariant()))))
            span.Type = null;
    }

    private static readonly HashSet<string> MaterielClasses = ["materiel", "weapon", "projectile"];

    /// <summary>"All nine were handed over": a number standing for people, not one whose noun the parser hung elsewhere
    /// ("handed over thirty off-road vehicles" read with "thirty" as the object).</summary>
    private static bool BareNumber(ParsedSentence parse, ParsedToken number) =>
        number.Index + 1 >= parse.Tokens.Count || parse.Tokens[number.Index + 1] is { Upos: Upos.AUX or Upos.VERB or Upos.PUNCT } ||
        (parse.Tokens[number.Index + 1] is { Upos: Upos.ADP } next && ClauseSyntax.Lemma(next) is "to" or "at" or "in" or "on" or "near" or "of");
}
