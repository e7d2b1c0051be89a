using BorderWatch.Ingestion.Incidents.TypeModel;
using BorderWatch.Ingestion.Language.Perceptron;

namespace BorderWatch.Ingestion.Language.Parsing;

/// <summary>
/// A WordNet class of each word for a parser trained with them (<see cref="DependencyParser.ReadsWordClasses"/>): the
/// supersense (lexicographer file) of a noun's first sense or of a verb's first senses, by the word's lemma and tag,
/// from the product's <c>type-words.json</c> (WordNet 3.0). A rare word then shares features with the common words of
/// its class ("howitzer" with "rifle": artifact), which the word features of a word never seen in training cannot.
/// Other words, and nouns or verbs WordNet lacks, get one value per tag kind.
/// </summary>
public static class ParserWordClasses
{
    private static readonly ulong Other = FeatureHash.Of("\u0001WC-OTHER"), UnknownNoun = FeatureHash.Of("\u0001WC-NOUN?"),
        UnknownVerb = FeatureHash.Of("\u0001WC-VERB?"), UnknownName = FeatureHash.Of("\u0001WC-PROPN?");

    /// <summary>The hashed class of each word, given its lemma and UPOS tag.</summary>
    public static ulong[] Of(TypeWords words, IReadOnlyList<string> lemmas, IReadOnlyList<string> upos)
    {
        if (lemmas.Count != upos.Count) throw new ArgumentException($"{lemmas.Count} lemmas for {upos.Count} tags", nameof(upos));
        var classes = new ulong[lemmas.Count];
        for (var i = 0; i < classes.Length; i++)
        {
            var lemma = lemmas[i].ToLowerInvariant();
            classes[i] = upos[i] switch
            {
                "NOUN" => Hash(2, words.Noun(lemma), UnknownNoun),
                "PROPN" => Hash(3, words.Noun(lemma), UnknownName),
                "VERB" => Hash(4, words.Verb(lemma), UnknownVerb),
                _ => Other,
            };
        }
        return classes;
    }

    private static ulong Hash(int kind, IReadOnlyList<string> classes, ulong unknown) =>
        classes.Count == 0 ? unknown : FeatureHash.Key(kind, FeatureHash.Of(classes[0]));
}
