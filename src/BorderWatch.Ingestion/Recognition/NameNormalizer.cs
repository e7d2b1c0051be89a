using System.Globalization;
using System.Text;

namespace BorderWatch.Ingestion.Recognition;

/// <summary>A word of the text with its offsets and its folded form.</summary>
public readonly record struct Token(int Start, int End, string Original, string Folded);

/// <summary>Folding and tokenising shared by the gazetteer matcher, so names and text are cut the same way.</summary>
public static class NameNormalizer
{
    /// <summary>Lower case, diacritics removed, dotless i and similar letters mapped to ASCII.</summary>
    public static string Fold(string s)
    {
        var decomposed = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch { 'ı' => 'i', 'İ' => 'i', 'ş' => 's', 'ğ' => 'g', 'ø' => 'o', 'ł' => 'l', _ => char.ToLowerInvariant(c) });
        }
        return sb.ToString();
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ';

    /// <summary>
    /// Words of letters and digits. Hyphens, slashes and dots separate words ("Turkmen-Afghan" is two);
    /// a possessive "'s" is dropped so "Turkmenistan's" matches "Turkmenistan".
    /// </summary>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark)) i++;
            var original = text[start..i];
            tokens.Add(new Token(start, i, original, Fold(original)));
            // Skip a possessive 's (or a bare trailing apostrophe).
            if (i + 1 < text.Length && IsApostrophe(text[i]) && (text[i + 1] is 's' or 'S') &&
                (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])))
                i += 2;
        }
        return tokens;
    }

    /// <summary>
    /// A transliteration skeleton for fuzzy matching of long names: folds kh/h, dzh/j, zh/j, gh/g, y/i and
    /// doubled letters, then keeps the first letter and the consonants (Mirziyoyev, Mirziyoev, Mirziyayev all give "mrzv").
    /// </summary>
    public static string Skeleton(string folded)
    {
        // Asked for the same words again and again (every capitalised word against every name of its first letter):
        // the answer is kept per thread, keyed by the word, the table dropped when full.
        var memo = skeletons ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (memo.TryGetValue(folded, out var known)) return known;
        if (memo.Count >= 8192) memo.Clear();
        return memo[folded] = SkeletonOf(folded);
    }

    [ThreadStatic] private static Dictionary<string, string>? skeletons;

    /// <summary>
    /// One spelling for the usual transliteration variants, vowels kept: dzh/dj/zh to j, kh to h, gh to g, ph to f,
    /// q to k, y to i (so yu/iu and -yev/-ev meet), w to v, doubled letters once ("Berdymukhammedov" and
    /// "Berdimuhamedov" both give "berdimuhamedov").
    /// </summary>
    public static string Transliterate(string folded)
    {
        var s = Respelled(folded);
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            if (sb.Length == 0 || sb[^1] != c) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>
    /// Two folded words are spellings of one name when their transliterations are at most two edits apart
    /// ("Mirziyoev"/"Mirziyayev", "Ashkhabad"/"Ashgabat"); a shared consonant skeleton alone is not enough
    /// ("Foreign" and "Fergana" share one).
    /// </summary>
    public static bool SameName(string a, string b) => a == b || EditDistance(Transliterate(a), Transliterate(b), 2) <= 2;

    // The letters the usual transliterations spell differently, each one way.
    private static string Respelled(string folded) =>
        folded.Replace("dzh", "j").Replace("dj", "j").Replace("zh", "j").Replace("kh", "h").Replace("gh", "g")
            .Replace("ph", "f").Replace("q", "k").Replace('y', 'i').Replace('w', 'v');

    private static string SkeletonOf(string folded)
    {
        var s = Respelled(folded);
        var sb = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (!char.IsLetter(c)) continue;
            if (i > 0 && "aeiou".Contains(c)) continue;
            if (sb.Length > 0 && sb[^1] == c) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Whether two words are exactly one edit apart by <see cref="EditDistance"/> (one letter inserted, deleted or
    /// changed, or two neighbours swapped), found in one pass without the distance table: the typo look-up asks it of
    /// every gazetteer name that starts with a capitalised word's letter.
    /// </summary>
    public static bool OneEditApart(string a, string b)
    {
        if (a.Length < b.Length) (a, b) = (b, a);
        if (a.Length - b.Length > 1) return false;
        var i = a.AsSpan().CommonPrefixLength(b);
        if (a.Length != b.Length) return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i));
        if (i == a.Length) return false;
        return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1)) ||
               (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)));
    }

    /// <summary>
    /// Optimal-string-alignment distance (insertions, deletions, substitutions and swaps of neighbours each count one),
    /// stopping early once it exceeds <paramref name="max"/> (the result is then <c>max + 1</c>).
    /// </summary>
    public static int EditDistance(string a, string b, int max = 1)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, d[i - 2, j - 2] + 1);
                d[i, j] = v;
                rowMin = Math.Min(rowMin, v);
            }
            if (rowMin > max) return max + 1;
        }
        return Math.Min(d[a.Length, b.Length], max + 1);
    }
}
