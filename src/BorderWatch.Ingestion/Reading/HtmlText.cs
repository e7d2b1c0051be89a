using AngleSharp.Dom;
using BorderWatch.Ingestion.Cleaning;

namespace BorderWatch.Ingestion.Reading;

/// <summary>
/// HTML to article text in the spirit of trafilatura: skip page chrome (by tag, role, aria-label, id/class),
/// find the content root, then write each block (paragraph, heading, list item, quote) as one paragraph.
/// Text is built block by block: AngleSharp's TextContent would glue adjacent blocks together.
/// </summary>
internal static partial class HtmlText
{
    // Blocks that hold running text; loose text of layout containers is kept only when a page has no <p> at all,
    // or as a short line of the article's header (byline, date) above its first paragraph. Captions are not main
    // text: figcaption and caption-marked elements are skipped as chrome, except a gallery's figcaptions, which carry
    // its story (HtmlText.Chrome.cs, IsGallery) and are then text blocks.
    private static readonly HashSet<string> TextBlockTags =
    [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "th", "figcaption",
    ];

    // A header line (byline, date, standfirst in a <div>) is short; a longer loose text is layout, not a header.
    private const int HeaderLineMaxLength = 200;
    // Loose text (between <br>s, no <p>) counts for the density search from this length on.
    private const int MinScoredLooseText = 200;
    // Readability's floor: shorter paragraphs say little about where the article is.
    private const int MinScoredParagraph = 25;
    // A semantic root must hold at least this share of the page's text, else it is a teaser card.
    private const double MinRootShare = 0.25;

    /// <summary>
    /// The article text of a whole page and the element it was taken from (the body when no root stood out).
    /// The article's header above the root (headline, standfirst, byline and date line) opens the text.
    /// </summary>
    public static string ExtractArticle(IDocument document, out IElement? root)
    {
        root = document.Body;
        if (root is null) return "";
        var pageText = Extract(root);
        foreach (var candidate in Candidates(document))
        {
            var text = Extract(candidate);
            if (text.Length > 0 && text.Length >= MinRootShare * pageText.Length)
            {
                root = candidate;
                var header = ArticleHeader.Above(document, candidate);
                return header.Count == 0 ? text : string.Join("\n\n", header.Append(text));
            }
        }
        return pageText;
    }

    /// <summary>
    /// True when the element sits in a block whose dates and names belong to other articles or to readers: related
    /// lists, comments, sidebars, asides, navigation, the page footer.
    /// </summary>
    public static bool InForeignBlock(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
            if (IsForeign(e)) return true;
        return false;
    }

    /// <summary>True when this element itself (not an ancestor) is a block of other articles or of readers.</summary>
    public static bool IsForeign(IElement e) =>
        ((e.LocalName is "aside" or "nav" || e.LocalName is "footer" && e.ParentElement?.Closest("blockquote") is null) && e.Closest("article") is null)
        || Markers(e).Any(t => BoilerplateLexicon.Instance.HtmlForeignMarker.IsMatch(t));

    /// <summary>The element's class names, id, itemprop and data-testid, lower case.</summary>
    public static IEnumerable<string> Markers(IElement element)
    {
        var tokens = element.ClassList.AsEnumerable();
        if (element.Id is { Length: > 0 } id) tokens = tokens.Append(id);
        if (element.GetAttribute("itemprop") is { Length: > 0 } itemprop) tokens = tokens.Append(itemprop);
        if (element.GetAttribute("data-testid") is { Length: > 0 } testId) tokens = tokens.Append(testId);
        return tokens.Select(t => t.ToLowerInvariant());
    }

    /// <summary>All the text of a fragment (a feed item's HTML), chrome skipped, without a root search.</summary>
    public static string ExtractAll(IDocument document) => document.Body is { } body ? Extract(body) : "";

    private static IEnumerable<IElement> Candidates(IDocument document)
    {
        IElement? Largest(string selector) => document.QuerySelectorAll(selector)
            .Where(e => !IsSkippedOrInSkipped(e))
            // Paragraph text; a body written in <div>s and <br>s (blog engines, old CMSs) by all its text.
            .Select(e => (Element: e, Length: ParagraphTextLength(e) is > 0 and var p ? p : Collapse(e.TextContent).Length))
            .Where(c => c.Length > 0)
            .OrderByDescending(c => c.Length).Select(c => c.Element).FirstOrDefault();

        if (Largest("article") is { } article) yield return article;
        if (Largest("[itemprop~=articleBody]") is { } articleBody) yield return articleBody;
        if (Largest("main, [role=main]") is { } main) yield return main;
        if (DensestElement(document) is { } dense) yield return dense;
    }

    // Readability-style scoring: each paragraph adds its non-link text length to its parent, half to the grandparent.
    private static IElement? DensestElement(IDocument document)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var p in document.QuerySelectorAll("p"))
        {
            if (IsSkippedOrInSkipped(p)) continue;
            var score = Collapse(p.TextContent).Length - LinkTextLength(p);
            if (score < MinScoredParagraph) continue;
            if (p.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + score;
                if (parent.ParentElement is { } grand) scores[grand] = scores.GetValueOrDefault(grand) + score / 2.0;
            }
        }
        // Text written between <br>s straight into a layout element (no <p>) scores for that element itself.
        foreach (var e in document.QuerySelectorAll("div, td, section"))
        {
            var loose = LooseTextLength(e);
            if (loose < MinScoredLooseText || IsSkippedOrInSkipped(e)) continue;
            scores[e] = scores.GetValueOrDefault(e) + loose;
            if (e.ParentElement is { } parent) scores[parent] = scores.GetValueOrDefault(parent) + loose / 2.0;
        }
        return scores.Count == 0 ? null : scores.MaxBy(kv => kv.Value).Key;
    }

    private static int LooseTextLength(IElement element)
    {
        var length = 0;
        foreach (var child in element.ChildNodes)
            if (child is IText text) length += text.Data.AsSpan().Trim().Length;
        return length;
    }

    private static int ParagraphTextLength(IElement root) =>
        root.QuerySelectorAll("p").Where(p => !IsSkippedOrInSkipped(p, root)).Sum(p => Collapse(p.TextContent).Length);

    private static int LinkTextLength(IElement element) =>
        element.QuerySelectorAll("a").Sum(a => Collapse(a.TextContent).Length);

    private static string Extract(IElement root)
    {
        // A table of incidents: its event cells are sentences, each dated by its row's date cell (recall35).
        var blocks = IncidentTable.CloseEventCells(HtmlBlocks.Of(root));
        // A kicker or section label in a <p> ("Borders", "Opinion | Premium") is no paragraph of the article: it does
        // not close the header above the first paragraph.
        static bool IsParagraph(HtmlBlock b) => b.Container == "p" && b.Text.Length >= MinScoredParagraph;
        var firstParagraph = blocks.FindIndex(IsParagraph);
        if (firstParagraph < 0) firstParagraph = blocks.FindIndex(b => b.Container == "p");
        // A standfirst paragraph may come before the byline: marked byline/date lines count up to the second one.
        var secondParagraph = firstParagraph < 0 ? -1 : blocks.FindIndex(firstParagraph + 1, IsParagraph);
        var headline = blocks.FindIndex(b => b.Container == "h1");
        var kept = new List<string>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (i < headline && IsKicker(block)) continue;
            // An author's name is often a link to the author's page: in the header it is the byline, not a link list.
            if (block.IsLinkList && !(i < secondParagraph && block.Text.Length <= HeaderLineMaxLength && NamesTheAuthor(block))) continue;
            var isText = firstParagraph < 0 || TextBlockTags.Contains(block.Container)
                // A short line above the first paragraph: the byline and date line of the article's header.
                || (i < firstParagraph && block.Text.Length <= HeaderLineMaxLength)
                || (i < secondParagraph && block.Text.Length <= HeaderLineMaxLength && IsBylineOrDate(block.Element, root))
                // A live blog's or a thread's entry stamp ("<time>09:12</time>" heading an update) dates the entry below it.
                || IsEntryStamp(block)
                // Notices or updates written as loose text in divs of one class.
                || IsProseEntry(block)
                // A quote's source line ("<blockquote><p>...</p><footer>- the ministry, on Monday</footer>", recall38).
                || block.Container == "footer" && block.Element?.ParentElement?.Closest("blockquote") is not null;
            if (!isText || (block.IsSubheading && HeadsLinkList(blocks, i))) continue;
            kept.Add(block.Text);
        }
        return string.Join("\n\n", kept);
    }

    /// <inheritdoc cref="HtmlBlocks.Collapse"/>
    public static string Collapse(string text) => HtmlBlocks.Collapse(text);
}