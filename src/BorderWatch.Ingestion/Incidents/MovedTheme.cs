using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// What a verb of the moves scene frame (<c>Lexicon/scene-frames.json</c> "moves") moves, read from the parse: its
/// object or passive subject; used without one ("two motorised units will move from Nukus to Muynak"), its subject.
/// One test for the frame (<see cref="SceneFrames"/>, which makes a deployment of troops so moved) and for the type
/// model's gate (<see cref="TypeModel.TypeSecondOpinion"/>, which counts a subject so moved and declined as a predicate
/// the rules read).
/// </summary>
internal static class MovedTheme
{
    /// <summary>The words <paramref name="verb"/> moves: its objects or passive subjects, else its subjects.</summary>
    internal static List<ParsedToken> Of(ParsedSentence parse, ParsedToken verb)
    {
        var args = parse.Dependents(verb.Index);
        var moved = args.Where(d => d.Relation is "obj" or "nsubj:pass").ToList();
        return moved.Count > 0 ? moved : args.Where(d => d.Relation == "nsubj").ToList();
    }

    /// <summary>The verb moves its own subject: it has one and no object or passive subject.</summary>
    internal static bool MovesSubject(ParsedSentence parse, ParsedToken verb) => Of(parse, verb).Any(d => d.Relation == "nsubj");

    /// <summary>One of the verb's obliques is a path under one of <paramref name="prepositions"/> ("from Nukus", "to Muynak").</summary>
    internal static bool HasPath(ParsedSentence parse, ParsedToken verb, IReadOnlySet<string> prepositions) =>
        parse.Dependents(verb.Index).Any(d => d.BaseRelation == "obl" && prepositions.Contains(ClauseSyntax.CaseOf(parse, d) ?? ""));
}
