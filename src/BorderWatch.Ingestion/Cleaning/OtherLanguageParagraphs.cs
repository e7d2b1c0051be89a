using BorderWatch.Ingestion.Reading;

namespace BorderWatch.Ingestion.Cleaning;

/// <summary>
/// The other language of a bilingual page: a ministry's press release in two columns, alternating paragraphs, a
/// table with a cell per language. When the page has an English part (at least <see cref="MinEnglishParagraphs"/>
/// paragraphs that read as English on their own), the paragraphs in another language are dropped, so the English part
/// is analysed as an English article: the other column's sentences neither count towards the article's length (which
/// decides how many security participants a long article must name, <c>ArticleRelevance</c>) nor reach the segmenter,
/// the dates or the detector. A page with no English part is left whole, as before (it is not admitted as English).
/// A paragraph is in another language when hardly any of its words are English function words and it shows the other
/// language's own marks: its function words (<c>Lexicon/stopwords.json</c> "other") or letters outside the English
/// alphabet in half its words. An English headline without function words ("Tajik Troops Repel Smugglers Near Panj")
/// shows neither and stays.
/// </summary>
internal static class OtherLanguageParagraphs
{
    /// <summary>Paragraphs of English an English part needs (a page with one English caption is not bilingual).</summary>
    internal const int MinEnglishParagraphs = 2;

    /// <summary>A paragraph reads as English with at least this many words, this share of them English function words.</summary>
    internal const int EnglishWords = 8;
    internal const double EnglishShare = 0.15;

    /// <summary>A paragraph in another language: at least this many words, below this share of English function words.</summary>
    internal const int OtherWords = 3;
    internal const double MaxEnglishShare = 0.05;

    /// <summary>... and at least this share of the other languages' function words, or half its words in other letters.</summary>
    internal const double OtherFunctionShare = 0.05;
    internal const double OtherLetterShare = 0.5;

    /// <summary>Drops the paragraphs in another language from a page with an English part.</summary>
    public static void Drop(List<string> paragraphs)
    {
        if (paragraphs.Count(IsEnglish) < MinEnglishParagraphs) return;
        paragraphs.RemoveAll(IsOtherLanguage);
    }

    internal static bool IsEnglish(string paragraph) =>
        LanguageGuess.EnglishShare(paragraph, out var words) >= EnglishShare && words >= EnglishWords;

    internal static bool IsOtherLanguage(string paragraph)
    {
        if (LanguageGuess.EnglishShare(paragraph, out var words) >= MaxEnglishShare || words < OtherWords) return false;
        var (functionWords, foreignLetters) = LanguageGuess.OtherLanguage(paragraph, out _);
        return functionWords >= OtherFunctionShare || foreignLetters >= OtherLetterShare;
    }
}
