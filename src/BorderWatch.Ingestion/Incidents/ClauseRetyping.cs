using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Types a clause again from its parse where the surface trigger names a participant or a channel, not the act
/// (words in <c>Lexicon/retyping.json</c>):
/// <list type="bullet">
/// <item>equipment named with no act of supplying ("armoured vehicles and fresh troops arrived at the posts", "observers saw
/// six armoured vehicles near the turn"): the act of a verb of the clause ("arrived": a deployment) types it, else the
/// equipment in place is a deployment; a verb of supplying or showing off keeps the arms transfer;</item>
/// <item>"told the agency by telephone", "reached by telephone": the telephone is how a source's words came, not a
/// call between parties; the clause is the event it reports, else the speaker's statement;</item>
/// <item>"were handed over to the border police at the bridge" with people handed over: a hand-back across the
/// border, not an arms transfer;</item>
/// <item>"the herders' relatives visited them in hospital": a visit or meeting of people in a private capacity with no party
/// on the other side is no meeting between parties; "two wounded guards were admitted to the surgical ward": people
/// admitted join no organisation, no agreement (precision39).</item>
/// </list>
/// </summary>
internal sealed class ClauseRetyping(ClauseSyntax syntax, RetypingLexicon words)
{
    internal List<Clause> Apply(ParsedSentence parse, List<Clause> spans)
    {
        foreach (var span in spans)
        {
            if (span.Type == IncidentType.ArmsTransfer) HandedOverPeople(parse, span);
            if (span.Type == IncidentType.ArmsTransfer && (span.WeakTrigger || InEquipmentName(span))) EquipmentInPlace(parse, span);
            if (span.Type == IncidentType.DiplomaticMeeting) ReachedByTelephone(parse, span);
            if (span.Type == IncidentType.DiplomaticMeeting) PrivateVisit(parse, span);
            if (span.Type == IncidentType.DiplomaticMeeting) OwnBodyMeets(parse, span);
            if (span.Type == IncidentType.Agreement) AdmittedPeople(parse, span);
        }
        spans = spans.Where(s => s.Type is not null).ToList();
        spans = spans.SelectMany(s => MeetingFirst(parse, s)).ToList();
        foreach (var span in spans) FiringOnCrossing(parse, span);
        JoinOutcomes(parse, spans);
        JoinAccusations(spans);
        foreach (var span in spans) Account(parse, span);
        return spans;
    }

    /// <summary>
    /// "met in Osh and agreed to share the lists", "held a meeting, during which the parties agreed to withdraw": a sentence
    /// whose main predicate is the meeting, with what its parties agree to do below it, is the meeting (its outcome told
    /// with it). A document signed below it ("held talks, at the end of which a protocol was signed") is an agreement of
    /// its own: the clause is cut into the meeting and the signing (<see cref="MeetingOutcome"/>). A signing that is the
    /// main predicate ("signed a treaty during a visit") stays the agreement.
    /// </summary>
    private IEnumerable<Clause> MeetingFirst(ParsedSentence parse, Clause span)
    {
        if (span.Type is not { } type || type is IncidentType.DiplomaticMeeting or IncidentType.Statement || span.Denial) return [span];
        if (ClauseSyntax.HeadOf(parse, span.Start, span.End) is not { Upos: Upos.VERB } head || syntax.Read(parse, head) is not { Role: PredicateRole.Event, Type: IncidentType.DiplomaticMeeting }) return [span];
        if (syntax.NegatedOrHypothetical(parse, head) || ParsedClauseRules.TriggerIn(parse, span) is not { } trigger) return [span];
        // The trigger lies below an agreeing verb coordinated with the meeting, or in a clause on the meeting ("during which").
        var agreeing = ParsedClauseRules.Subtree(parse, head).Where(v => v.Index != head.Index && v.Upos == Upos.VERB && v.BaseRelation is "conj" or "acl" or "advcl" &&
                                                                        syntax.Read(parse, v) is { Role: PredicateRole.Event, Type: IncidentType.Agreement });
        if (agreeing.FirstOrDefault(v => ParsedClauseRules.Subtree(parse, v).Any(t => t.Index == trigger.Index)) is not { } outcome) return [span];
        // "met at the pass to agree on snow clearing", "gathered in Osh to sign a protocol": what the meeting was held for is
        // its aim, not an agreement reached or signed (precision29).
        if (MeetingOutcome.Purpose(parse, outcome, syntax.Words.InfinitiveMarkers))
        {
            Retype(span, IncidentType.DiplomaticMeeting, head);
            return [span];
        }
        if (!MeetingOutcome.AgreesToDo(parse, outcome))
        {
            if (MeetingOutcome.Split(parse, span, head, outcome, outcome) is var (meeting, signing)) return [meeting, signing];
            Retype(span, IncidentType.Agreement, outcome);
            return [span];
        }
        Retype(span, IncidentType.DiplomaticMeeting, head);
        return [span];
    }

    /// <summary>
    /// "guards shot at a boat crossing the river", "wounded a herder after his sheep strayed across the line": a crossing
    /// told in a clause below the predicate (a participle on its object, a time or reason clause, "trying to cross")
    /// is the circumstance of the firing the predicate tells: an armed clash.
    /// </summary>
    private void FiringOnCrossing(ParsedSentence parse, Clause span)
    {
        if (span.Type != IncidentType.CrossBorderMovement || span.Denial || ParsedClauseRules.TriggerIn(parse, span) is not { } trigger) return;
        if (ClauseSyntax.HeadOf(parse, span.Start, span.End) is not { Upos: Upos.VERB } head || head.Index == trigger.Index) return;
        if (syntax.Read(parse, head) is not { Role: PredicateRole.Event, Type: IncidentType.ArmedClash } || syntax.NegatedOrHypothetical(parse, head)) return;
        // "soldiers who had fought the Taliban fled across the river": a fight in a relative clause the parser made the
        // predicate describes the people crossing.
        if (parse.Dependents(head.Index).Any(d => d.BaseRelation == "nsubj" && d.Xpos is "WDT" or "WP") ||
            parse.Tokens.Any(t => t.Xpos is "WDT" or "WP" && t.Index < head.Index && t.Index >= head.Index - 3)) return;
        // The path from the trigger up to the predicate passes through a subordinate clause, never a coordinated one.
        var relations = new List<string>();
        for (var t = trigger; t.Head >= 0 && t.Index != head.Index; t = parse.Tokens[t.Head]) relations.Add(t.BaseRelation);
        if (relations.Count == 0 || parse.Tokens.All(t => t.Index != head.Index) || relations.Contains("conj") ||
            !relations.Any(r => r is "acl" or "advcl" or "xcomp")) return;
        if (!ParsedClauseRules.Subtree(parse, head).Any(t => t.Index == trigger.Index)) return;
        Retype(span, IncidentType.ArmedClash, head);
    }

    /// <summary>
    /// "spoke by telephone and agreed to withdraw their men": what the parties of a meeting agree to do, in a clause of its
    /// own with no subject, is the meeting's outcome, whatever act it names.
    /// </summary>
    private void JoinOutcomes(ParsedSentence parse, List<Clause> spans)
    {
        for (var k = spans.Count - 1; k >= 1; k--)
        {
            var (meeting, clause) = (spans[k - 1], spans[k]);
            if (meeting.Type != IncidentType.DiplomaticMeeting || clause.Type is null or IncidentType.Statement || clause.Tokens is not [{ Folded: "and" }, _, ..]) continue;
            if (ClauseSyntax.HeadOf(parse, clause.Start, clause.End) is not { Upos: Upos.VERB } head ||
                syntax.Read(parse, head) is not { Role: PredicateRole.Event, Type: IncidentType.Agreement } ||
                parse.Dependents(head.Index).Any(d => d.BaseRelation is "nsubj" or "expl" && ClauseSyntax.Inside(d, clause.Start, clause.End)) ||
                !MeetingOutcome.AgreesToDo(parse, head)) continue;
            ClauseSplitter.Append(meeting, clause);
            spans.RemoveAt(k);
        }
    }

    /// <summary>
    /// "accused Tajik troops of starting the shooting ... and of bringing mortars to the area": a second charge ("and of",
    /// "and for" + what was done) has no predicate of its own; it is part of the accusation before it.
    /// </summary>
    private static void JoinAccusations(List<Clause> spans)
    {
        for (var k = spans.Count - 1; k >= 1; k--)
            if (spans[k - 1] is { Type: IncidentType.Statement } accusation && spans[k].Tokens is [{ Folded: "and" or "or" }, { Folded: "of" or "for" }, ..])
            {
                ClauseSplitter.Append(accusation, spans[k]);
                spans.RemoveAt(k);
            }
    }

    /// <summary>
    /// "Police said the shooting was a quarrel between herders", "customs said the closure was for repairs": a report
    /// whose content says what an event was (a copula with the event word as its subject or predicate) is the source's
    /// account of it, a statement, not the event told again.
    /// </summary>
    private void Account(ParsedSentence parse, Clause span)
    {
        if (span.Type is null or IncidentType.Statement || span.Denial || span.Speaker is null) return;
        if (ParsedClauseRules.TriggerIn(parse, span) is not { Upos: Upos.NOUN } trigger) return;
        var predicate = parse.Dependents(trigger.Index).Any(d => d.Relation == "cop") ? trigger
            : trigger.BaseRelation == "nsubj" && trigger.Head >= 0 && parse.Dependents(trigger.Head).Any(d => d.Relation == "cop") ? parse.Tokens[trigger.Head]
            : null;
        if (predicate is null || predicate.BaseRelation != "ccomp" || predicate.Head < 0 || predicate.Upos is not (Upos.NOUN or Upos.ADJ)) return;
        // "said the shooting was near the bridge" places the event; it says nothing of what it was.
        if (ClauseSyntax.CaseOf(parse, predicate) is { } place && (words.PlacePrepositions.Contains(place) || place is "in" or "on")) return;
        var report = parse.Tokens[predicate.Head];
        if (syntax.Read(parse, report).Role != PredicateRole.Report || !ClauseSyntax.Inside(report, span.Start, span.End)) return;
        Retype(span, IncidentType.Statement, report);
    }

    /// <summary>A clause typed by equipment alone: the act of its verbs, else the equipment in place (a deployment).</summary>
    private void EquipmentInPlace(ParsedSentence parse, Clause span)
    {
        var verbs = Verbs(parse, span);
        // A verb of supplying or showing off is the act: it becomes the trigger (no longer a weak one).
        if (verbs.FirstOrDefault(v => words.DisplayVerbs.Contains(ClauseSyntax.Lemma(v)) || syntax.EventOf(parse, v) is { Type: IncidentType.ArmsTransfer }) is { } act)
        { Retype(span, IncidentType.ArmsTransfer, act); return; }
        if (OtherEvent(parse, span, verbs, IncidentType.ArmsTransfer) is { } other) { Retype(span, other.Type!.Value, other.Head); return; }
        // "six armoured vehicles of the border service near the Ak-Sai turn": equipment at a place.
        if (span.Mentions.Any(m => m.Place is not null) || syntax.Lexicon.BorderWords.Matches(span.Tokens).Count > 0 || Locative(parse, span))
            span.Type = IncidentType.Deployment;
    }

    /// <summary>The trigger is a word of the name of a piece of equipment ("armoured" read as the verb "armour").</summary>
    private bool InEquipmentName(Clause span) =>
        syntax.Lexicon.WeakTriggers.Where(w => w.Type == IncidentType.ArmsTransfer)
            .Any(w => w.Phrases.Matches(span.Tokens).Any(m => m.First <= span.TriggerToken && span.TriggerToken <= m.Last));

    /// <summary>A place the clause puts something at ("at the posts", "towards the river", "in the Sokh area").</summary>
    private bool Locative(ParsedSentence parse, Clause span) =>
        ClauseSyntax.Within(parse, span.Start, span.End).Any(t => t.BaseRelation is "obl" or "nmod" && ClauseSyntax.CaseOf(parse, t) is { } c &&
            (words.PlacePrepositions.Contains(c) ||
             c == "in" && syntax.Lexicon.ClassNeedPlace.Any(n => n.Phrases.Matches(BorderWatch.Ingestion.Recognition.NameNormalizer.Tokenize(t.Form)).Count > 0)));

    /// <summary>"told Tulpar by telephone", "reached by telephone": the channel of a report is no meeting.</summary>
    private void ReachedByTelephone(ParsedSentence parse, Clause span)
    {
        if (ParsedClauseRules.TriggerIn(parse, span) is not { } trigger) return;
        var channel = words.ChannelNouns.Contains(ClauseSyntax.Lemma(trigger)) ? trigger
            : ClauseSyntax.Lemma(trigger) == "by" && trigger.Head >= 0 && words.ChannelNouns.Contains(ClauseSyntax.Lemma(parse.Tokens[trigger.Head])) ? parse.Tokens[trigger.Head]
            : null;
        if (channel is null || channel.Head < 0 || parse.Tokens[channel.Head] is not { Upos: Upos.VERB } verb) return;
        if (syntax.Read(parse, verb).Role != PredicateRole.Report && !words.ContactVerbs.Contains(ClauseSyntax.Lemma(verb))) return;
        if (OtherEvent(parse, span, Verbs(parse, span), IncidentType.DiplomaticMeeting) is { } other) Retype(span, other.Type!.Value, other.Head);
        // "moved a company and two armoured vehicles to the area, an official told the agency by telephone": the equipment.
        else if (syntax.Lexicon.WeakTriggers.Where(w => w.Type == IncidentType.ArmsTransfer).SelectMany(w => w.Phrases.Matches(span.Tokens)).FirstOrDefault() is { Pattern: not null } thing)
        {
            span.Type = IncidentType.ArmsTransfer;
            span.TriggerToken = thing.First;
            span.WeakTrigger = true;
            EquipmentInPlace(parse, span);
        }
        else if (span.Speaker is not null) Retype(span, IncidentType.Statement, verb);
        else span.Type = null;
    }

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
        bool People(ParsedToken t) =>
            ParsedClauseRules.Subtree(parse, t).Where(n => n.Upos == Upos.NOUN).All(Person) &&
            (t.Upos is Upos.NUM or Upos.DET && BareNumber(parse, t) || (t.Upos == Upos.PRON && ClauseSyntax.Lemma(t) is "they" or "them" or "he" or "him" or "she" or "her") ||
             (t.Upos == Upos.NOUN && Person(t)));
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

    /// <summary>The clause's verbs, its predicate first.</summary>
    private static List<ParsedToken> Verbs(ParsedSentence parse, Clause span)
    {
        var head = ClauseSyntax.HeadOf(parse, span.Start, span.End);
        return ClauseSyntax.Within(parse, span.Start, span.End).Where(t => t.Upos == Upos.VERB)
            .OrderBy(t => head is not null && t.Index == head.Index ? 0 : 1).ThenBy(t => t.Index).ToList();
    }

    /// <summary>The first verb of the clause whose act is an event of another type than <paramref name="except"/>.</summary>
    private ClausePredicate? OtherEvent(ParsedSentence parse, Clause span, List<ParsedToken> verbs, IncidentType except)
    {
        foreach (var v in verbs)
            if (syntax.EventOf(parse, v) is { Type: { } type } ev && type != except && type != IncidentType.Statement &&
                ClauseSyntax.Inside(ev.Head, span.Start, span.End) && !syntax.NegatedOrHypothetical(parse, ev.Head) &&
                syntax.Licensed(type, span.Tokens, span.Mentions, parse, ev.Head))
                return ev;
        return null;
    }

    private static void Retype(Clause span, IncidentType type, ParsedToken head)
    {
        span.Type = type;
        span.WeakTrigger = false;
        if (span.Tokens.FindIndex(t => t.Start == head.Start) is var at and >= 0) span.TriggerToken = at;
    }
}
