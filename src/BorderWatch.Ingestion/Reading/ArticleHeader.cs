using AngleSharp.Dom;

namespace BorderWatch.Ingestion.Reading;

/// <summary>
/// The article's header when it sits above the content root (many sites put the headline, standfirst, byline and
/// date in a block of their own before the body): the text from the headline up to the root, when it is as short
/// as a header is. Captions, share bars and other chrome in between are skipped as everywhere else.
/// </summary>
internal static class ArticleHeader
{
    // A header is a few short lines; more text between the headline and the body is layout, not a header.
    private const int MaxBlocks = 6;
    private const int MaxBlockLength = 400;
    private const int MaxLength = 1000;
    // A headline is a line, not a paragraph.
    private const int MaxHeadlineLength = 300;
    private const int MinTitleMatchLength = 10;

    /// <summary>The header lines above <paramref name="root"/>, headline first; empty when the headline is inside it.</summary>
    public static IReadOnlyList<string> Above(IDocument document, IElement root)
    {
        if (Headline(document, root) is not { } headline || root.Contains(headline) || headline.Contains(root)) return [];
        if ((headline.CompareDocumentPosition(root) & DocumentPositions.Following) == 0) return [];
        var region = headline.ParentElement;
        while (region is not null && !region.Contains(root)) region = region.ParentElement;
        if (region is null) return [];

        var blocks = HeaderTable.JoinRows(HtmlBlocks.Of(region, startAt: headline, stopAt: root));
        if (blocks.Count == 0) return [];
        var lines = blocks.Where(b => !b.IsLinkList && b.Text.Length <= MaxBlockLength).Select(b => b.Text).ToList();
        // Too much between the headline and the body: keep the headline alone.
        if (lines.Count > MaxBlocks || lines.Sum(l => l.Length) > MaxLength) return [blocks[0].Text];
        return lines;
    }

    /// <summary>
    /// In a block of other articles that does not also hold the content root (a blog engine's "widget" wraps the post
    /// and its title together; a "related" box holds other headlines only).
    /// </summary>
    private static bool InForeignBlockApartFrom(IElement element, IElement root)
    {
        for (var e = element; e is not null && !e.Contains(root); e = e.ParentElement)
            if (HtmlText.IsForeign(e)) return true;
        return false;
    }

    /// <summary>
    /// The page's headline element: one marked itemprop=headline, else an h1 (the one that the page title repeats
    /// first), else an element whose whole text the page title repeats ("&lt;span class=title&gt;" pages). Chrome and
    /// blocks of other articles are never the headline.
    /// </summary>
    internal static IElement? Headline(IDocument document, IElement root)
    {
        bool Usable(IElement e)
        {
            var length = HtmlText.Collapse(e.TextContent).Length;
            return length is > 0 and <= MaxHeadlineLength && !HtmlText.IsSkippedOrInSkipped(e) && !InForeignBlockApartFrom(e, root);
        }

        var title = HtmlText.Collapse(document.Title ?? "");
        bool InTitle(IElement e) => title.Length > 0 && HtmlText.Collapse(e.TextContent) is { Length: >= MinTitleMatchLength } text
                                    && title.Contains(text, StringComparison.OrdinalIgnoreCase);

        if (document.QuerySelectorAll("[itemprop=headline]").FirstOrDefault(e => e.LocalName != "meta" && Usable(e)) is { } marked) return marked;
        var h1s = document.QuerySelectorAll("h1").Where(Usable).ToList();
        if (h1s.Count > 0) return h1s.FirstOrDefault(InTitle) ?? h1s[0];
        return document.QuerySelectorAll("h2, h3, h4, span, div, p, strong, b, td")
            .FirstOrDefault(e => e.Children.Length == 0 && InTitle(e) && Usable(e));
    }
}
