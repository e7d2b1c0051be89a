using BorderWatch.Ingestion.Incidents.TypeModel;
using BorderWatch.Ingestion.Language.Perceptron;

namespace BorderWatch.Ingestion.Language.Tagging;

/// <summary>
/// For a tagger trained with it (<see cref="PosTagger.UnknownWordsFromWordNet"/>): the ambiguity class of a word that
/// had none in training (seen fewer than 3 times), read from WordNet instead of one "unknown" value: which of a
/// noun, a plural noun, a verb, a verb's -s, -ed and -ing form the lower-case word can be by WordNet 3.0's one-word
/// noun and verb lemmas (<c>type-words.json</c>) and English's regular endings. "howitzers" is then a plural noun,
/// "outflanked" a past form, "zzqvian" neither; the parser reads the same classes.
/// </summary>
public static class UnknownWordClasses
{
    [Flags]
    private enum Reading { None = 0, Noun = 1, PluralNoun = 2, Verb = 4, VerbS = 8, VerbEd = 16, VerbIng = 32 }

    private static readonly ulong[] Hashes = Enumerable.Range(0, 64).Select(r => FeatureHash.Of($"\u0004WORDNET:{r}")).ToArray();

    /// <summary>The hashed class of a lower-case word.</summary>
    public static ulong Of(TypeWords words, string lower) => Hashes[(int)Readings(words, lower)];

    /// <summary>Whether WordNet knows the lower-case word only as a plural noun: a noun's -s form with no verb of the word
    /// or its stem ("lorries", "nationals"; not "patrols", "guards", which are verbs' -s forms too) (model35).</summary>
    public static bool OnlyPluralNoun(TypeWords words, string lower) => Readings(words, lower) is Reading.PluralNoun;

    private static Reading Readings(TypeWords words, string w)
    {
        bool N(string s) => s.Length > 1 && words.Noun(s).Count > 0;
        bool V(string s) => s.Length > 1 && words.Verb(s).Count > 0;
        var r = Reading.None;
        if (N(w)) r |= Reading.Noun;
        if (V(w)) r |= Reading.Verb;
        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal))
        {
            var stems = new List<string> { w[..^1] };
            if (w.EndsWith("es", StringComparison.Ordinal)) stems.Add(w[..^2]);
            if (w.EndsWith("ies", StringComparison.Ordinal)) stems.Add(w[..^3] + "y");
            if (stems.Any(N)) r |= Reading.PluralNoun;
            if (stems.Any(V)) r |= Reading.VerbS;
        }
        if (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && VerbStems(w[..^2]).Any(V)) r |= Reading.VerbEd;
        if (w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal) && VerbStems(w[..^3]).Any(V)) r |= Reading.VerbIng;
        return r;
    }

    // "patroll" -> patrol, "shell" -> shell, "rais" -> raise, "carri" -> carry
    private static IEnumerable<string> VerbStems(string stem)
    {
        yield return stem;
        yield return stem + "e";
        if (stem.Length > 2 && stem[^1] == stem[^2]) yield return stem[..^1];
        if (stem.EndsWith('i')) yield return stem[..^1] + "y";
    }
}
