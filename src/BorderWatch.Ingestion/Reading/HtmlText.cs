using System.Text;
using AngleSharp.Dom;
using BorderWatch.Ingestion.Cleaning;

namespace BorderWatch.Ingestion.Reading;

/// <summary>
/// HTML to article text in the spirit of trafilatura: skip page chrome (by tag, role, aria-label, id/class),
/// find the content root, then write each block (paragraph, heading, list item, quote) as one paragraph.
/// Text is built block by block: AngleSharp's TextContent would glue adjacent blocks together.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> JunkTags =
    [
        "script", "style", "noscript", "template", "svg", "iframe", "button", "nav", "aside", "input", "select",
        "textarea", "object", "embed", "canvas", "video", "audio", "dialog", "head", "title", "math",
    ];

    private static readonly HashSet<string> BlockTags =
    [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "figure", "header", "footer",
        "address", "hr", "form", "fieldset", "details", "summary", "caption", "body", "center", "figcaption",
    ];

    // Blocks that hold running text; loose text of layout containers is kept only when a page has no <p> at all.
    // Captions count only because extraction walks the content root alone: a caption there belongs to the
    // article (and often dates it); captions elsewhere on the page are never reached.
    private static readonly HashSet<string> TextBlockTags =
    [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "th", "figcaption",
    ];

    // A block whose text is mostly link text is a link list, not article prose.
    private const double MaxLinkShare = 0.6;
    private const int LinkBlockMaxLength = 200;
    // Readability's floor: shorter paragraphs say little about where the article is.
    private const int MinScoredParagraph = 25;
    // A semantic root must hold at least this share of the page's text, else it is a teaser card.
    private const double MinRootShare = 0.25;

    /// <summary>The article text of a whole page, or "" when none is found.</summary>
    /// <summary>The article text of a whole page and the element it was taken from (the body when no root stood out).</summary>
    public static string ExtractArticle(IDocument document, out IElement? root)
    {
        root = document.Body;
        if (root is null) return "";
        var pageText = Extract(root);
        foreach (var candidate in Candidates(document))
        {
            var text = Extract(candidate);
            if (text.Length > 0 && text.Length >= MinRootShare * pageText.Length) { root = candidate; return text; }
        }
        return pageText;
    }

    /// <summary>
    /// True when the element sits in a block whose dates and names belong to other articles or to readers: related
    /// lists, comments, sidebars, asides, navigation, the page footer.
    /// </summary>
    public static bool InForeignBlock(IElement element)
    {
        var lexicon = BoilerplateLexicon.Instance;
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "aside" or "nav" or "footer" && e.Closest("article") is null) return true;
            if (Markers(e).Any(t => lexicon.HtmlForeignMarker.IsMatch(t))) return true;
        }
        return false;
    }

    /// <summary>The element's class names, id and itemprop, lower case.</summary>
    public static IEnumerable<string> Markers(IElement element)
    {
        var tokens = element.ClassList.AsEnumerable();
        if (element.Id is { Length: > 0 } id) tokens = tokens.Append(id);
        if (element.GetAttribute("itemprop") is { Length: > 0 } itemprop) tokens = tokens.Append(itemprop);
        return tokens.Select(t => t.ToLowerInvariant());
    }

    /// <summary>All the text of a fragment (a feed item's HTML), chrome skipped, without a root search.</summary>
    public static string ExtractAll(IDocument document) => document.Body is { } body ? Extract(body) : "";

    private static IEnumerable<IElement> Candidates(IDocument document)
    {
        IElement? Largest(string selector) => document.QuerySelectorAll(selector)
            .Where(e => !IsSkippedOrInSkipped(e))
            .Select(e => (Element: e, Length: ParagraphTextLength(e)))
            .Where(c => c.Length > 0)
            .OrderByDescending(c => c.Length).Select(c => c.Element).FirstOrDefault();

        if (Largest("article") is { } article) yield return article;
        if (Largest("[itemprop=articleBody]") is { } articleBody) yield return articleBody;
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
        return scores.Count == 0 ? null : scores.MaxBy(kv => kv.Value).Key;
    }

    private static int ParagraphTextLength(IElement root) =>
        root.QuerySelectorAll("p").Where(p => !IsSkippedOrInSkipped(p, root)).Sum(p => Collapse(p.TextContent).Length);

    private static int LinkTextLength(IElement element) =>
        element.QuerySelectorAll("a").Sum(a => Collapse(a.TextContent).Length);

    private static bool IsSkippedOrInSkipped(IElement element, IElement? stopAt = null)
    {
        for (var e = element; e is not null && e != stopAt; e = e.ParentElement)
            if (IsSkipped(e)) return true;
        return false;
    }

    /// <summary>Elements whose whole subtree is page chrome or not visible text.</summary>
    private static bool IsSkipped(IElement element)
    {
        var tag = element.LocalName;
        if (tag is "html" or "body" or "main" or "article") return false;
        if (JunkTags.Contains(tag)) return true;
        // A page header/footer is chrome; inside an article the header holds the headline and standfirst.
        if (tag is "header" && element.Closest("article") is null) return true;
        if (tag is "footer") return true;
        // ASP.NET pages wrap everything in one <form>; only small forms (search, sign-up) are chrome.
        if (tag is "form") return element.QuerySelector("article, [itemprop=articleBody]") is null && !HoldsMostOfThePage(element, 1);
        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true") return true;
        var style = element.GetAttribute("style");
        if (style is not null && (style.Replace(" ", "").Contains("display:none", StringComparison.OrdinalIgnoreCase)
                                  || style.Replace(" ", "").Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase))) return true;
        if (element.GetAttribute("itemprop") is "articleBody") return false;
        var lexicon = BoilerplateLexicon.Instance;
        if (element.GetAttribute("role") is { } role && lexicon.HtmlChromeRoles.Contains(role.Trim())) return true;
        var marker = ChromeMarker(element, lexicon);
        if (marker is null) return false;
        // A class like "layout-with-sidebar" on the wrapper of the whole story must not hide the story: an element
        // holding most of the page's paragraph text is content, whatever its class says (comment threads excepted).
        return marker.Contains("comment", StringComparison.Ordinal) || marker.Contains("disqus", StringComparison.Ordinal)
            || !HoldsMostOfThePage(element);
    }

    /// <summary>The id/class token or aria-label word that marks the element as chrome, if any.</summary>
    private static string? ChromeMarker(IElement element, BoilerplateLexicon lexicon)
    {
        var tokens = element.ClassList.AsEnumerable();
        if (element.Id is { Length: > 0 } id) tokens = tokens.Append(id);
        if (element.GetAttribute("aria-label") is { } label) tokens = tokens.Concat(label.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return tokens.Select(t => t.ToLowerInvariant()).FirstOrDefault(t => lexicon.HtmlChromeMarker.IsMatch(t));
    }

    private const int MinProtectedLength = 300;

    private static bool HoldsMostOfThePage(IElement element, int minLength = MinProtectedLength)
    {
        var own = RawParagraphLength(element);
        if (own < minLength) return false;
        var page = element.Owner?.Body is { } body ? RawParagraphLength(body) : own;
        return own * 2 >= page;
    }

    // Cached per element: the chrome test asks for the page's total for every marked element it meets.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IElement, object> ParagraphLengths = new();

    private static int RawParagraphLength(IElement element) =>
        (int)ParagraphLengths.GetValue(element, e => e.QuerySelectorAll("p").Sum(p => p.TextContent.Length));

    private sealed record Block(string Text, string Container, int LinkChars);

    private static string Extract(IElement root)
    {
        var collector = new BlockCollector();
        collector.Walk(root, root.LocalName, inLink: false);
        collector.Flush();
        var blocks = collector.Blocks;
        var hasParagraphs = blocks.Any(b => b.Container == "p");
        var kept = blocks
            .Where(b => !hasParagraphs || TextBlockTags.Contains(b.Container))
            .Where(b => !(b.Text.Length < LinkBlockMaxLength && b.LinkChars > MaxLinkShare * b.Text.Length))
            .Select(b => b.Text);
        return string.Join("\n\n", kept);
    }

    private sealed class BlockCollector
    {
        public List<Block> Blocks { get; } = [];
        private readonly StringBuilder _text = new();
        private int _linkChars;
        private string _container = "";

        public void Walk(INode node, string container, bool inLink)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text)
                {
                    if (_text.Length == 0) _container = container;
                    _text.Append(text.Data);
                    if (inLink) _linkChars += text.Data.Trim().Length;
                    continue;
                }
                if (child is not IElement element || IsSkipped(element)) continue;
                var tag = element.LocalName;
                if (tag is "br") { Flush(); continue; }
                if (BlockTags.Contains(tag))
                {
                    Flush();
                    Walk(element, tag, inLink);
                    Flush();
                }
                else Walk(element, container, inLink || tag == "a");
            }
        }

        public void Flush()
        {
            var text = Collapse(_text.ToString());
            if (text.Length > 0) Blocks.Add(new Block(text, _container, Math.Min(_linkChars, text.Length)));
            _text.Clear();
            _linkChars = 0;
        }
    }

    /// <summary>Collapses runs of ASCII whitespace to one space; no-break spaces and other characters stay as written.</summary>
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
