using System.Collections.Concurrent;
using System.Text.Json;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>A word (or multi-word lemma) of a text read as a member of a WordNet event class.</summary>
/// <param name="Class">The class ("attack", "cross", "warn"), as named in event-classes.json.</param>
/// <param name="Lemma">The lemma the words were reduced to ("fight" for "fought").</param>
/// <param name="Verb">Read as a verb (else as an event noun).</param>
/// <param name="Attributive">An -ing form right after a noun ("armed groups crossing from Afghanistan"): it describes a party.</param>
/// <param name="Adjective">A participle used as an adjective ("the armed forces", "its newly acquired systems").</param>
public readonly record struct ClassMatch(string Class, string Lemma, bool Verb, PhraseMatch Match, bool Attributive = false, bool Adjective = false);

/// <summary>
/// Event predicates by lemma and WordNet class (data: <c>Lexicon/event-classes.json</c>, generated from WordNet 3.0 by
/// <c>borderwatch build-wordnet</c>; licence in <c>Lexicon/WORDNET-LICENSE.txt</c>). A word is reduced to its lemma
/// with WordNet's irregular forms and its detachment rules (Morphy): "fought" → fight, "shelled" → shell, "raids" → raid.
/// A bare verb form counts only after "to" or an auxiliary ("will patrol"), so a noun such as "a drill" is not read as
/// the verb; event nouns count in any position. Lower-case lemmas do not match Title-case words inside a sentence.
/// </summary>
public sealed class EventClasses
{
    private readonly Dictionary<string, List<(string[] After, string Lemma, string Class)>> verbs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Before, string Lemma, string Class)>> nouns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> verbForms;
    private readonly Dictionary<string, string> nounForms;

    private static readonly HashSet<string> BareVerbCues = new(StringComparer.Ordinal)
    { "to", "will", "would", "can", "could", "may", "might", "shall", "should", "must", "did", "do", "does", "not", "n't", "ll", "never" };

    // Words after which an -ed, -ing or -s form is an adjective or a noun ("the armed forces", "a crossing", "the states").
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    { "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "some", "any", "no", "every", "each", "several", "many", "of" };
    // Words after which an -ing form continues a verb phrase or a preposition, not a noun it describes.
    private static readonly HashSet<string> VerbalBefore = new(StringComparer.Ordinal)
    { "is", "are", "was", "were", "be", "been", "being", "after", "before", "while", "by", "for", "from", "in", "on", "without", "since", "of", "about",
      "against", "continued", "began", "started", "kept", "stopped", "and", "or", "but", "also", "then", "not", "still", "reportedly", "allegedly", "when" };

    private static readonly (string Suffix, string Ending)[] VerbRules =
        [("ies", "y"), ("es", "e"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")];
    private static readonly (string Suffix, string Ending)[] NounRules =
        [("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("ies", "y"), ("men", "man"), ("s", "")];

    /// <param name="json">The generated event-classes.json.</param>
    /// <param name="extraVerbs">Domain verbs by class, matched like WordNet's ("take control" in class territorial-control).</param>
    public EventClasses(string json, IEnumerable<(string Class, string Lemma)>? extraVerbs = null)
    {
        foreach (var (cls, lemma) in extraVerbs ?? [])
        {
            var words = lemma.Split(' ');
            if (!verbs.TryGetValue(words[0], out var list)) verbs[words[0]] = list = [];
            list.Add((words[1..], lemma, cls));
        }
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        foreach (var c in root.GetProperty("verbs").EnumerateObject())
            foreach (var lemma in c.Value.EnumerateArray().Select(x => x.GetString()!))
            {
                var words = lemma.Split(' ');
                if (!verbs.TryGetValue(words[0], out var list)) verbs[words[0]] = list = [];
                list.Add((words[1..], lemma, c.Name));
            }
        foreach (var c in root.GetProperty("nouns").EnumerateObject())
            foreach (var lemma in c.Value.EnumerateArray().Select(x => x.GetString()!))
            {
                var words = lemma.Split(' ');
                if (!nouns.TryGetValue(words[^1], out var list)) nouns[words[^1]] = list = [];
                list.Add((words[..^1], lemma, c.Name));
            }
        verbForms = root.GetProperty("verbForms").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        nounForms = root.GetProperty("nounForms").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }

    /// <summary>The classes of every lemma, verbs and nouns: for the lexicon's coverage checks.</summary>
    public IEnumerable<(string Class, string Lemma)> Lemmas =>
        verbs.Values.SelectMany(l => l.Select(x => (x.Class, x.Lemma))).Concat(nouns.Values.SelectMany(l => l.Select(x => (x.Class, x.Lemma)))).Distinct();

    /// <summary>The classes of a verb lemma given by a parser ("fight"), with the particle or object a multi-word member
    /// needs after it ("open" + "fire"); <paramref name="next"/> says whether a word follows the verb in the clause.</summary>
    public IEnumerable<string> VerbClasses(string lemma, Func<string, bool> next) =>
        verbs.TryGetValue(lemma, out var list)
            ? list.Where(x => x.After.Length == 0 || (x.After.Length == 1 && next(x.After[0]))).Select(x => x.Class).Distinct()
            : [];

    /// <summary>The classes of a one-word noun lemma given by a parser ("clash", "talks").</summary>
    public IEnumerable<string> NounClasses(string lemma)
    {
        if (nounClassMemo.TryGetValue(lemma, out var known)) return known;
        if (nounClassMemo.Count >= MemoCapacity) nounClassMemo.Clear();
        return nounClassMemo[lemma] = nouns.TryGetValue(lemma, out var list) ? [.. list.Where(x => x.Before.Length == 0).Select(x => x.Class).Distinct()] : [];
    }

    /// <summary>
    /// The classes of a noun lemma with the words written before it ("snow" + leopard, "cold" + front): a multi-word
    /// member counts when its first words are the last of <paramref name="before"/>, one-word members always.
    /// </summary>
    public IEnumerable<string> NounClasses(string lemma, IReadOnlyList<string> before) =>
        nouns.TryGetValue(lemma, out var list)
            ? list.Where(x => x.Before.Length == 0 || (x.Before.Length <= before.Count && x.Before.SequenceEqual(before.Skip(before.Count - x.Before.Length), StringComparer.Ordinal)))
                .Select(x => x.Class).Distinct()
            : [];

    /// <summary>Verb lemmas a folded word may stand for, with whether the word is inflected.</summary>
    public IEnumerable<(string Lemma, bool Inflected)> VerbLemmas(string word) => ReadingsOf(word).VerbLemmas;

    /// <summary>Every verb lemma a folded word could be (as <see cref="IsVerbFormOf(string, string)"/> reads it), member or not.</summary>
    internal IReadOnlyList<string> VerbCandidatesOf(string word) => ReadingsOf(word).VerbCandidates;

    /// <summary>Whether a folded word is <paramref name="lemma"/> or one of its inflections ("traded", "swapping", "fought"),
    /// for a verb that need not be a class member.</summary>
    public bool IsVerbFormOf(string word, string lemma) => IsVerbFormOf(word, lemma.AsSpan());

    /// <summary>The same, for a lemma read out of a longer text (a phrase's first word) without copying it.</summary>
    public bool IsVerbFormOf(string word, ReadOnlySpan<char> lemma)
    {
        foreach (var candidate in ReadingsOf(word).VerbCandidates)
            if (lemma.SequenceEqual(candidate)) return true;
        return false;
    }

    /// <summary>Every verb lemma a folded word could be by WordNet's irregular forms and detachment rules, member or not.</summary>
    private IEnumerable<(string Lemma, bool Inflected)> VerbCandidates(string word)
    {
        if (verbForms.TryGetValue(word, out var irregular)) yield return (irregular, true);
        yield return (word, false);
        foreach (var (suffix, ending) in VerbRules)
        {
            if (!word.EndsWith(suffix, StringComparison.Ordinal) || word.Length - suffix.Length < 2) continue;
            var stem = word[..^suffix.Length];
            yield return (stem + ending, true);
            // "shelled", "planning": a doubled final consonant.
            if (ending.Length == 0 && stem.Length > 2 && stem[^1] == stem[^2]) yield return (stem[..^1], true);
        }
    }

    /// <summary>Noun lemmas a folded word may stand for.</summary>
    public IEnumerable<string> NounLemmas(string word) => ReadingsOf(word).NounLemmas;

    private IEnumerable<string> NounLemmaCandidates(string word)
    {
        // An irregular form is read only when its lemma is a member ("leaves" → leaf is listed with the animals' forms).
        if (nounForms.TryGetValue(word, out var irregular) && nouns.ContainsKey(irregular)) yield return irregular;
        if (nouns.ContainsKey(word)) yield return word;
        foreach (var (suffix, ending) in NounRules)
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= 2 && nouns.ContainsKey(word[..^suffix.Length] + ending))
                yield return word[..^suffix.Length] + ending;
    }

    // The rules ask about the same words again and again (every word of every clause, against every frame's verbs):
    // what a folded word may stand for depends on the word alone, so it is worked out once and kept, as are a noun
    // lemma's classes; each table is dropped wholesale when full. The kept sequences are those the readings give, in
    // their order, duplicates included.
    private const int MemoCapacity = 50_000;
    private readonly ConcurrentDictionary<string, WordReadings> wordMemo = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]> nounClassMemo = new(StringComparer.Ordinal);

    private sealed record WordReadings(string[] VerbCandidates, (string Lemma, bool Inflected)[] VerbLemmas, (string Lemma, bool Inflected)[] DistinctVerbLemmas,
                                       string[] NounLemmas, string[] DistinctNounLemmas);

    private WordReadings ReadingsOf(string word)
    {
        if (wordMemo.TryGetValue(word, out var known)) return known;
        if (wordMemo.Count >= MemoCapacity) wordMemo.Clear();
        var candidates = VerbCandidates(word).ToArray();
        (string Lemma, bool Inflected)[] verbLemmas = [.. candidates.Where(c => verbs.ContainsKey(c.Lemma))];
        string[] nounLemmas = [.. NounLemmaCandidates(word)];
        return wordMemo[word] = new([.. candidates.Select(c => c.Lemma)], verbLemmas, [.. verbLemmas.Distinct()], nounLemmas, [.. nounLemmas.Distinct()]);
    }

    private (string Lemma, bool Inflected)[] VerbLemmasOf(string word) => ReadingsOf(word).DistinctVerbLemmas;

    private string[] NounLemmasOf(string word) => ReadingsOf(word).DistinctNounLemmas;

    /// <summary>Every class member in the tokens: verbs (the first word inflected or after a cue, the rest as written) and event nouns (the last word in any number).</summary>
    public IReadOnlyList<ClassMatch> Matches(IReadOnlyList<Token> tokens, int firstSentenceToken = 0)
    {
        var result = new List<ClassMatch>();
        bool Usable(int i) => i == firstSentenceToken || !(char.IsUpper(tokens[i].Original[0]) && tokens[i].Original.Length > 1 && char.IsLower(tokens[i].Original[1]));
        bool WordsAt(int from, string[] words) =>
            from >= 0 && from + words.Length <= tokens.Count && words.Select((w, k) => tokens[from + k].Folded == w && Usable(from + k)).All(x => x);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Usable(i)) continue;
            var word = tokens[i].Folded;
            foreach (var (lemma, inflected) in VerbLemmasOf(word))
                foreach (var (rest, full, cls) in verbs[lemma])
                {
                    var previous = i > firstSentenceToken && i > 0 ? tokens[i - 1].Folded : null;
                    var bareAllowed = rest.Length > 0 || (previous is not null && BareVerbCues.Contains(previous));
                    // "the armed forces", "Captured militants said ...": an adjective, not the clause's verb; "the fighting" is
                    // the event named as a noun.
                    var gerund = word.EndsWith("ing", StringComparison.Ordinal);
                    var afterDeterminer = previous is not null && Determiners.Contains(previous);
                    var adjective = inflected && rest.Length == 0 && !gerund && (previous is not null ? afterDeterminer : word.EndsWith("ed", StringComparison.Ordinal));
                    if (gerund && afterDeterminer && rest.Length == 0)
                        result.Add(new ClassMatch(cls, full, false, new PhraseMatch(i, i, "wordnet:" + cls + ":" + full)));
                    else if (adjective)
                        result.Add(new ClassMatch(cls, full, true, new PhraseMatch(i, i, "wordnet:" + cls + ":" + full), Adjective: true));
                    else if ((inflected || bareAllowed) && WordsAt(i + 1, rest))
                    {
                        var attributive = word.EndsWith("ing", StringComparison.Ordinal) && previous is not null && !VerbalBefore.Contains(previous) &&
                                          !BareVerbCues.Contains(previous) && char.IsLetter(previous[0]) && !tokens[i - 1].Original.EndsWith("ly", StringComparison.Ordinal);
                        result.Add(new ClassMatch(cls, full, true, new PhraseMatch(i, i + rest.Length, "wordnet:" + cls + ":" + full), attributive));
                    }
                }
            foreach (var lemma in NounLemmasOf(word))
                foreach (var (before, full, cls) in nouns[lemma])
                    if (WordsAt(i - before.Length, before))
                        result.Add(new ClassMatch(cls, full, false, new PhraseMatch(i - before.Length, i, "wordnet:" + cls + ":" + full)));
        }
        return result;
    }
}
