using System.Globalization;
using System.Security.Cryptography;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Reading;

/// <summary>
/// Stage 1: reads a file into source documents. The file extension picks the reader; bad input raises
/// <see cref="InvalidDocumentException"/> with a one-line reason.
/// </summary>
public static class DocumentReader
{
    /// <summary>Largest file accepted (10 MiB): news articles and feeds are far smaller.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    private enum Kind { Text, Html, Feed }

    private static readonly Dictionary<string, Kind> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = Kind.Text, [".text"] = Kind.Text,
        [".html"] = Kind.Html, [".htm"] = Kind.Html,
        [".xml"] = Kind.Feed, [".rss"] = Kind.Feed, [".atom"] = Kind.Feed, [".feed"] = Kind.Feed,
    };

    /// <summary>The extensions <see cref="Read"/> accepts, with the dot.</summary>
    public static IReadOnlyCollection<string> SupportedExtensions => Extensions.Keys;

    /// <summary>Reads a file from disk; its size is checked before anything is read.</summary>
    public static IReadOnlyList<SourceDocument> ReadFile(string path)
    {
        var name = Path.GetFileName(path);
        KindOf(name);
        var info = new FileInfo(path);
        if (!info.Exists) throw new InvalidDocumentException(name, "file not found");
        CheckSize(name, info.Length);
        return Read(name, File.ReadAllBytes(path));
    }

    /// <summary>Reads one document's bytes; the extension of <paramref name="sourceName"/> picks the reader.</summary>
    public static IReadOnlyList<SourceDocument> Read(string sourceName, byte[] bytes)
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

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return kind switch
        {
            Kind.Text => [PlainTextReader.Read(sourceName, decoded, hash)],
            Kind.Html => [HtmlReader.Read(sourceName, decoded, hash)],
            _ => FeedReader.Read(sourceName, decoded),
        };
    }

    private static Kind KindOf(string sourceName)
    {
        var extension = Path.GetExtension(sourceName);
        if (Extensions.TryGetValue(extension, out var kind)) return kind;
        var supported = string.Join(", ", Extensions.Keys);
        throw new InvalidDocumentException(sourceName, extension.Length == 0
            ? $"no file extension (supported: {supported})"
            : $"unsupported file type '{extension}' (supported: {supported})");
    }

    private static void CheckSize(string name, long length)
    {
        if (length <= MaxBytes) return;
        var mb = (length / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture);
        throw new InvalidDocumentException(name, $"file is {mb} MB, larger than the {MaxBytes / (1024 * 1024)} MB limit");
    }
}
