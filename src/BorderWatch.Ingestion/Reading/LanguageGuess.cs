using System.Text.RegularExpressions;

namespace BorderWatch.Ingestion.Reading;

/// <summary>A cheap language guess: "en" when English function words make up a normal share of the words.</summary>
public static partial class LanguageGuess
{
    /// <summary>"en" for English text, else null (unknown).</summary>
    public static string? Detect(string text) => EnglishShare(text, out var words) >= 0.15 && words >= 8 ? "en" : null;

    /// <summary>Share of the words of <paramref name="text"/> that are English stopwords.</summary>
    public static double EnglishShare(string text, out int words) => Share(text, StopwordLexicon.English, out words);

    /// <summary>
    /// Evidence that <paramref name="text"/> is in another language than English: the share of its words that are function
    /// words of the region's other languages, and the share written with a letter outside the English alphabet (Cyrillic,
    /// Arabic script, Latin letters with diacritics: "ýylyň", "oʻ").
    /// </summary>
    public static (double FunctionWords, double ForeignLetters) OtherLanguage(string text, out int words)
    {
        words = 0;
        var foreign = 0;
        foreach (Match m in WordPattern().Matches(text))
        {
            words++;
            if (m.Value.Any(c => c > '\u007f')) foreign++;
            if (words >= 2000) break;
        }
        return (Share(text, StopwordLexicon.Other, out _), words == 0 ? 0 : (double)foreign / words);
    }

    private static double Share(string text, HashSet<string> stopwords, out int words)
    {
        words = 0;
        var hits = 0;
        foreach (Match m in WordPattern().Matches(text))
        {
            words++;
            if (stopwords.Contains(m.Value)) hits++;
            if (words >= 2000) break;  // plenty for a guess
        }
        return words == 0 ? 0 : (double)hits / words;
    }

    /// <summary>The primary subtag of a language tag ("en-US", "en_GB" -> "en").</summary>
    public static string? Normalize(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return null;
        var primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length is >= 2 and <= 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
