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
        var s = folded.Replace("dzh", "j").Replace("dj", "j").Replace("zh", "j").Replace("kh", "h").Replace("gh", "g")
            .Replace("ph", "f").Replace("q", "k").Replace('y', 'i').Replace('w', 'v');
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
}
