using System.Text.Json;

namespace BorderWatch.Ingestion;

/// <summary>Reads the word lists of a lexicon file (<c>Lexicon/*.json</c>).</summary>
internal static class LexiconJson
{
    /// <summary>
    /// The non-empty strings of the list <paramref name="name"/> of <paramref name="parent"/>, compared ordinally; a missing
    /// list, or a value that is no list, is an error naming the file and the list.
    /// </summary>
    public static HashSet<string> WordSet(JsonElement parent, string file, string name) =>
        parent.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0).ToHashSet(StringComparer.Ordinal)
            : throw new InvalidOperationException($"{file}: the list '{name}' is missing");
}
