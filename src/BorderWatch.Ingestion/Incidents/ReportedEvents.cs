using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// Reported speech is typed by what it reports (issue 8, SCHEMA.md): "X happened, the ministry said", "X said Y
/// happened", "Y has been confirmed by X". The rules make such a clause a statement when they know no event word in what
/// is reported, only the speech verb and an official speaker; but a speech verb that only reports (say, report,
/// announce, confirm, tell: no warning, accusation, denial, offer, request, no assessment cue, no act of blame) is no
/// statement of its own. When the sentence's predicate is that report (or the clause it reports) and the trained type
/// model reads the reported clause as an event with its fill margin, the clause is that event; the speaker stays its
/// source (attribution, and status by who speaks). A statement the model reads as a statement, or is not sure of, stays.
/// </summary>
internal sealed class ReportedEvents(ClauseSyntax syntax, TypeModel.TypeSecondOpinion? model, DeclarationLexicon? declarations = null)
{
    /// <param name="closure">The closure the sentence tells as the state of a crossing place (<see cref="ParsedClauseRules.Closure"/>),
    /// read on demand: "The crossing has been closed to pedestrians since Tuesday, the Border Troops said" reports it.</param>
    internal void Apply(ParsedSentence parse, Sentence sentence, List<Clause> spans, IReadOnlyList<EntityMention> allMentions, Func<SceneEvent?>? closure = null)
    {
        if ((model is null && closure is null) || parse.Root is not { } root) return;
        // The model reads the whole sentence: one reading serves every report clause in it.
        TypeModel.FillDecision? reading = null;
        foreach (var span in spans)
        {
            if (span is not { Type: IncidentType.Statement, Denial: false, Blames: false, Speaker: not null }) continue;
            if (SpeechVerb(parse, span) is not { } verb) continue;
            // "called their men off", "in what the service called a provocation": no report of its own (speech18).
            var aside = NoSpeechAct(parse, verb);
            if (!aside && !OnlyReports(parse, span, verb)) continue;
            // The report is the sentence's predicate, or a trailing source after the clause it reports ("..., officials
            // said"; the parser may hang it anywhere below the predicate).
            if (!aside && verb.Index != root.Index && ClauseSyntax.Reported(parse, verb)?.Index != root.Index && !Trailing(parse, verb)) continue;
            if (!ClauseSyntax.Inside(root, span.Start, span.End)) continue;
            // (The report is the predicate itself: what it tells is its complement; otherwise the predicate is what is told.)
            var ownReport = verb.Index == root.Index && !aside;
            var content = ownReport ? ClauseSyntax.Reported(parse, verb) : root;
            // "Tehran says its guards never set foot on Afghan soil": a report that something did not happen is no report
            // of that event (prec20).
            if (content is not null && Contradictions.NegatedContent(parse, content)) continue;
            // "assured Tajik envoys that the bridge would stay open": what is only promised is no event told (model22).
            if ((ownReport ? ClauseSyntax.ReportedToSomeone(parse, verb) : root) is { } told && model?.Promised(parse, verb, told) == true) continue;
            // "said the closure of the crossing drew an appeal from hauliers": what is told is a reaction in words to the act,
            // a statement (model34).
            if ((ownReport ? ClauseSyntax.ReportedToSomeone(parse, verb) : root) is { } reaction && model?.ReactionInWords(parse, reaction) == true) continue;
            // What is reported is a closure the rules read as the state of a crossing place (recall24).
            if (content is not null && closure?.Invoke() is { } closed && ParsedClauseRules.Subtree(parse, content).Any(t => t.Index == closed.Head.Index))
            {
                span.Type = closed.Type;
                span.WeakTrigger = false;
                if (span.Tokens.FindIndex(t => t.Start == closed.Head.Start) is var head and >= 0) span.TriggerToken = head;
                continue;
            }
            if (model is null) continue;
            // "Tashkent added two units to the roster": the speech word in another sense reports nothing (model36).
            if (ownReport && TypeModel.TypeOverride.OtherSense(parse, verb, span)) continue;
            var decision = reading ??= model.Decide(parse, MentionsIn(allMentions, sentence.Start, sentence.End));
            // A reported predicate the rules read and declined (an event class without its conditions) needs the margin a
            // statement needs: the speech verb already made the rules' reading a statement.
            if (decision is not { Guess.Type: { } type } || type == IncidentType.Statement ||
                decision.Verdict is not (TypeModel.FillVerdict.Filled or TypeModel.FillVerdict.Declined) ||
                (decision.Verdict == TypeModel.FillVerdict.Declined && decision.Guess.Margin < model.Options.StatementMargin)) continue;
            span.Type = type;
            span.WeakTrigger = false;
            if (content is not null && span.Tokens.FindIndex(t => t.Start == content.Start) is var at and >= 0) span.TriggerToken = at;
        }
    }

    /// <summary>
    /// The clause's speech verb: its trigger, or after a source's plea for anonymity ("a local official who asked not to be
    /// named told AFP") the speech word that follows it.
    /// </summary>
    private ParsedToken? SpeechVerb(ParsedSentence parse, Clause span)
    {
        if (ParsedClauseRules.TriggerIn(parse, span) is not { Upos: Upos.VERB } trigger) return null;
        var plea = syntax.Lexicon.SpeaksAnonymously.Matches(span.Tokens, span.SentenceFirstToken)
            .FirstOrDefault(m => span.Tokens[m.First].Start <= trigger.Start && trigger.End <= span.Tokens[m.Last].End);
        if (plea.Pattern is null) return trigger;
        var said = syntax.Lexicon.Speech.Matches(span.Tokens, span.SentenceFirstToken).FirstOrDefault(m => m.First > plea.Last);
        return said.Pattern is null ? null
            : parse.Tokens.FirstOrDefault(t => t.Start == span.Tokens[said.First].Start && t.Upos == Upos.VERB);
    }

    /// <summary>
    /// The speech word is another verb with a particle ("called their men off", "were called back into uniform"), or it
    /// characterises the sentence's event in a relative on "what" ("..., in what the service called a provocation").
    /// </summary>
    private bool NoSpeechAct(ParsedSentence parse, ParsedToken verb) =>
        declarations is not null &&
        (parse.Dependents(verb.Index).Any(d => d.BaseRelation is "compound" or "advmod" && declarations.SpeechParticles.Contains(ClauseSyntax.Lemma(d))) ||
         (verb.BaseRelation == "acl" && verb.Head >= 0 && ClauseSyntax.Lemma(parse.Tokens[verb.Head]) == "what"));

    /// <summary>"..., Kyrgyz officials say.", "..., the embassy announced on Monday.": the speech verb and its source follow
    /// the sentence's last comma, after the predicate of what they report, and no verb follows them.</summary>
    private static bool Trailing(ParsedSentence parse, ParsedToken verb)
    {
        var comma = parse.Tokens.LastOrDefault(t => t.Index < verb.Index && t.Form == ",");
        return comma is not null && !parse.Tokens.Skip(comma.Index + 1).Any(t => t.IsRoot) &&
               // the source's words alone: no clause of its own reported after the verb
               !parse.Tokens.Skip(verb.Index + 1).Any(t => t.Upos is Upos.VERB or Upos.AUX);
    }

    /// <summary>
    /// The speech verb only reports: not negated or hedged, not itself a warning, accusation, denial, offer or request (by
    /// its WordNet class), and the clause holds no act of blame or appeal. (An assessment in what is reported, "said the
    /// threat was growing", is left to the model, which reads it as a statement; a cue word such as "positions" may as
    /// well be where troops took up position.)
    /// </summary>
    private bool OnlyReports(ParsedSentence parse, Clause span, ParsedToken verb) =>
        syntax.Lexicon.Speech.Matches(span.Tokens, span.SentenceFirstToken).Any(m => span.Tokens[m.First].Start == verb.Start) &&
        syntax.Read(parse, verb).Role is PredicateRole.Report or PredicateRole.None &&
        !syntax.NegatedOrHypothetical(parse, verb) &&
        syntax.Lexicon.StatementActs.Matches(span.Tokens, span.SentenceFirstToken).Count == 0;
}
