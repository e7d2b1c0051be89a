using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents.TypeModel;

/// <summary>
/// How the trained type model takes part in detection. <see cref="Enabled"/> false: the rules alone.
/// <see cref="FillMargin"/>: how far the model's type must score above every other class (no incident included) before
/// it makes an incident of a sentence the rules found nothing in; <see cref="StatementMargin"/>: the same for a
/// statement, which the model confuses more often with the event a statement reports. <see cref="ModelPath"/>: a model
/// file to use instead of the embedded one (a model trained with a corpus left out, to measure it).
/// </summary>
public sealed record TypeModelOptions
{
    public bool Enabled { get; init; } = true;
    public float FillMargin { get; init; } = 4f;
    public float StatementMargin { get; init; } = 8f;
    /// <summary>The margin for a sentence whose predicate the rules read and declined (an event class without its
    /// conditions, a verb whose theme decides, a span verb): left alone by default (measured: the model is sure of some
    /// the rules rightly decline, "moved its embassy"); a finite value lets a sure model overrule them.</summary>
    public float DeclinedMargin { get; init; } = float.PositiveInfinity;
    public string? ModelPath { get; init; }

    public static TypeModelOptions Default { get; } = new();
    public static TypeModelOptions Off { get; } = new() { Enabled = false };
}

/// <summary>Why the second opinion filled a sentence or left it alone (in the order the conditions are asked).</summary>
public enum FillVerdict
{
    Filled,
    /// <summary>No state, organisation, armed group or person named.</summary>
    NoParty,
    /// <summary>The root is negated or hypothetical ("did not", "would").</summary>
    NegatedOrHypothetical,
    /// <summary>The model's best class is "no incident".</summary>
    NoIncident,
    /// <summary>The model's type is not ahead of every other class by the margin its kind needs.</summary>
    BelowMargin,
    /// <summary>The rules read the predicate and declined it, and the model is not sure enough to overrule them.</summary>
    Declined,
}

/// <summary>The second opinion on one sentence: the verdict and the model's guess (default when not asked).</summary>
public readonly record struct FillDecision(FillVerdict Verdict, TypeGuess Guess);

/// <summary>
/// The type model as a second opinion (ADR 0014): a sentence in which the rules found no incident, that names a party
/// (a state, an organisation, an armed group or a person), whose root is neither negated nor hypothetical, and that the
/// model types with a clear margin (<see cref="TypeModelOptions.FillMargin"/>; a statement
/// <see cref="TypeModelOptions.StatementMargin"/>) becomes an incident of that type. The model never overrides a type
/// the rules gave (measured worse). Since classifier16 it is also asked when the rules read the predicate and declined
/// it (an event class without its conditions, a span verb): measured leave-one-corpus-out, those were most of the
/// paraphrases left without an incident, at little cost in precision (ADR 0014, amendment).
/// </summary>
public sealed class TypeSecondOpinion(IncidentTypeModel model, TypeFeatures features, TypeModelOptions options, Lexicon lexicon, SyntaxLexicon words)
{
    public IncidentTypeModel Model => model;
    public TypeModelOptions Options => options;

    /// <summary>The second opinion of the options: null when switched off.</summary>
    public static TypeSecondOpinion? Create(TypeModelOptions options, Lexicon lexicon, SyntaxLexicon words)
    {
        if (!options.Enabled) return null;
        var model = options.ModelPath is { } path ? IncidentTypeModel.Load(path) : IncidentTypeModel.LoadEmbedded();
        return new TypeSecondOpinion(model, new TypeFeatures(lexicon.Classes, words, TypeWords.Default), options, lexicon, words);
    }

    /// <summary>What the second opinion says of a sentence the rules found nothing in.</summary>
    public FillDecision Decide(ParsedSentence parse, IReadOnlyList<EntityMention> mentions)
    {
        if (!mentions.Any(m => m.Entry.Kind is EntryKind.State or EntryKind.Organization or EntryKind.ArmedGroup or EntryKind.Person))
            return new FillDecision(FillVerdict.NoParty, default);
        if (parse.Root is not { } root || ClauseSyntax.NegatedOrHypothetical(parse, root)) return new FillDecision(FillVerdict.NegatedOrHypothetical, default);
        var guess = model.Guess(features.Extract(parse, mentions));
        if (guess.Type is not { } type) return new FillDecision(FillVerdict.NoIncident, guess);
        var margin = type == IncidentType.Statement ? options.StatementMargin : options.FillMargin;
        if (guess.Margin < margin) return new FillDecision(FillVerdict.BelowMargin, guess);
        // A predicate the rules read (an event class, a verb whose theme decides: "moved its embassy", a span verb:
        // "approved the budget") and left without an incident was declined by a rule: overruled only when the model is sure.
        var declined = features.PredicateClasses(parse).Any(c => lexicon.ClassTypes.ContainsKey(c) || words.ThemeRules.Any(r => r.VerbClass == c))
                       || SpanLexicon.Default.Reads(root.Lemma.ToLowerInvariant());
        return new FillDecision(declined && guess.Margin < Math.Max(margin, options.DeclinedMargin) ? FillVerdict.Declined : FillVerdict.Filled, guess);
    }

    internal Clause? Fill(ParsedSentence parse, Sentence sentence, List<Token> allTokens, IReadOnlyList<EntityMention> allMentions)
    {
        var mentions = MentionsIn(allMentions, sentence.Start, sentence.End);
        var decision = Decide(parse, mentions);
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
