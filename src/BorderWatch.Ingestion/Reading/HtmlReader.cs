using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;
using AngleSharp.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Reading;

/// <summary>Reads an HTML news page: metadata from meta tags and JSON-LD, body from the main content.</summary>
internal static partial class HtmlReader
{
    private static readonly HtmlParser Parser = new();

    public static SourceDocument Read(string sourceName, DecodedText decoded, string contentHash, DateExpressionFinder dates)
    {
        var document = ParsePage(sourceName, decoded.Text);
        var body = HtmlText.ExtractArticle(document, out var root);
        if (body.Length == 0) throw new InvalidDocumentException(sourceName, "no article text found in the HTML");
        return new SourceDocument
        {
            SourceName = sourceName,
            Format = SourceFormat.Html,
            RawText = decoded.Text,
            ContentHash = contentHash,
            Encoding = decoded.EncodingName,
            BodyText = body,
            Metadata = ReadMetadata(document, body, dates, root),
        };
    }

    /// <summary>
    /// Parses a whole page as leniently as a browser (unclosed paragraphs, stray end tags, mis-nesting and bare
    /// ampersands are everyday HTML), but refuses a page that is cut off: when the parser reaches the end of the file
    /// inside a tag, an attribute value, a comment, a declaration or a raw-text element (AngleSharp's <c>EOF</c> parse
    /// error), the rest of the page is lost or swallowed and no trustworthy article can be read.
    /// </summary>
    private static IDocument ParsePage(string sourceName, string html)
    {
        HtmlNesting.Check(sourceName, html);
        var parser = new HtmlParser();   // one per page: the error handler collects this page's errors only
        TextPosition? endOfFile = null;
        parser.Error += (_, e) =>
        {
            if (endOfFile is null && e is HtmlErrorEvent { Code: (int)HtmlParseError.EOF } error) endOfFile = error.Position;
        };
        var document = parser.ParseDocument(html);
        if (endOfFile is { } at)
            throw new InvalidDocumentException(sourceName,
                $"malformed HTML ({HtmlTruncation.Describe(html) ?? $"unexpected end of file at line {at.Line}"})");
        return document;
    }

    /// <summary>The text of an HTML fragment (a feed item's content), all of it, chrome skipped.</summary>
    public static string FragmentText(string html)
    {
        HtmlNesting.Check("feed item", html);
        return HtmlText.ExtractAll(Parser.ParseDocument(html));
    }

    /// <summary>
    /// Metadata of a parsed page; <paramref name="bodyText"/> serves the language guess, <paramref name="contentRoot"/>
    /// (the element the article text came from) tells the page's own date and byline from those of other articles;
    /// <paramref name="dates"/> reads a date written as text.
    /// </summary>
    public static DocumentMetadata ReadMetadata(IDocument document, string bodyText, DateExpressionFinder dates, IElement? contentRoot = null)
    {
        var ld = JsonLdArticle.Find(document);
        string? Meta(params string[] names)
        {
            foreach (var name in names)
            {
                var el = document.QuerySelectorAll("meta").FirstOrDefault(m =>
                    string.Equals(m.GetAttribute("property"), name, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(m.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(m.GetAttribute("itemprop"), name, StringComparison.OrdinalIgnoreCase));
                if (el?.GetAttribute("content") is { } content && !string.IsNullOrWhiteSpace(content)) return HtmlText.Collapse(content);
            }
            return null;
        }

        var outlet = Meta("og:site_name") ?? ld?.Publisher ?? Meta("application-name");
        var title = ld?.Headline ?? Meta("og:title", "twitter:title") ?? TitleWithoutOutlet(document.Title, outlet);

        var (published, note) = PublishedDate(document, ld, Meta, contentRoot, dates);

        var url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta("og:url") ?? ld?.Url;
        url = AbsoluteHttpUrl(url);

        var language = LanguageGuess.Normalize(document.DocumentElement.GetAttribute("lang"))
                       ?? LanguageGuess.Normalize(Meta("og:locale", "dc.language", "language"))
                       ?? LanguageGuess.Normalize(document.QuerySelector("meta[http-equiv='content-language' i]")?.GetAttribute("content"))
                       ?? LanguageGuess.Detect(bodyText);

        var author = ld?.Authors is { Count: > 0 } authors ? string.Join(", ", authors)
            : Meta("author", "dc.creator", "byl") ?? NotUrl(Meta("article:author")) ?? Byline(document, contentRoot);

        return new DocumentMetadata
        {
            Title = title,
            Author = author,
            OutletName = outlet,
            OutletDomain = Domain(url),
            Language = language,
            Url = url,
            Published = published,
            PublishedNote = note,
        };
    }

    private static (PartialDate, string?) PublishedDate(IDocument document, JsonLdArticle? ld, Func<string[], string?> meta, IElement? root,
        DateExpressionFinder dates)
    {
        if (MetadataDate.Parse(ld?.DatePublished) is { IsKnown: true } fromLd) return (fromLd, "JSON-LD datePublished");
        foreach (var name in new[] { "article:published_time", "og:article:published_time", "datePublished", "date",
                     "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.date", "sailthru.date",
                     // A journal's or a magazine's Highwire tags (dates45).
                     "citation_publication_date", "citation_date" })
            if (MetadataDate.Parse(meta([name])) is { IsKnown: true } fromMeta) return (fromMeta, $"meta {name}");

        // Machine-readable dates in the page: the article's own first, then those in its header above the body
        // (headline, byline and date often sit outside the <article>), never those of related lists or comments.
        root ??= document.QuerySelector("article") ?? document.QuerySelector("[itemprop=articleBody]") ?? document.Body;
        var stamped = document.QuerySelectorAll("time[datetime], [itemprop=datePublished][datetime], [itemprop=datePublished][content]")
            .Where(e => !HtmlText.InForeignBlock(e) || Inside(e, root))
            .Where(e => !IsModified(e))
            .ToList();
        foreach (var element in PageOrder(stamped, root))
            if (MetadataDate.Parse(element.GetAttribute("datetime") ?? element.GetAttribute("content")) is { IsKnown: true } fromTime)
                return (fromTime, Inside(element, root) ? "time datetime" : "time datetime outside the article body");

        // A date written only as text in the page's date or byline element ("<span class=\"date\">May 2, 2023</span>").
        var lexicon = Cleaning.BoilerplateLexicon.Instance;
        var marked = document.QuerySelectorAll("time, span, div, p, small, li, dd")
            .Where(e => HtmlText.Markers(e).Any(t => lexicon.HtmlDateMarker.IsMatch(t) || lexicon.HtmlBylineMarker.IsMatch(t)))
            .Where(e => !IsModified(e) && !HtmlText.InForeignBlock(e))
            .ToList();
        foreach (var element in PageOrder(marked, root))
        {
            var text = HtmlText.Collapse(element.TextContent);
            if (text.Length is 0 or > MaxDateElementLength) continue;
            // A span of days ("Period covered: 1-31 October 2026") is no page date (date33).
            if (dates.FirstFullDay(text) is { } written)
                return (PartialDate.OfDay(written.Year!.Value, written.Month!.Value, written.Day!.Value), $"page date '{written.Text}'");
        }
        // "Wednesday, 2 December 2026 · Batken -4°C": a newspaper's top bar above the article.
        if (TopBarDate.Find(document, root, dates) is var (barDate, barNote)) return (barDate, barNote);
        // "View this e-mail in your browser | Friday, 27 November 2026": a newsletter's header row.
        if (HeaderRowDate.Find(document, dates) is var (rowDate, rowNote)) return (rowDate, rowNote);
        return (PartialDate.Unknown, null);
    }

    // A date element holds a date and a few words ("Posted May 2, 2023 by ..."), not a paragraph.
    private const int MaxDateElementLength = 120;

    /// <summary>"Updated ..." stamps say when a page changed, not when it was published.</summary>
    private static bool IsModified(IElement e) =>
        HtmlText.Markers(e).Any(t => t.Contains("updated", StringComparison.Ordinal) || t.Contains("modified", StringComparison.Ordinal));

    private static bool Inside(IElement e, IElement? root) => root is not null && (root == e || root.Contains(e));

    /// <summary>Elements inside the content root first, then those above it (its header), then the rest, each in page order.</summary>
    private static IEnumerable<IElement> PageOrder(List<IElement> elements, IElement? root)
    {
        if (root is null) return elements;
        bool Before(IElement e) => (e.CompareDocumentPosition(root) & DocumentPositions.Following) != 0;
        return elements.Where(e => Inside(e, root))
            .Concat(elements.Where(e => !Inside(e, root) && Before(e)))
            .Concat(elements.Where(e => !Inside(e, root) && !Before(e)));
    }

    /// <summary>The byline's name when no metadata gives an author: "By Nodira Karimova" -> "Nodira Karimova".</summary>
    private static string? Byline(IDocument document, IElement? root)
    {
        var lexicon = Cleaning.BoilerplateLexicon.Instance;
        var bylines = document.QuerySelectorAll("[rel=author], [itemprop=author], span, div, p, a, address")
            // A byline element, or a date line that opens with "By ..." ("By Jane Roe · May 2, 2023").
            .Where(e => e.GetAttribute("rel") == "author" || HtmlText.Markers(e).Any(t => lexicon.HtmlBylineMarker.IsMatch(t)) ||
                        (HtmlText.Markers(e).Any(t => lexicon.HtmlDateMarker.IsMatch(t)) && BylinePrefix().IsMatch(HtmlText.Collapse(e.TextContent))))
            .Where(e => !HtmlText.InForeignBlock(e))
            .ToList();
        foreach (var element in PageOrder(bylines, root))
        {
            var text = HtmlText.Collapse(element.TextContent);
            text = BylinePrefix().Replace(text, "");
            var cut = text.IndexOfAny(['|', '·', '•', '\u2022', ',']);
            if (cut >= 0) text = text[..cut];
            var digit = text.IndexOfAny("0123456789".ToCharArray());
            if (digit >= 0) text = text[..digit];
            text = text.Trim(' ', '-', '–', '—');
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is >= 1 and <= 5 && words.All(w => char.IsUpper(w[0]))) return text;
        }
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:by|written by|author:?)\s+", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex BylinePrefix();

    // "<title>Headline | Outlet</title>" -> "Headline" when the outlet is known.
    private static string? TitleWithoutOutlet(string? title, string? outlet)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        title = HtmlText.Collapse(title);
        if (outlet is null) return title;
        foreach (var separator in new[] { " | ", " - ", " – ", " — ", " :: " })
            if (title.EndsWith(separator + outlet, StringComparison.OrdinalIgnoreCase))
                return title[..^(separator.Length + outlet.Length)].Trim();
        return title;
    }

    private static string? NotUrl(string? value) =>
        value is not null && Uri.TryCreate(value, UriKind.Absolute, out _) ? null : value;

    internal static string? AbsoluteHttpUrl(string? url) =>
        url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri.ToString() : null;

    /// <summary>Host of a URL without "www.".</summary>
    internal static string? Domain(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0) return null;
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}

/// <summary>The fields of a schema.org article object found in a page's JSON-LD.</summary>
internal sealed record JsonLdArticle(string? Headline, string? DatePublished, IReadOnlyList<string> Authors, string? Publisher, string? Url)
{
    private static readonly string[] ArticleTypes = ["NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle",
        "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting", "Report", "ScholarlyArticle"];

    public static JsonLdArticle? Find(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (Objects(json.RootElement).FirstOrDefault(IsArticle) is { ValueKind: JsonValueKind.Object } article)
                    return From(article);
            }
            catch (JsonException) { }  // broken JSON-LD is common; the meta tags remain
            // A string JSON cannot turn into .NET text (a lone surrogate "\ud800"): the block is ignored likewise.
            catch (InvalidOperationException) { }
        }
        return null;
    }

    // The top level may be an object, an array, or an object with an @graph array.
    private static IEnumerable<JsonElement> Objects(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var o in Objects(item)) yield return o;
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
                foreach (var o in Objects(graph)) yield return o;
        }
    }

    private static bool IsArticle(JsonElement o)
    {
        if (!o.TryGetProperty("@type", out var type)) return false;
        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()) : [type.ToString()];
        return types.Any(t => ArticleTypes.Contains(t, StringComparer.OrdinalIgnoreCase));
    }

    private static JsonLdArticle From(JsonElement o) => new(
        Text(o, "headline") ?? Text(o, "name"),
        Text(o, "datePublished") ?? Text(o, "dateCreated"),
        Names(o, "author"),
        Names(o, "publisher").FirstOrDefault(),
        Text(o, "url") ?? (o.TryGetProperty("mainEntityOfPage", out var page)
            ? page.ValueKind == JsonValueKind.String ? page.GetString() : Text(page, "@id") ?? Text(page, "url") : null));

    private static string? Text(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(v.GetString()) ? HtmlText.Collapse(System.Net.WebUtility.HtmlDecode(v.GetString()!)) : null;

    private static List<string> Names(JsonElement o, string name)
    {
        if (o.ValueKind != JsonValueKind.Object || !o.TryGetProperty(name, out var v)) return [];
        IEnumerable<JsonElement> items = v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [v];
        return items.Select(i => i.ValueKind == JsonValueKind.String ? i.GetString() : Text(i, "name"))
            .Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()).Distinct().ToList();
    }
}
