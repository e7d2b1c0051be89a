using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents.TypeModel;

/// <summary>
/// The type model as a second opinion (ADR 0014): a sentence in which the rules found no incident, that names a party
/// (a state, an organisation, an armed group or a person), whose root is neither negated nor hypothetical, and that the
/// model types with a clear margin (<see cref="TypeModelOptions.FillMargin"/>; a statement
/// <see cref="TypeModelOptions.StatementMargin"/>) becomes an incident of that type. It overrides a type the rules gave
/// on weak evidence (<see cref="TypeModelOptions.OverrideMargin"/>, amendment 2) and one read on the predicate only when
/// far surer (<see cref="TypeModelOptions.PredicateOverrideMargin"/>, para19). Since classifier16 it is also asked when the rules read the predicate and declined
/// it (an event class without its conditions, a span verb): measured leave-one-corpus-out, those were most of the
/// paraphrases left without an incident, at little cost in precision (ADR 0014, amendment).
/// </summary>
/// <param name="spans">The span rules' verbs (a verb they read and left without an incident was declined); the detector
/// built with this opinion reads the same lists (<see cref="IncidentDetector"/>). Default: <see cref="SpanLexicon.Default"/>.</param>
public sealed class TypeSecondOpinion(IncidentTypeModel model, TypeFeatures features, TypeModelOptions options, Lexicon lexicon, SyntaxLexicon words,
    SpanLexicon? spans = null, SceneFrameLexicon? sceneFrames = null)
{
    private readonly SceneFrameLexicon scenes = sceneFrames ?? SceneFrameLexicon.LoadEmbedded();
    private readonly Hedging hedging = new(words);
    public IncidentTypeModel Model => model;
    public TypeModelOptions Options => options;
    /// <summary>The features the model reads (and the WordNet word classes they were given).</summary>
    public TypeFeatures Features => features;
    /// <summary>The span rules' verb lists this opinion counts as declined, and the detector's span rules read.</summary>
    public SpanLexicon Spans { get; } = spans ?? SpanLexicon.Default;

    private readonly TypeOverride overrides = new(model, features, options, lexicon, words);
    private readonly OverrideGates gates = new(features, lexicon, words);

    /// <summary>A moving verb of the moves scene frame that moves its own subject along a path ("two melon traders will
    /// move from Shymkent to a new market"): the frame read its subject as the theme and declined it unless it is troops,
    /// so the rules read this predicate (any verb of the sentence: the parser may make "Next month" the root).</summary>
    private bool MovesItsSubject(ParsedSentence parse) =>
        parse.Tokens.Any(v => v.Upos == Upos.VERB && scenes.Moves["verbs"].Contains(ClauseSyntax.Lemma(v)) &&
                              MovedTheme.MovesSubject(parse, v) && MovedTheme.HasPath(parse, v, scenes.Moves["prepositions"]) &&
                              // (A subject that is a force of any kind, "200 riot police moved from Osh to Batken", is left to
                              // the model: the frame's troops classes do not hold every force; scene-frames.json moves.modelForces; mend32.)
                              !parse.Dependents(v.Index).Any(d => d.Relation == "nsubj" && (scenes.Moves["modelForces"].Contains(d.Form.ToLowerInvariant()) ||
                                                                                              scenes.Moves["modelForces"].Contains(ClauseSyntax.Lemma(d)))));

    /// <summary>A closing predicate with a natural cause in its clause ("is shut to lorries because of an avalanche",
    /// "closed until further notice after a landslide"): the closure frame declines it as no party's measure (mend28), and
    /// the model, which learned closures as patrol-surveillance, is not asked to overrule that (model30).</summary>
    private bool ClosedByNature(ParsedSentence parse)
    {
        var f = scenes.Closures;
        bool Closing(ParsedToken v) => v.Upos == Upos.VERB ? f["verbs"].Contains(ClauseSyntax.Lemma(v)) :
            v.Upos == Upos.ADJ && f["verbs"].Any(x => !x.Contains(' ') && (ClauseSyntax.Lemma(v) == x || lexicon.Classes.IsVerbFormOf(v.Form.ToLowerInvariant(), x)));
        return parse.Tokens.Where(Closing).Any(v => parse.Dependents(v.Index).Where(d => d.BaseRelation is "obl" or "advcl" or "nmod")
            .SelectMany(d => ParsedClauseRules.Subtree(parse, d))
            .Any(t => SceneFrames.NatureWord(parse, t, f["naturalCauses"])));
    }

    /// <summary>"Since Monday, drivers at the border crossing have needed a lot of patience": a main verb of the closure
    /// frame's needVerbs whose object (or passive subject) is none of its permits. The frame's requirement reading
    /// declines it (nothing is required to enter the zone: <see cref="SceneFrames"/> Requirement), and the model, which
    /// learned requirements from a start as patrol-surveillance, is not asked to give that type back (model40).</summary>
    private bool NeedsNoPermit(ParsedSentence parse)
    {
        var f = scenes.Closures;
        return parse.Root is { Upos: Upos.VERB } root && (f["needVerbs"].Contains(ClauseSyntax.Lemma(root)) || f["needVerbs"].Contains(root.Form.ToLowerInvariant())) &&
               !parse.Dependents(root.Index).Any(d => d.Relation is "obj" or "nsubj:pass" && SceneFrames.Permit(parse, d, f));
    }

    /// <summary>The model's type for a clause the rules typed on weak evidence, when it leads by the margin the evidence
    /// needs (<see cref="TypeOverride"/>); else null.</summary>
    /// <remarks>A restriction the rules read on a ban verb ("hunters are barred from the meadows") is kept: what is barred
    /// is a movement, not one made (model44).</remarks>
    internal IncidentType? Override(ParsedSentence parse, Sentence sentence, IReadOnlyList<EntityMention> allMentions, IReadOnlyList<Clause> spans) =>
        spans is [{ Type: { } ruled }] && ruled == scenes.Closures.Type && BansOnPredicate(parse) ? null : overrides.Override(parse, sentence, allMentions, spans);

    /// <summary>The sentence's predicate is a verb of the closure frame's banVerbs ("are barred", "was prohibited").</summary>
    private bool BansOnPredicate(ParsedSentence parse) =>
        parse.Root is { Upos: Upos.VERB or Upos.ADJ } root && scenes.Closures["banVerbs"].Contains(ClauseSyntax.Lemma(root));

    /// <inheritdoc cref="TypeOverride.Promised"/>
    internal bool Promised(ParsedSentence parse, ParsedToken verb, ParsedToken content) => overrides.Promised(parse, verb, content);

    /// <inheritdoc cref="OverrideGates.ReactionInWords"/>
    internal bool ReactionInWords(ParsedSentence parse, ParsedToken content) => gates.ReactionInWords(parse, content);

    /// <inheritdoc cref="TypeOverride.ActToCome"/>
    internal static bool ActToCome(ParsedSentence parse, ParsedToken root) => TypeOverride.ActToCome(parse, root);

    /// <summary>The second opinion of the options: null when switched off.</summary>
    /// <param name="sceneFrames">The scene frames the detector reads too (<see cref="DetectorLexicons.SceneFrames"/>); null: a copy of its own.</param>
    /// <param name="typeWords">WordNet's word classes the features read (the instance the language layer reads under DI); null: the embedded file.</param>
    public static TypeSecondOpinion? Create(TypeModelOptions options, Lexicon lexicon, SyntaxLexicon words, SpanLexicon? spans = null, SceneFrameLexicon? sceneFrames = null,
        TypeWords? typeWords = null)
    {
        if (!options.Enabled) return null;
        var model = options.ModelPath is { } path ? IncidentTypeModel.Load(path) : IncidentTypeModel.LoadEmbedded();
        return new TypeSecondOpinion(model, new TypeFeatures(lexicon.Classes, words, typeWords ?? TypeWords.Default), options, lexicon, words, spans, sceneFrames);
    }

    /// <summary>What the second opinion says of a sentence the rules found nothing in.</summary>
    /// <param name="context">The parties the document gives a sentence that names none of its own (the states of the
    /// sentences just before, or an interviewee's state): they count as its parties and sides; the model still reads only
    /// the sentence. Whether a sentence may borrow them is the incident builder's decision (a reference back).</param>
    public FillDecision Decide(ParsedSentence parse, IReadOnlyList<EntityMention> mentions, IReadOnlyList<EntityMention>? context = null)
    {
        var parties = mentions.Any(Party) || context is null ? mentions : context;
        if (!parties.Any(Party)) return new FillDecision(FillVerdict.NoParty, default);
        // Parties borrowed from the document only for a sentence in a border-security frame ("mounted units have been
        // combing the ridges"): "exports rose 8 percent, the chamber said" borrows none.
        if (parties != mentions && !Framed(parse, mentions)) return new FillDecision(FillVerdict.NoParty, default);
        if (parse.Root is not { } root || hedging.NegatedOrHypothetical(parse, root)) return new FillDecision(FillVerdict.NegatedOrHypothetical, default);
        // A predicate whose agent or theme is negated ("No Uzbek herder will be turned away at the gate", "none of them
        // crossed"): the rules read such an event as said not to happen (ParsedClauseRules), so the model fills no act for it
        // (model39; a sourced quote that tells one stays its source's statement). Not when all that is negated is a remark
        // about an act told under it ("had no comment on reports that soldiers shot ...": model40).
        if (ClauseSyntax.NegatedArgument(parse, root) && !gates.OnlyRemarkWithheld(parse, root) || ParsedClauseRules.NegatedNoun(parse, root))
            return new FillDecision(FillVerdict.NegatedOrHypothetical, default);
        var extracted = features.Extract(parse, mentions);
        var guess = model.Guess(extracted);
        // "had no comment on reports that soldiers shot ...": the words are withheld, so the sentence is no statement; the
        // model's best other reading is asked (model44).
        if (guess.Type == IncidentType.Statement && gates.OnlyRemarkWithheld(parse, root))
            guess = model.GuessOther(extracted, IncidentType.Statement);
        if (guess.Type is not { } type) return new FillDecision(FillVerdict.NoIncident, guess);
        var margin = type == IncidentType.Statement ? options.StatementMargin : options.FillMargin;
        if (guess.Margin < margin) return new FillDecision(FillVerdict.BelowMargin, guess);
        if (guess.Margin < options.NaturalCauseMargin && ClosedByNature(parse)) return new FillDecision(FillVerdict.Declined, guess);
        // The moves frame read a moving subject that is no force ("two melon traders will move from Shymkent to a new
        // market") and declined its own type for it: the model is not asked to give that type back (model32); another
        // type it may still give ("smugglers moved the cargo from Afghanistan into Tajikistan").
        if (type == scenes.Moves.Type && MovesItsSubject(parse)) return new FillDecision(FillVerdict.Declined, guess);
        // A need that is no permit ("have needed a lot of patience") is no control regime (model40).
        if (type == scenes.Closures.Type && NeedsNoPermit(parse)) return new FillDecision(FillVerdict.Declined, guess);
        // A giving verb whose theme is people ("All eleven were handed over to the Uzbek side") is no arms transfer (model34).
        if (type == IncidentType.ArmsTransfer && gates.GivesPeople(parse)) return new FillDecision(FillVerdict.NotItsTheme, guess);
        // A predicate with words handed in a conjoined verb that are no protest ("summoned the envoy and gave him a
        // briefing") is no statement (model38).
        if (type == IncidentType.Statement && gates.HandsOtherWords(parse)) return new FillDecision(FillVerdict.NotItsTheme, guess);
        // A predicate the rules read (an event class, a verb whose theme decides: "moved its embassy", a span verb:
        // "approved the budget") and left without an incident was declined by a rule: overruled only when the model is sure.
        var declined = features.PredicateClasses(parse).Any(c => lexicon.ClassTypes.ContainsKey(c) || words.ThemeRules.Any(r => r.VerbClass == c))
                       || Spans.Reads(root.Lemma.ToLowerInvariant()) || MovesItsSubject(parse);
        // A meeting or an agreement needs two sides: one named alone ("had lunch with schoolchildren") fills nothing.
        var oneSide = type is IncidentType.DiplomaticMeeting or IncidentType.Agreement && Sides(parties) < 2;
        if (!declined) return new FillDecision(oneSide ? FillVerdict.OneSide : FillVerdict.Filled, guess);
        // The frame is read only when a framed sentence may be overruled at all (FramedDeclinedMargin finite).
        var framed = !float.IsPositiveInfinity(options.FramedDeclinedMargin) && options.FramedDeclinedMargin < options.DeclinedMargin && Framed(parse, mentions);
        var needed = framed ? options.FramedDeclinedMargin : options.DeclinedMargin;
        return new FillDecision(guess.Margin < Math.Max(margin, needed) ? FillVerdict.Declined : oneSide ? FillVerdict.OneSide : FillVerdict.Filled, guess);
    }

    private static bool Party(EntityMention m) => m.Entry.Kind is EntryKind.State or EntryKind.Organization or EntryKind.ArmedGroup or EntryKind.Person;

    /// <summary>The sides a sentence names: its states (by the country of each mention) and organisations of no state.</summary>
    private static int Sides(IReadOnlyList<EntityMention> mentions) =>
        mentions.Where(m => m.Entry.Kind != EntryKind.Place).Select(m => m.Entry.Country ?? (m.Entry.Kind == EntryKind.Organization ? m.Entry.Key : null))
            .Where(k => k is not null).Distinct().Count();

    /// <summary>
    /// A border-security frame: an armed group named, or among the predicate's arguments (and theirs) an armed person or
    /// force, a weapon, or a border ("Uzbek officials walked into the hall": none; "guards ... with rifles": one).
    /// </summary>
    public bool Framed(ParsedSentence parse, IReadOnlyList<EntityMention> mentions)
    {
        if (mentions.Any(m => m.Entry.Kind == EntryKind.ArmedGroup)) return true;
        if (parse.Root is not { } root) return false;
        var heads = new List<ParsedToken> { root };
        heads.AddRange(parse.Dependents(root.Index).Where(d => d.BaseRelation is "ccomp" or "parataxis" or "xcomp" or "conj" && d.Upos == Upos.VERB));
        foreach (var d in heads.SelectMany(h => parse.Dependents(h.Index)))
            foreach (var t in parse.Dependents(d.Index).Prepend(d))
                if (t.Upos == Upos.NOUN && features.Words.Noun(t.Lemma.ToLowerInvariant()).Any(c => c is "armed" or "weapon" or "border" or "force"))
                    return true;
        return false;
    }

    internal Clause? Fill(ParsedSentence parse, Sentence sentence, List<Token> allTokens, IReadOnlyList<EntityMention> allMentions,
        IReadOnlyList<EntityMention>? context = null)
    {
        var mentions = MentionsIn(allMentions, sentence.Start, sentence.End);
        var decision = Decide(parse, mentions, context);
        if (decision.Verdict != FillVerdict.Filled || decision.Guess.Type is not { } type || parse.Root is not { } root) return null;
        var tokens = Slice(allTokens, sentence.Start, sentence.End);
        if (tokens.Count == 0) return null;
        return new Clause
        {
            Start = sentence.Start, End = sentence.End, Tokens = tokens, Mentions = mentions, SentenceFirstToken = 0,
            ExcerptStart = sentence.Start, SentenceTokens = [.. tokens], SentenceMentions = [.. mentions], Type = type,
            TriggerToken = tokens.FindIndex(t => t.Start == root.Start),
        };
    }
}
