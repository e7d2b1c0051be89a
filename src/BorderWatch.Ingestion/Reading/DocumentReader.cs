using System.Security.Cryptography;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Reading;

/// <summary>
/// Stage 1: reads a file into source documents. The file extension picks the reader; bad input raises
/// <see cref="InvalidDocumentException"/> with a one-line reason. A page's own date (its date or byline element, top bar,
/// header row) and a wrapped text's date lines are read with the date rules it is given: the detector's
/// (<see cref="Incidents.IncidentDetector.DateStage"/>, built from the registered date words) where the
/// <see cref="IngestionService"/> reads, <see cref="Default"/> for callers outside DI (tidy43).
/// </summary>
/// <param name="dates">The date rules whose finder reads the page's own date.</param>
public sealed partial class DocumentReader(DateRules dates)
{
    private readonly DateExpressionFinder _finder = dates.Finder;

    /// <summary>Largest file accepted (10 MiB): news articles and feeds are far smaller.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    private enum Kind { Text, Html, Feed }

    private static readonly Dictionary<string, Kind> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = Kind.Text, [".text"] = Kind.Text, [".srt"] = Kind.Text, [".vtt"] = Kind.Text,
        [".html"] = Kind.Html, [".htm"] = Kind.Html,
        [".xml"] = Kind.Feed, [".rss"] = Kind.Feed, [".rdf"] = Kind.Feed, [".atom"] = Kind.Feed, [".feed"] = Kind.Feed,
    };

    /// <summary>The extensions <see cref="Read"/> accepts, with the dot.</summary>
    public static IReadOnlyCollection<string> SupportedExtensions => Extensions.Keys;

    /// <summary>True when a reader exists for the file's extension.</summary>
    public static bool IsSupported(string fileName) => Extensions.ContainsKey(Path.GetExtension(fileName));

    /// <summary>Why a file is not read, without the list of supported types: "unsupported file type '.docx'".</summary>
    public static string UnsupportedReason(string fileName) =>
        Path.GetExtension(fileName) is { Length: > 0 } extension ? $"unsupported file type '{extension}'" : "no file extension";

    /// <summary>
    /// Reads a file from disk: a regular file only (see <see cref="InputFile"/>), its size checked on the real file
    /// before anything is read.
    /// </summary>
    public IReadOnlyList<SourceDocument> ReadFile(string path) => ReadFile(path, CancellationToken.None);

    /// <inheritdoc cref="ReadFile(string)"/>
    public IReadOnlyList<SourceDocument> ReadFile(string path, CancellationToken ct)
    {
        var name = Path.GetFileName(path);
        KindOf(name);
        return Read(name, InputFile.ReadBytes(path, name, MaxBytes), ct);
    }

    /// <summary>Reads one document's bytes; the extension of <paramref name="sourceName"/> picks the reader.</summary>
    public IReadOnlyList<SourceDocument> Read(string sourceName, byte[] bytes, CancellationToken ct = default)
    {
        var kind = KindOf(sourceName);
        CheckSize(sourceName, bytes.Length);
        var decoded = TextDecoder.Decode(sourceName, bytes, kind switch
        {
            Kind.Html => TextDecoder.HtmlCharset,
            Kind.Feed => TextDecoder.XmlCharset,
            _ => _ => null,
        });
        if (string.IsNullOrWhiteSpace(decoded.Text)) throw new InvalidDocumentException(sourceName, "file contains only whitespace");
        ct.ThrowIfCancellationRequested();

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return kind switch
        {
            Kind.Text => [PlainTextReader.Read(sourceName, decoded, hash, _finder)],
            Kind.Html => [HtmlReader.Read(sourceName, decoded, hash, _finder)],
            _ => FeedReader.Read(sourceName, decoded),
        };
    }

    private static Kind KindOf(string sourceName)
    {
        var extension = Path.GetExtension(sourceName);
        if (Extensions.TryGetValue(extension, out var kind)) return kind;
        throw new InvalidDocumentException(sourceName, $"{UnsupportedReason(sourceName)} (supported: {string.Join(", ", Extensions.Keys)})");
    }

    private static void CheckSize(string name, long length)
    {
        if (length > MaxBytes) throw InputFile.TooLarge(name, length, MaxBytes);
    }
}
