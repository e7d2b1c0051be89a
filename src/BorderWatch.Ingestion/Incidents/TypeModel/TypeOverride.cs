using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents.TypeModel;

/// <summary>
/// The second opinion's decision on a clause the rules typed (ADR 0014, amendment 2; para19; model22): whether the
/// model's type replaces the rules' one, by how weak the rules' evidence is and how far the model leads. Asked through
/// <see cref="TypeSecondOpinion.Override"/>.
/// </summary>
internal sealed class TypeOverride(IncidentTypeModel model, TypeFeatures features, TypeModelOptions options, Lexicon lexicon, SyntaxLexicon words)
{
    private readonly Hedging hedging = new(words);
    private readonly OverrideGates gates = new(features, lexicon, words);
    /// <summary>
    /// The model's type for a sentence the rules typed on weak evidence (one clause, typed as a statement from a speech
    /// verb, by a weak trigger, or by a word that is not the sentence's predicate), when the model gives another
    /// incident type a lead of at least <see cref="TypeModelOptions.OverrideMargin"/>; for a type read on the predicate a
    /// lead of at least <see cref="TypeModelOptions.PredicateOverrideMargin"/>; else null.
    /// </summary>
    internal IncidentType? Override(ParsedSentence parse, Sentence sentence, IReadOnlyList<EntityMention> allMentions, IReadOnlyList<Clause> spans)
    {
        if (float.IsPositiveInfinity(options.OverrideMargin) || spans.Count != 1 || spans[0] is not { Type: { } ruled } span || span.Skip) return null;
        if (parse.Root is not { } root || hedging.NegatedOrHypothetical(parse, root)) return null;
        if (Sure(span) != SureEvidence.None) return null;
        // "threatened to open fire on any boat", "pressed China to reopen the crossing": a statement of an act still to
        // come (a to-infinitive under the speech verb) reports no event the model could type instead.
        if (ruled == IncidentType.Statement && ActToCome(parse, root)) return null;
        // "Tashkent added two units to the roster": the speech word is the predicate in another sense, with a noun object and
        // an oblique and no clause reported; it reports no event the model could type instead (model36).
        if (ruled == IncidentType.Statement && OtherSense(parse, root, span)) return null;
        // A statement that is no report of an event (model22): an appeal, demand or accusation in the clause ("signed a
        // letter calling on Tashkent to halt the shelling"), or what is reported did not happen or may happen ("says its
        // guards never set foot on Afghan soil"): the statement is the incident, whatever event it names.
        if (ruled == IncidentType.Statement && ReportsNoEvent(parse, root, span)) return null;
        var kinds = options.Overridable;
        // "launched two rockets from Afghan soil into Tajikistan": a weak trigger that is the predicate's theme types the
        // act done with the thing, read on the predicate (model22).
        var themeTrigger = span.WeakTrigger && TriggerPlacement.ThemeOf(parse, span);
        var onPredicate = TriggerPlacement.OnPredicate(parse, span) || themeTrigger;
        var weak = (kinds.HasFlag(WeakEvidence.Speech) && ruled == IncidentType.Statement) || (kinds.HasFlag(WeakEvidence.WeakTrigger) && span.WeakTrigger && !themeTrigger) ||
                   (kinds.HasFlag(WeakEvidence.OffPredicate) && !onPredicate);
        // Evidence of none of the weak kinds (an event read on the predicate, not from a speech verb or a weak trigger)
        // gives way only to a model far surer of another type (para19); weak evidence not counted as weak stays.
        var strong = ruled != IncidentType.Statement && (!span.WeakTrigger || themeTrigger) && onPredicate;
        if (!weak && (!strong || float.IsPositiveInfinity(options.PredicateOverrideMargin))) return null;
        var extracted = features.Extract(parse, ClauseText.MentionsIn(allMentions, sentence.Start, sentence.End));
        var guess = model.Guess(extracted);
        // "said the group ignored a warning from the patrol and crossed the river": the statement cue is the theme of the
        // reported clause's own act, with another act conjoined; the model's best act is asked (model44).
        // The statement then rests on nothing the rules read as one, so the model's act needs the fill margin only.
        var cueBesideAct = ruled == IncidentType.Statement && ClauseSyntax.ReportedToSomeone(parse, root) is { } told && gates.CueBesideAct(parse, told);
        if (cueBesideAct && guess.Type == IncidentType.Statement) guess = model.GuessOther(extracted, IncidentType.Statement);
        // "Uzbek guards fired warning flares at a boat that may have crossed ..., officials said": a plain report whose only
        // statement cue modifies a thing ("warning flares") tells the act reported; the model's act needs the fill margin (mend44).
        var cueOnThing = ruled == IncidentType.Statement && !cueBesideAct && PlainReport(parse) && gates.CueOnlyModifiesThing(parse);
        var needed = cueBesideAct || cueOnThing ? options.FillMargin : weak ? options.OverrideMargin : Math.Max(options.OverrideMargin, options.PredicateOverrideMargin);
        // Never an event turned into a statement: what a speaker reports stays the rules' reading; nor a handover of people
        // into an arms transfer (model34).
        return guess.Type is { } type && type != ruled && type != IncidentType.Statement && guess.Margin >= needed &&
               !(type == IncidentType.ArmsTransfer && gates.GivesPeople(parse)) ? type : null;
    }

    /// <summary>A statement clause that reports no event: it holds a statement act of the lexicon (an appeal, a demand, an
    /// accusation), or the clause the speech verb reports is negated or only promised.</summary>
    /// <remarks>The report is read on the sentence's root and on the speech verb the rules typed the statement by ("the
    /// brigade said on Monday that it had no quarrel with ..." where the parser took another word for the root); where the
    /// parser gave that verb no complement, on the first verb after it with a subject of its own ("told Afghan television
    /// that nobody under its command had touched a weapon").</remarks>
    private bool ReportsNoEvent(ParsedSentence parse, ParsedToken root, Clause span)
    {
        if (lexicon.StatementActs.Matches(span.Tokens, span.SentenceFirstToken).Count > 0) return true;
        // (model34: or what is reported is a reaction in words, "said the closure drew an appeal from hauliers".)
        bool NoEvent(ParsedToken verb, ParsedToken content) => Contradictions.NegatedContent(parse, content) || Promised(parse, verb, content) ||
                                                               gates.ReactionInWords(parse, content);
        if (ClauseSyntax.ReportedToSomeone(parse, root) is { } said && NoEvent(root, said)) return true;
        // (Only a plain report ("said", "told") reports a clause: "an official who asked not to be named told" does not.)
        if (ParsedClauseRules.TriggerIn(parse, span) is not { Upos: Upos.VERB } speech || speech.Index == root.Index ||
            !features.ClassesOf(parse, speech).Any(words.ReportClasses.Contains)) return false;
        var content = ClauseSyntax.ReportedToSomeone(parse, speech) ??
                      parse.Tokens.FirstOrDefault(t => t.Index > speech.Index && t.Upos is Upos.VERB or Upos.AUX && ClauseSyntax.Inside(t, span.Start, span.End) &&
                                                       parse.Dependents(t.Index).Any(d => d.Relation == "nsubj") &&
                                                       !parse.Dependents(t.Index).Any(d => d.BaseRelation == "mark" && words.InfinitiveMarkers.Contains(ClauseSyntax.Lemma(d))));
        // (A report told before its verb, "Not one Taliban post is left ..., exile media say", is read on the root as before.)
        return content is not null && content.Index > speech.Index && NoEvent(speech, content);
    }

    /// <summary>The sentence's predicate is a plain report verb (syntax.json reportClasses: "said", "told") and the sentence
    /// holds another verb, the act it reports. (The rules' trigger may be the speech word the gate reads as a modifier.)</summary>
    private bool PlainReport(ParsedSentence parse) =>
        parse.Root is { Upos: Upos.VERB } speech && features.ClassesOf(parse, speech).Any(words.ReportClasses.Contains) &&
        parse.Tokens.Any(t => t.Upos == Upos.VERB && t.Index != speech.Index);

    /// <summary>The statement's speech verb is the predicate with a noun object and an oblique and reports no clause.</summary>
    internal static bool OtherSense(ParsedSentence parse, ParsedToken root, Clause span) =>
        ParsedClauseRules.TriggerIn(parse, span) is { } speech && speech.Index == root.Index && root.Upos == Upos.VERB &&
        ClauseSyntax.ReportedToSomeone(parse, root) is null &&
        parse.Dependents(root.Index).Any(d => d.BaseRelation == "obj" && d.Upos == Upos.NOUN) &&
        parse.Dependents(root.Index).Any(d => d.BaseRelation == "obl" && d.Upos == Upos.NOUN);

    /// <summary>What a speech verb other than a plain report (syntax.json reportClasses: "say") tells may or would
    /// happen: a promise or an assurance ("assured Tajik envoys that the bridge would stay open"), not a plan told
    /// ("said it would send two more companies": the deployment planned).</summary>
    internal bool Promised(ParsedSentence parse, ParsedToken verb, ParsedToken content) =>
        hedging.NegatedOrHypothetical(parse, content) && !features.ClassesOf(parse, verb).Any(words.ReportClasses.Contains);

    /// <summary>The predicate (or the verb it reports) governs a to-infinitive: a warning, request or offer of an act to come.</summary>
    internal static bool ActToCome(ParsedSentence parse, ParsedToken root) =>
        parse.Dependents(root.Index).Where(d => d.Upos == Upos.VERB).Any(d => d.BaseRelation == "xcomp" &&
            parse.Dependents(d.Index).Any(m => m.BaseRelation == "mark" && m.Form.Equals("to", StringComparison.OrdinalIgnoreCase)));

    /// <summary>The typed reason the rules are sure of a clause's type, if any.</summary>
    internal static SureEvidence Sure(Clause span) =>
        span.Blames ? SureEvidence.Blame : span.Denial || span.SaysNotHappened ? SureEvidence.Denial : span.Declared ? SureEvidence.Declaration
            : span.AgreedOutcome ? SureEvidence.MeetingOutcome : SureEvidence.None;
}
