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
/// it makes an incident of a sentence the rules found nothing in. <see cref="ModelPath"/>: a model file to use instead
/// of the embedded one (a model trained with a corpus left out, to measure it).
/// </summary>
public sealed record TypeModelOptions
{
    public bool Enabled { get; init; } = true;
    public float FillMargin { get; init; } = 6f;
    public string? ModelPath { get; init; }

    public static TypeModelOptions Default { get; } = new();
    public static TypeModelOptions Off { get; } = new() { Enabled = false };
}

/// <summary>
/// The type model as a second opinion (ADR 0014): a sentence in which the rules saw no event (its predicate is of no
/// event class and no verb class whose theme decides the type), that names a party
/// (a state, an organisation, an armed group or a person) and that the model types with a clear margin becomes an
/// incident of that type. Never a statement (reported speech is the rules' business: the model confused it with the
/// events it reports), and the model never overrides a type the rules gave (measured worse).
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
        return new TypeSecondOpinion(model, new TypeFeatures(lexicon.Classes, words), options, lexicon, words);
    }

    internal Clause? Fill(ParsedSentence parse, Sentence sentence, List<Token> allTokens, IReadOnlyList<EntityMention> allMentions)
    {
        var mentions = MentionsIn(allMentions, sentence.Start, sentence.End);
        if (!mentions.Any(m => m.Entry.Kind is EntryKind.State or EntryKind.Organization or EntryKind.ArmedGroup or EntryKind.Person)) return null;
        if (parse.Root is not { } root || ClauseSyntax.NegatedOrHypothetical(parse, root)) return null;
        // A predicate the rules read (an event class, or a verb whose theme decides: "moved its embassy") and left
        // without an incident was declined by a rule: the model does not overrule it.
        if (features.PredicateClasses(parse).Any(c => lexicon.ClassTypes.ContainsKey(c) || words.ThemeRules.Any(r => r.VerbClass == c))) return null;
        // Likewise a verb the span rules read by its lemma ("approved the budget": no text approved, no agreement).
        if (SpanLexicon.Default.Reads(root.Lemma.ToLowerInvariant())) return null;
        var guess = model.Guess(features.Extract(parse, mentions));
        if (guess.Type is not { } type || type == IncidentType.Statement || guess.Margin < options.FillMargin) return null;
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
