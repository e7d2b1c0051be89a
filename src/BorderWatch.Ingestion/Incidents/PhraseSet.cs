using System.Collections.Frozen;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>A match of a lexicon phrase: token indexes into the token list searched.</summary>
public readonly record struct PhraseMatch(int First, int Last, string Pattern);

/// <summary>
/// A list of phrases matched over folded words. In a pattern '*' ends a prefix ("smuggl*"), '#' is any number but a year and
/// '...' skips up to three words. Lower-case patterns do not match Title-case words inside a sentence ("may" is not "May").
/// </summary>
public sealed class PhraseSet
{
    private readonly List<(string Pattern, PatternWord[] Words)> patterns;

    // The patterns that can start at a token, by its folded word (those whose first word is that word), and the others
    // (a prefix, a number or a skip first) by the first character of the word: a prefix pattern only where the word
    // starts with the prefix's first character, a number pattern only at a digit, a skip pattern (or an empty prefix)
    // everywhere. Each list is in pattern order, so a token's matches come out in the same order as trying every
    // pattern would give. Both are read at every token of every sentence by dozens of sets: the words are a frozen
    // table (hashes a few characters, rejects by length) and the characters an array for ASCII.
    private readonly FrozenDictionary<string, int[]> byFirstWord;
    private readonly Dictionary<char, int[]> byFirstChar;
    private readonly int[]?[] byFirstAscii = new int[]?[128];
    private readonly int[] anyFirstWord;
    private readonly int[] anyAtDigit;

    // A word written with a capital in the pattern ("Soviet era") matches a Title-case word anywhere; its folded form
    // carries this mark.
    private const char Proper = '^';

    private enum WordKind { Exact, Prefix, Number, Skip }

    /// <summary>One word of a pattern, read once: what it matches and whether it may match a Title-case word.</summary>
    private readonly record struct PatternWord(WordKind Kind, string Text, bool Proper);

    public PhraseSet(IEnumerable<string> phrases)
    {
        patterns = phrases.Select(p => (p, p.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w => w is "..." or "#" ? [w] : NameNormalizer.Tokenize(w.ToLowerInvariant())
                .Select(t => (char.IsUpper(w[0]) ? Proper.ToString() : "") + t.Folded + (w.EndsWith('*') ? "*" : "")))
            .Select(Read)
            .ToArray())).Where(p => p.Item2.Length > 0).ToList();
        var first = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var any = new List<int>();
        for (var k = 0; k < patterns.Count; k++)
        {
            var head = patterns[k].Words[0];
            if (head.Kind == WordKind.Exact)
            {
                if (!first.TryGetValue(head.Text, out var list)) first[head.Text] = list = [];
                list.Add(k);
            }
            else any.Add(k);
        }
        byFirstWord = first.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        // A pattern tried at every character: a skip first, or a prefix with nothing before its '*'.
        anyFirstWord = [.. any.Where(k => StartChar(patterns[k].Words[0]) is null && patterns[k].Words[0].Kind != WordKind.Number)];
        byFirstChar = any.Select(k => StartChar(patterns[k].Words[0])).OfType<char>().Distinct()
            .ToDictionary(c => c, c => any.Where(k => MayStartWith(patterns[k].Words[0], c)).ToArray());
        anyAtDigit = [.. any.Where(k => MayStartWith(patterns[k].Words[0], '0'))];
        for (var c = (char)0; c < byFirstAscii.Length; c++) byFirstAscii[c] = OtherAt(c);
    }

    // The patterns other than by first word that may start at a word beginning with c.
    private int[] OtherAt(char c) => byFirstChar.TryGetValue(c, out var byChar) ? byChar : char.IsDigit(c) ? anyAtDigit : anyFirstWord;

    private static char? StartChar(PatternWord word) => word.Kind == WordKind.Prefix && word.Text.Length > 0 ? word.Text[0] : null;

    // Whether a token whose folded word starts with c may match the pattern's first word (the test MatchAt makes).
    private static bool MayStartWith(PatternWord word, char c) => word.Kind switch
    {
        WordKind.Number => char.IsDigit(c),
        WordKind.Prefix => word.Text.Length == 0 || word.Text[0] == c,
        _ => true,
    };

    private static PatternWord Read(string word)
    {
        if (word == "...") return new PatternWord(WordKind.Skip, word, false);
        var proper = word.Length > 1 && word[0] == Proper;
        if (proper) word = word[1..];
        return word switch
        {
            "#" => new PatternWord(WordKind.Number, word, proper),
            _ when word.EndsWith('*') => new PatternWord(WordKind.Prefix, word[..^1], proper),
            _ => new PatternWord(WordKind.Exact, word, proper),
        };
    }

    public IReadOnlyList<PhraseMatch> Matches(IReadOnlyList<Token> tokens, int firstSentenceToken = 0)
    {
        List<PhraseMatch>? result = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var folded = tokens[i].Folded;
            var exact = byFirstWord.TryGetValue(folded, out var found) ? found : [];
            var other = folded.Length == 0 ? anyFirstWord : folded[0] < byFirstAscii.Length ? byFirstAscii[folded[0]]! : OtherAt(folded[0]);
            // Both lists are ascending: merge them so the patterns are tried in their order in the set.
            int a = 0, b = 0;
            while (a < exact.Length || b < other.Length)
            {
                var k = b >= other.Length || (a < exact.Length && exact[a] < other[b]) ? exact[a++] : other[b++];
                if (MatchAt(tokens, i, patterns[k].Words, 0, firstSentenceToken) is int last)
                    (result ??= []).Add(new PhraseMatch(i, last, patterns[k].Pattern));
            }
        }
        return result is null ? [] : result;
    }

    public bool Any(IReadOnlyList<Token> tokens) => Matches(tokens).Count > 0;

    /// <summary>The phrases as written in the lexicon file.</summary>
    public IEnumerable<string> Patterns => patterns.Select(p => p.Pattern);

    /// <summary>A bare four-digit number from 1900 to 2099 is a year, not a count ("In March 2018 soldiers dug ...": no
    /// 2,018 soldiers): news text writes counts that large with a separator ("2,000 troops") (model32).</summary>
    private static bool Year(string folded) =>
        folded.Length == 4 && folded.All(char.IsDigit) && folded[0..2] is "19" or "20";

    private static int? MatchAt(IReadOnlyList<Token> tokens, int i, PatternWord[] words, int w, int firstSentenceToken)
    {
        if (w == words.Length) return i - 1;
        var word = words[w];
        if (word.Kind == WordKind.Skip)
        {
            for (var skip = 0; skip <= 3; skip++)
                if (i + skip <= tokens.Count && MatchAt(tokens, i + skip, words, w + 1, firstSentenceToken) is int end) return end;
            return null;
        }
        if (i >= tokens.Count) return null;
        var t = tokens[i];
        bool ok = word.Kind switch
        {
            WordKind.Number => t.Folded.Length > 0 && char.IsDigit(t.Folded[0]) && !Year(t.Folded),
            WordKind.Prefix => t.Folded.StartsWith(word.Text, StringComparison.Ordinal),
            _ => t.Folded == word.Text,
        };
        if (ok && word.Kind != WordKind.Number && !word.Proper && i != firstSentenceToken && char.IsUpper(t.Original[0]) && t.Original.Length > 1 && char.IsLower(t.Original[1]))
            ok = false;
        return ok ? MatchAt(tokens, i + 1, words, w + 1, firstSentenceToken) : null;
    }
}
