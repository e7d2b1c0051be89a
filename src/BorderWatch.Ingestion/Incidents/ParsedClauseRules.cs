using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Checks the clauses the surface classifier found against the sentence's dependency parse:
/// <list type="bullet">
/// <item>a clause without a predicate of its own (no verb, no auxiliary) beside other clauses is a fragment: no incident;</item>
/// <item>a bare attribution ("..., the agency reported") whose reported clause lies outside it is the source of that
/// clause, not a statement of its own (a clause that denies never is: the denial is a statement of its own);</item>
/// <item>"X said (that) Y happened": a statement whose reporting verb governs an event clause is that event;</item>
/// <item>"X accused Y of Z", "X denied Z": an event clause whose predicate accuses or denies is a statement;</item>
/// <item>a sentence the classifier found nothing in is read from its predicate: an event predicate by its lemma's
/// WordNet class (or its object's, after a light verb: "launched an assault"), reports followed to what they report.</item>
/// </list>
/// </summary>
/// <param name="sceneFrames">The scene frames (the detector's <see cref="DetectorLexicons"/>); null: a copy of the embedded file of its own.</param>
internal sealed partial class ParsedClauseRules(ClauseSyntax syntax, SceneFrameLexicon? sceneFrames = null)
{
    private readonly SceneFrames scenes = new(syntax, sceneFrames ?? SceneFrameLexicon.LoadEmbedded());
    private readonly GenericClauses generic = new(syntax);
    private readonly ReportedSpeechActs reportedActs = new(syntax);

    internal List<Clause> Apply(ParsedSentence parse, List<Clause> spans)
    {
        var kept = new List<Clause>();
        foreach (var span in spans)
        {
            // "and the two posts nearby": no verb and no event word; an event noun ("in a phone call on Tuesday") stays.
            if (spans.Count > 1 && !ClauseSyntax.HasPredicate(parse, span.Start, span.End) && syntax.Lexicon.EventWords(span.Tokens).Count == 0) continue;
            if (ClauseSyntax.HeadOf(parse, span.Start, span.End) is not { } head) { kept.Add(span); continue; }
            // "..., since they returned to power in August 2021": a clause of its own that sets the background of the
            // sentence is no incident. (An event word inside such a clause that typed the whole sentence stays: the
            // older corpora record those.)
            if (Background(parse).Any(b => b.Start <= head.Start && head.End <= b.End && head.Start >= span.Start && b.Start >= span.Start))
                continue;
            // "Kyrgyz guards patrol the ridge twice a day": a habit is no incident ("now patrol ... twice a month" is a new
            // arrangement, "will patrol ... twice a week" a plan: both stay).
            if (generic.Habitual(parse, span)) continue;
            var read = syntax.Read(parse, head);
            // "The border troops did not answer our request for comment": what a party did not do is no statement.
            if (span.Type == IncidentType.Statement && !span.Denial && read.Role == PredicateRole.None && NotDone(parse, head)) continue;
            if (span.Type == IncidentType.Statement && read.Role == PredicateRole.Report)
            {
                var content = ClauseSyntax.Reported(parse, head);
                // "..., the Iranian news agency IRNA reported.": the words reported stand in another clause (or in a line
                // the sentence lost); the reporter is their source, not a statement of its own. A clause that denies is
                // never a bare attribution, whatever the parse makes its head: in "Turkmenistan's Ashgabat-based
                // interior ministry denied reports that ..." the parser may read "ministry denied" as a relative clause
                // and "reports" as the verb, but the denial is a statement of its own beside the claim it rejects.
                if (!span.Denial &&
                    ((content is null && head.End >= span.Tokens[^1].End) ||
                     (content is not null && !ClauseSyntax.Inside(content, span.Start, span.End))))
                    continue;
                else if (!span.Denial && !span.Blames && syntax.EventOf(parse, head) is { Type: { } reportedType } ev && !syntax.NegatedOrHypothetical(parse, ev.Head) &&
                         reportedActs.Holding(parse, head, ev.Head) is null &&
                         syntax.Licensed(reportedType, span.Tokens, span.Mentions, parse, ev.Head))
                {
                    span.Type = reportedType;
                    span.TriggerToken = span.Tokens.FindIndex(t => t.Start == ev.Head.Start);
                }
                // "The border troops said no crossing had taken place", "says its soldiers never left": a report that its
                // event did not happen is a denial, a statement of its own.
                else if (!span.Denial && (syntax.EventOf(parse, head) is { Type: { } saidNot } notDone && saidNot != IncidentType.Statement &&
                                          ClauseSyntax.Inside(notDone.Head, span.Start, span.End) &&
                                          (ClauseSyntax.Negated(parse, notDone.Head) || ClauseSyntax.NegatedArgument(parse, notDone.Head) || NegatedNoun(parse, notDone.Head)) ||
                                          NegatedEventNoun(parse, content, span)))
                {
                    span.Denial = true;
                    span.SaysNotHappened = true;
                }
                // "said two drivers had threatened inspectors before racing their lorry back over the line": the act in an
                // adverbial clause of a reported threat or warning is an event of its own, told beside the threat
                // (ReportedSpeechActs keeps it out of the statement) (model36).
                else if (!span.Denial && !span.Blames && content is not null && syntax.Read(parse, content).Role == PredicateRole.Statement &&
                         AdverbialAct(parse, content, span) is { } act)
                {
                    span.Type = syntax.Read(parse, act).Type;
                    span.TriggerToken = span.Tokens.FindIndex(t => t.Start == act.Start);
                }
            }
            // "Russia is moving two squadrons to Ayni, a military source said": the report stands after the event it reports
            // and hangs below its predicate (the parser makes it a parataxis, an adverbial, a relative clause or a complement); the clause
            // is the event, the reporter its source.
            else if (span.Type == IncidentType.Statement && !span.Denial && !span.Blames && read is { Role: PredicateRole.Event, Type: { } told } && told != IncidentType.Statement &&
                     parse.Dependents(head.Index).Any(d => d.Index > head.Index && d.BaseRelation is "parataxis" or "advcl" or "acl" or "xcomp" or "conj" &&
                                                           syntax.Read(parse, d).Role == PredicateRole.Report) &&
                     !syntax.NegatedOrHypothetical(parse, head) && syntax.Licensed(told, span.Tokens, span.Mentions, parse, head))
            {
                span.Type = told;
                span.TriggerToken = span.Tokens.FindIndex(t => t.Start == head.Start);
            }
            else if (span.Type is { } type && type != IncidentType.Statement && read.Role is PredicateRole.Accusation or PredicateRole.Denial)
            {
                span.Type = IncidentType.Statement;
                span.Denial |= read.Role == PredicateRole.Denial;
                span.TriggerToken = span.Tokens.FindIndex(t => t.Start == head.Start);
            }
            // "The commander warned that gangs had started smuggling arms": a warning about an event is a statement (the
            // event is the warning's content, not a report of it).
            else if (span.Type is { } warned && warned != IncidentType.Statement && read.Role == PredicateRole.Statement &&
                     ClauseSyntax.Reported(parse, head) is { } content && content.Index != head.Index && TriggerIn(parse, span) is { } t0 &&
                     Subtree(parse, content).Contains(t0))
            {
                span.Type = IncidentType.Statement;
                span.TriggerToken = span.Tokens.FindIndex(t => t.Start == head.Start);
            }
            // "The ministry said it had asked Tashkent to return the herders", "told parliament that smuggling had doubled": a
            // report of a request, a warning, an offer or a trend is a statement (status33, ReportedSpeechActs).
            else if (span.Type is { } asked && asked != IncidentType.Statement && !span.Denial && TriggerIn(parse, span) is { } t1 &&
                     reportedActs.Holding(parse, head, t1) is { } speechAct && ClauseSyntax.Inside(speechAct, span.Start, span.End))
            {
                span.Type = IncidentType.Statement;
                span.TriggerToken = span.Tokens.FindIndex(t => t.Start == speechAct.Start);
            }
            // "Tajik drones kept watch over the valley", "gunmen opened up on a patrol vehicle", "a patrol was shot at": a noun
            // below the clause's predicate names a participant, a thing or a place, not the event; the predicate does, when
            // its class types an event of another type.
            else if (span.Type is { } named && named != IncidentType.Statement && TriggerIn(parse, span) is { Upos: Upos.NOUN } word && word.Index != head.Index &&
                     Subtree(parse, head).Any(t => t.Index == word.Index) &&
                     syntax.EventOf(parse, head) is { Type: { } predicated } act && predicated != named && predicated != IncidentType.Statement &&
                     !syntax.NegatedOrHypothetical(parse, act.Head) && ClauseSyntax.Inside(act.Head, span.Start, span.End) &&
                     syntax.Licensed(predicated, span.Tokens, span.Mentions, parse, act.Head))
            {
                span.Type = predicated;
                span.TriggerToken = span.Tokens.FindIndex(t => t.Start == act.Head.Start);
            }
            // "Not a single soldier crossed the line", "there are no foreign troops stationed there": an event whose
            // agent or theme is negated is said not to have happened: a denial, a statement.
            if (span.Type is { } denied && denied != IncidentType.Statement && TriggerIn(parse, span) is { } trigger &&
                (ClauseSyntax.NegatedArgument(parse, trigger) || NegatedNoun(parse, trigger)))
            {

                span.Type = IncidentType.Statement;
                span.Denial = true;
                span.SaysNotHappened = true;
            }
            kept.Add(span);
        }
        return kept;
    }

    /// <summary>
    /// "A fighter was killed, said X, who accused the Turkmen side of shooting at men ...": a relative clause whose
    /// predicate accuses or denies is a statement of its own beside the sentence's event.
    /// </summary>
    internal List<Clause> RelativeAccusations(ParsedSentence parse, List<Clause> spans, Sentence sentence, List<Token> allTokens, IReadOnlyList<EntityMention> allMentions)
    {
        foreach (var t in parse.Tokens.Where(t => t.Relation == "acl:relcl" && t.Upos == Upos.VERB))
        {
            var read = syntax.Read(parse, t);
            if (read.Role is not (PredicateRole.Accusation or PredicateRole.Denial)) continue;
            var subtree = Subtree(parse, t);
            var start = subtree.Where(x => x.Upos != Upos.PUNCT).Min(x => x.Start);
            var end = subtree.Where(x => x.Upos != Upos.PUNCT).Max(x => x.End);
            if (spans.Any(s => s.Type == IncidentType.Statement && s.Start <= t.Start && s.End >= t.End)) continue;
            var tokens = Slice(allTokens, start, end);
            var sentenceTokens = Slice(allTokens, sentence.Start, sentence.End);
            if (tokens.Count == 0) continue;
            var statement = new Clause
            {
                Start = start, End = end, Tokens = tokens, Mentions = MentionsIn(allMentions, start, end), SentenceFirstToken = -1,
                ExcerptStart = start, SentenceTokens = sentenceTokens, SentenceMentions = MentionsIn(allMentions, sentence.Start, sentence.End),
                Type = IncidentType.Statement, TriggerToken = tokens.FindIndex(x => x.Start == t.Start), Denial = read.Role == PredicateRole.Denial,
            };
            foreach (var s in spans.Where(s => s.Start < start && s.End >= t.End))
            {
                s.Tokens.RemoveAll(x => x.Start >= start);
                s.Mentions.RemoveAll(m => m.Start >= start);
                s.End = s.Tokens.Count > 0 ? s.Tokens[^1].End : start;
            }
            spans.Add(statement);
        }
        return spans.OrderBy(s => s.Start).ToList();
    }

    /// <summary>"did not answer", "has not commented", "could not be reached": an act negated in the past or present, not a
    /// commitment ("will not allow").</summary>
    internal static bool NotDone(ParsedSentence parse, ParsedToken head) =>
        head.Upos == Upos.VERB && parse.Dependents(head.Index).Any(d => d.BaseRelation == "advmod" && ClauseSyntax.Lemma(d) is "not" or "never" or "n't") &&
        parse.Dependents(head.Index).Any(d => d.Relation == "aux" && (ClauseSyntax.Lemma(d) is "do" or "have" ||
                                                                     // "could not be reached": nobody got hold of them
                                                                     ClauseSyntax.Lemma(d) is "can" or "could" && parse.Dependents(head.Index).Any(x => x.Relation == "aux:pass")));

    /// <summary>"said that no crossing had taken place": the reported clause holds an event noun negated by "no".</summary>
    private bool NegatedEventNoun(ParsedSentence parse, ParsedToken? content, Clause span) =>
        content is not null && Subtree(parse, content).Any(t => NegatedNoun(parse, t) && ClauseSyntax.Inside(t, span.Start, span.End) &&
            span.Tokens.FindIndex(x => x.Start == t.Start) is var k && k >= 0 &&
            syntax.Lexicon.EventWords(span.Tokens.GetRange(k, 1)).Count > 0);

    /// <summary>"No weapons were used": an event noun that is itself negated by "no".</summary>
    internal static bool NegatedNoun(ParsedSentence parse, ParsedToken trigger) =>
        trigger.Upos == Upos.NOUN && parse.Dependents(trigger.Index).Any(d => d.BaseRelation == "det" && ClauseSyntax.Lemma(d) == "no");

    /// <summary>"is due to receive", "are set to meet": the verb a copular schedule word (syntax.json scheduleWords) governs.</summary>
    private IEnumerable<ParsedToken> Scheduled(ParsedSentence parse, ParsedToken root) =>
        root.Upos is Upos.ADJ or Upos.VERB && syntax.Words.ScheduleWords.Contains(ClauseSyntax.Lemma(root)) &&
        parse.Dependents(root.Index).Any(d => d.BaseRelation is "cop" or "aux:pass" or "aux")
            ? parse.Dependents(root.Index).Where(d => d.BaseRelation == "xcomp" && d.Upos == Upos.VERB)
            : [];

    /// <summary>The parsed token of a clause's trigger.</summary>
    internal static ParsedToken? TriggerIn(ParsedSentence parse, Clause span) =>
        span.TriggerToken >= 0 && span.TriggerToken < span.Tokens.Count && parse.Tokens.FirstOrDefault(t => t.Start == span.Tokens[span.TriggerToken].Start) is { } t ? t : null;

    /// <summary>The spans of subordinate clauses under a background word ("since the two states signed ...").</summary>
    internal IEnumerable<(int Start, int End)> Background(ParsedSentence parse) =>
        parse.Tokens.Where(t => t.BaseRelation == "advcl" && (parse.Dependents(t.Index).Any(d => d.BaseRelation == "mark" && syntax.Words.BackgroundMarks.Contains(ClauseSyntax.Lemma(d))) ||
                                                             Recollection(parse, t)))
            .Select(t => Subtree(parse, t)).Select(x => (x.Min(y => y.Start), x.Max(y => y.End)));

    /// <summary>
    /// "When I was in Dushanbe for a conference, officers told me ...": a time clause about the speaker's own doings (its
    /// subject "I" or "we") sets the scene of what they were told; it is no incident.
    /// </summary>
    private static bool Recollection(ParsedSentence parse, ParsedToken clause) =>
        parse.Dependents(clause.Index).Any(d => d.BaseRelation is "mark" or "advmod" && ClauseSyntax.Lemma(d) is "when" or "while") &&
        parse.Dependents(clause.Index).Any(d => d.BaseRelation == "nsubj" && d.Upos == Upos.PRON && ClauseSyntax.Lemma(d) is "i" or "we");

    internal static List<ParsedToken> Subtree(ParsedSentence parse, ParsedToken root)
    {
        var result = new List<ParsedToken> { root };
        for (var i = 0; i < result.Count; i++) result.AddRange(parse.Dependents(result[i].Index));
        return result;
    }

    /// <summary>
    /// "One officer was wounded", "The shooting stopped at dawn": a clause whose predicate tells what happened to people
    /// in a fight, with no new event as its subject, elaborates the clash before it.
    /// </summary>
    internal bool Elaborates(ParsedSentence parse, Clause span)
    {
        if (span.Type != IncidentType.ArmedClash || ClauseSyntax.HeadOf(parse, span.Start, span.End) is not { } head) return false;
        // "One officer was wounded, the service said": what is reported.
        if (syntax.Read(parse, head).Role == PredicateRole.Report && ClauseSyntax.Reported(parse, head) is { } content && ClauseSyntax.Inside(content, span.Start, span.End))
            head = content;
        if (syntax.Read(parse, head).Role != PredicateRole.Aftermath) return false;
        // "Clashes near Vorukh in April killed 50 people" reports a clash of its own; "the fighting killed three" points back.
        return !parse.Dependents(head.Index).Any(d => d.Relation == "nsubj" && syntax.Read(parse, d).Role == PredicateRole.Event &&
                                                      !parse.Dependents(d.Index).Any(x => x.BaseRelation == "det" && ClauseSyntax.Lemma(x) is "the" or "this" or "that"));
    }

    /// <summary>
    /// "Donors should fund legal aid for people detained for crossing", "The states of the region must act": the main verb
    /// carries a modal of obligation (syntax.json obligationModals) and no verb of the sentence reports: the writer's
    /// recommendation, no incident. ("The ministry said Kabul must withdraw ..." is the ministry's statement; "Drivers
    /// must now show their passports" tells a rule newly in force, syntax.json inForceAdverbs: no recommendation.)
    /// </summary>
    internal bool Recommends(ParsedSentence parse) =>
        parse.Root is { Upos: Upos.VERB or Upos.AUX or Upos.ADJ or Upos.NOUN } root &&
        parse.Dependents(root.Index).Any(d => d.BaseRelation == "aux" && d.Xpos == "MD" && syntax.Words.ObligationModals.Contains(ClauseSyntax.Lemma(d))) &&
        !parse.Dependents(root.Index).Any(d => d.BaseRelation == "advmod" && syntax.Words.InForceAdverbs.Contains(ClauseSyntax.Lemma(d))) &&
        !syntax.SomeoneSpeaks(parse);

    /// <summary>
    /// "Ask our desk for a price before you book", "Please do not edit the dates until the ruling is out": the root is a
    /// bare verb (VB) with no subject and no modal, only punctuation or syntax.json imperativeOpeners before it, and no
    /// other verb of the sentence reports or speaks: the page's instruction to its reader. A request or warning read from
    /// it is no statement of a party (precision40). ("Stay away from the river, the border service told residents" has a
    /// reporting verb: the service's warning.)
    /// </summary>
    internal bool AddressesReader(ParsedSentence parse) =>
        parse.Root is { Upos: Upos.VERB, Xpos: "VB" } root &&
        !parse.Dependents(root.Index).Any(d => d.BaseRelation is "nsubj" or "expl" or "mark" || d.BaseRelation == "aux" && d.Xpos == "MD") &&
        parse.Tokens.Take(root.Index).All(t => t.Upos == Upos.PUNCT || syntax.Words.ImperativeOpeners.Contains(t.Form.ToLowerInvariant())) &&
        !parse.Tokens.Any(t => t.Index != root.Index && t.Upos == Upos.VERB && syntax.Read(parse, t) is var p && (p.Role == PredicateRole.Report || p.IsSpeechAct));

    /// <summary>"The ministers discussed trade and border security": what the parties of a meeting talked about.</summary>
    internal bool TalksAbout(ParsedSentence parse) =>
        (parse.Root is { Upos: Upos.VERB } root && syntax.Words.MeetingTopics.Contains(ClauseSyntax.Lemma(root)) &&
         parse.Dependents(root.Index).Any(d => d.Relation == "nsubj") && !syntax.NegatedOrHypothetical(parse, root)) ||
        // (The parser may read the verb as a participle on its subject and the topic as the root: "The sides [discussed] trade".)
        (parse.Root is { Upos: Upos.NOUN } topic && parse.Dependents(topic.Index).Any(s => s.Relation == "nsubj" &&
            parse.Dependents(s.Index).Any(v => v.BaseRelation == "acl" && v.Index == s.Index + 1 && v.Upos == Upos.VERB && v.Xpos is "VBD" or "VBN" &&
                                               syntax.Words.MeetingTopics.Contains(ClauseSyntax.Lemma(v)))));

    /// <summary>A verb in an adverbial clause of <paramref name="statement"/> that the rules read as an event (not a
    /// statement), not negated or hypothetical, inside the span and licensed there (model36).</summary>
    private ParsedToken? AdverbialAct(ParsedSentence parse, ParsedToken statement, Clause span) =>
        parse.Dependents(statement.Index).FirstOrDefault(d => d.BaseRelation == "advcl" && d.Upos == Upos.VERB &&
            syntax.Read(parse, d) is { Role: PredicateRole.Event, Type: { } type } && type != IncidentType.Statement &&
            !syntax.NegatedOrHypothetical(parse, d) && ClauseSyntax.Inside(d, span.Start, span.End) &&
            syntax.Licensed(type, span.Tokens, span.Mentions, parse, d));
}
