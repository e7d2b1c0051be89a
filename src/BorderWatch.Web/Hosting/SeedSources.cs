using System.Text.Json;
using BorderWatch.Core.Domain;
using BorderWatch.Web.Dashboard;

namespace BorderWatch.Web.Hosting;

/// <summary>
/// The seeds' <c>sources.json</c>: what each seed text says of its own source (headline, outlet, author, publication
/// date and how it is known). The readers take a seed's first line (often a section name) as its title; this puts
/// the real headline and the outlet on the imported article.
/// </summary>
public sealed class SeedSources
{
    public const string FileName = "sources.json";

    /// <summary>Source notes by seed file name; empty when the folder has no readable sources.json (the reason is thrown).</summary>
    public static IReadOnlyDictionary<string, ArticleSource> Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return new Dictionary<string, ArticleSource>();
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var result = new Dictionary<string, ArticleSource>(StringComparer.OrdinalIgnoreCase);
        if (!doc.RootElement.TryGetProperty("documents", out var documents) || documents.ValueKind != JsonValueKind.Array)
            throw new InvalidDataException($"{path}: no 'documents' array");
        foreach (var d in documents.EnumerateArray())
        {
            var file = Text(d, "file") ?? throw new InvalidDataException($"{path}: a document without 'file'");
            var published = PartialDate.Unknown;
            var basis = PublishedDateSource.None;
            string? note = null;
            if (d.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.Object)
            {
                if (Text(p, "date") is { } date && !PartialDate.TryParse(date, out published))
                    throw new InvalidDataException($"{path}: {file}: published.date '{date}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
                basis = Text(p, "basis") == "stated" ? PublishedDateSource.StatedInText : PublishedDateSource.InferredFromText;
                note = Text(p, "from");
            }
            result[file] = new ArticleSource
            {
                Title = Text(d, "title"), Outlet = Text(d, "outlet"), Author = Text(d, "author"),
                Published = published, PublishedBasis = basis, PublishedNote = note,
            };
        }
        return result;
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString() : null;
}
