using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Reading;

/// <summary>Reads an RSS 2.0 (or 1.0) or Atom feed; each item or entry becomes one document.</summary>
internal static partial class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace Xml = XNamespace.Xml;

    public static IReadOnlyList<SourceDocument> Read(string sourceName, DecodedText decoded)
    {
        var root = Parse(sourceName, decoded.Text).Root!;
        var items = root.Name.LocalName switch
        {
            "rss" => RssItems(root, root.Element("channel"), SourceFormat.Rss),
            "RDF" => RssItems(root, root.Element(Rss1 + "channel"), SourceFormat.Rss),
            "feed" when root.Name.Namespace == Atom => AtomEntries(root),
            _ => throw new InvalidDocumentException(sourceName,
                $"XML root element <{root.Name.LocalName}> is neither an RSS nor an Atom feed"),
        };
        if (items.Count == 0) throw new InvalidDocumentException(sourceName, "feed has no items");

        var documents = new List<SourceDocument>();
        foreach (var item in items)
        {
            var body = item.Body.Length > 0 ? item.Body : item.Metadata.Title ?? "";
            if (body.Length == 0) continue;  // nothing to read in this item
            var raw = item.Element.ToString(SaveOptions.DisableFormatting);
            documents.Add(new SourceDocument
            {
                SourceName = $"{sourceName}#{documents.Count + 1}",
                Format = item.Format,
                RawText = raw,
                ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(raw))),
                Encoding = decoded.EncodingName,
                BodyText = body,
                FeedItemKey = item.Key,
                Metadata = item.Metadata with { Language = item.Metadata.Language ?? LanguageGuess.Detect(body) },
            });
        }
        if (documents.Count == 0) throw new InvalidDocumentException(sourceName, "feed has no items with text");
        return documents;
    }

    private sealed record FeedItem(XElement Element, SourceFormat Format, string? Key, string Body, DocumentMetadata Metadata);

    private static XDocument Parse(string sourceName, string text)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            return XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            if (DoctypePattern().IsMatch(text))
                throw new InvalidDocumentException(sourceName, "feeds with a DTD are refused (XML entity expansion risk)");
            var message = LinePositionSuffix().Replace(ex.Message, "");
            throw new InvalidDocumentException(sourceName, $"malformed XML at line {ex.LineNumber}, position {ex.LinePosition}: {message}");
        }
    }

    private static List<FeedItem> RssItems(XElement root, XElement? channel, SourceFormat format)
    {
        var ns = root.Name.LocalName == "RDF" ? Rss1 : XNamespace.None;
        var outlet = Value(channel?.Element(ns + "title"));
        var channelLink = Value(channel?.Element(ns + "link"));
        var language = LanguageGuess.Normalize(Value(channel?.Element(ns + "language")) ?? Value(channel?.Element(Dc + "language")));
        // RSS 2.0 nests items in the channel; RSS 1.0 puts them beside it.
        var items = (ns == Rss1 ? root.Elements(Rss1 + "item") : channel?.Elements("item") ?? []).ToList();
        return items.Select(item =>
        {
            var link = HtmlReader.AbsoluteHttpUrl(Value(item.Element(ns + "link")));
            var guid = Value(item.Element("guid")) ?? item.Attribute(XNamespace.Get("http://www.w3.org/1999/02/22-rdf-syntax-ns#") + "about")?.Value;
            var (published, note) = FirstDate((Value(item.Element("pubDate")), "RSS pubDate"), (Value(item.Element(Dc + "date")), "dc:date"));
            var body = BodyText(Value(item.Element(Content + "encoded")) ?? Value(item.Element(ns + "description")));
            if (body.Length == 0) body = BodyText(Value(item.Element(ns + "description")));
            return new FeedItem(item, format, guid ?? link, body, new DocumentMetadata
            {
                Title = Value(item.Element(ns + "title")),
                Author = Value(item.Element(Dc + "creator")) ?? RssAuthor(Value(item.Element("author"))),
                OutletName = outlet,
                OutletDomain = HtmlReader.Domain(link ?? channelLink),
                Language = language,
                Url = link,
                Published = published,
                PublishedNote = note,
            });
        }).ToList();
    }

    private static List<FeedItem> AtomEntries(XElement feed)
    {
        var outlet = Value(feed.Element(Atom + "title"));
        var feedLink = AtomLink(feed);
        return feed.Elements(Atom + "entry").Select(entry =>
        {
            var link = AtomLink(entry);
            var (published, note) = FirstDate(
                (Value(entry.Element(Atom + "published")), "Atom published"),
                (Value(entry.Element(Atom + "updated")), "Atom updated"),
                (Value(entry.Element(Dc + "date")), "dc:date"));
            var body = AtomText(entry.Element(Atom + "content"));
            if (body.Length == 0) body = AtomText(entry.Element(Atom + "summary"));
            var authors = entry.Elements(Atom + "author").Select(a => Value(a.Element(Atom + "name"))).OfType<string>().ToList();
            if (authors.Count == 0) authors = feed.Elements(Atom + "author").Select(a => Value(a.Element(Atom + "name"))).OfType<string>().ToList();
            var lang = entry.Attribute(Xml + "lang")?.Value ?? feed.Attribute(Xml + "lang")?.Value;
            return new FeedItem(entry, SourceFormat.Atom, Value(entry.Element(Atom + "id")) ?? link, body, new DocumentMetadata
            {
                Title = AtomText(entry.Element(Atom + "title")) is { Length: > 0 } t ? t : null,
                Author = authors.Count > 0 ? string.Join(", ", authors) : Value(entry.Element(Dc + "creator")),
                OutletName = outlet,
                OutletDomain = HtmlReader.Domain(link ?? feedLink),
                Language = LanguageGuess.Normalize(lang),
                Url = link,
                Published = published,
                PublishedNote = note,
            });
        }).ToList();
    }

    private static string? AtomLink(XElement element) => HtmlReader.AbsoluteHttpUrl(
        element.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href")?.Value);

    // Atom text constructs: type="text" (default), "html" (escaped markup) or "xhtml" (inline markup in a div).
    private static string AtomText(XElement? element)
    {
        if (element is null) return "";
        var type = (string?)element.Attribute("type");
        if (type == "xhtml")
            return HtmlReader.FragmentText(string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))));
        return BodyText(element.Value);
    }

    /// <summary>A feed field's body: HTML goes through the page extractor (all of it), plain text keeps its lines.</summary>
    private static string BodyText(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        if (HtmlTag().IsMatch(value)) return HtmlReader.FragmentText(value);
        var lines = value.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select(HtmlText.Collapse).Where(l => l.Length > 0);
        return string.Join("\n\n", lines);
    }

    private static (PartialDate, string?) FirstDate(params (string? Value, string Note)[] candidates)
    {
        foreach (var (value, note) in candidates)
            if (MetadataDate.Parse(value) is { IsKnown: true } date) return (date, note);
        return (PartialDate.Unknown, null);
    }

    // RSS <author> is an e-mail address, often with the name in parentheses: "jd@example.com (Jane Doe)".
    private static string? RssAuthor(string? author)
    {
        if (author is null) return null;
        var m = AuthorInParentheses().Match(author);
        return m.Success ? m.Groups[1].Value.Trim() : author;
    }

    private static string? Value(XElement? element) =>
        element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();

    [GeneratedRegex(@"<!DOCTYPE", RegexOptions.IgnoreCase)]
    private static partial Regex DoctypePattern();

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$")]
    private static partial Regex LinePositionSuffix();

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"\(([^()]+)\)\s*$")]
    private static partial Regex AuthorInParentheses();
}
