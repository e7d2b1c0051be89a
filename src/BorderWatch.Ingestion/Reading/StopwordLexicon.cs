using System.Text.Json;

namespace BorderWatch.Ingestion.Reading;

/// <summary>Function-word lists from the embedded <c>Lexicon/stopwords.json</c>, loaded once.</summary>
internal static class StopwordLexicon
{
    public static readonly HashSet<string> English = Load("en");

    /// <summary>Function words of the region's other languages (a paragraph of a bilingual page that is not English).</summary>
    public static readonly HashSet<string> Other = Load("other");

    private static HashSet<string> Load(string language)
    {
        using var json = JsonDocument.Parse(LexiconResource.Read("stopwords.json"));
        return json.RootElement.GetProperty(language).EnumerateArray()
            .Select(e => e.GetString()!).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
