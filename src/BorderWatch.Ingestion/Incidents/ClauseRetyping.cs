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
internal sealed partial class ClauseRetyping(ClauseSyntax syntax, RetypingLexicon words)
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
