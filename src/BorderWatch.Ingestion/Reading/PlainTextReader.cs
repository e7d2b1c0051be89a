using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Cleaning;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Reading;

/// <summary>Reads a plain-text article: subtitle cues read as running text (<see cref="SubtitleCues"/>), page furniture of extracted PDFs dropped (<see cref="PageFurniture"/>), hard-wrapped lines joined into paragraphs (<see cref="HardWrap"/>), every line kept (cleaning comes later), a headline line as title
/// (site-chrome lines such as "Accessibility links" are passed over).</summary>
internal static class PlainTextReader
{
    // Longer first lines are a lede, not a headline.
    private const int TitleMaxLength = 150;

    public static SourceDocument Read(string sourceName, DecodedText decoded, string contentHash, DateExpressionFinder dates)
    {
        var body = HardWrap.Unwrap(PageFurniture.Drop(SubtitleCues.Unwrap(decoded.Text.Replace("\r\n", "\n").Replace('\r', '\n'))), dates);
        var firstLine = body.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !ArticleCleaner.IsChrome(l));
        var title = firstLine is { Length: <= TitleMaxLength } && !firstLine.EndsWith('.') ? firstLine : null;
        return new SourceDocument
        {
            SourceName = sourceName,
            Format = SourceFormat.Text,
            RawText = decoded.Text,
            ContentHash = contentHash,
            Encoding = decoded.EncodingName,
            BodyText = body,
            // Dates in the text are left to the dates stage.
            Metadata = new DocumentMetadata { Title = title, Language = LanguageGuess.Detect(body) },
        };
    }
}
