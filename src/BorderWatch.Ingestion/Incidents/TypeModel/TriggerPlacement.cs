using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents.TypeModel;

/// <summary>
/// Where a clause's trigger word sits in the sentence's parse: on the predicate (the rules read the type there, so only
/// a far surer model overrides it) or as the predicate's direct object (a weak trigger read as the act's theme). Read by
/// <see cref="TypeOverride"/>.
/// </summary>
internal static class TriggerPlacement
{
    /// <summary>The clause's trigger is the sentence's predicate (its root, or the reported clause's head), the clause's own
    /// head verb (a rule typed the clause by it: "guards shot at men trying to cross"), or the event noun the predicate
    /// tells of as its subject ("A truce ... took effect": the verb says what befell the truce).</summary>
    internal static bool OnPredicate(ParsedSentence parse, Clause span)
    {
        if (TriggerWord(parse, span) is not var (at, word) || parse.Root is not { } root) return false;
        var noun = word?.Start ?? at;
        if (ClauseSyntax.HeadOf(parse, span.Start, span.End) is { Upos: Upos.VERB } head && head.Start == at) return true;
        // "came under rocket fire": a frame's preposition is read at the oblique it marks (model22).
        var marked = word is { BaseRelation: "case", Head: >= 0 } ? parse.Tokens[word.Head] : null;
        if (marked is { BaseRelation: "obl" } && marked.Head == root.Index && marked.Upos == Upos.NOUN) return true;
        return root.Start == at || parse.Dependents(root.Index).Any(d =>
            (d.Start == at && d.BaseRelation is "ccomp" or "parataxis" or "xcomp") || (d.Start == noun && d.BaseRelation == "nsubj" && d.Upos == Upos.NOUN));
    }

    /// <summary>The clause's trigger is the predicate's direct object (after the compound it is part of: "launched two
    /// rockets", "flew reconnaissance drones").</summary>
    internal static bool ThemeOf(ParsedSentence parse, Clause span)
    {
        if (TriggerWord(parse, span) is not var (_, word) || parse.Root is not { } root) return false;
        return word is { BaseRelation: "obj" } && word.Head == root.Index;
    }

    /// <summary>Where the clause's trigger starts, and the parse word it is read at: "Two drone strikes damaged ...": a
    /// trigger word inside a compound is read at the noun it modifies (null word: no parse word starts there). Null when
    /// the clause has no trigger.</summary>
    private static (int At, ParsedToken? Word)? TriggerWord(ParsedSentence parse, Clause span)
    {
        if (span.TriggerToken < 0 || span.TriggerToken >= span.Tokens.Count) return null;
        var at = span.Tokens[span.TriggerToken].Start;
        var word = parse.Tokens.FirstOrDefault(t => t.Start == at);
        while (word is { BaseRelation: "compound", Head: >= 0 }) word = parse.Tokens[word.Head];
        // "are barred", "has been shelling": a trigger phrase that opens with the verb's auxiliary is read at that verb (model44).
        if (word is { BaseRelation: "aux", Head: >= 0 } && parse.Tokens[word.Head] is { Upos: Upos.VERB } verb) (at, word) = (verb.Start, verb);
        return (at, word);
    }
}
