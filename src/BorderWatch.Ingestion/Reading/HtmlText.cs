using System.Text.RegularExpressions;
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
    private static readonly HashSet<string> JunkTags =
    [
        "script", "style", "noscript", "template", "svg", "iframe", "button", "nav", "aside", "input", "select",
        "textarea", "object", "embed", "canvas", "video", "audio", "dialog", "head", "title", "math", "marquee",
        "figcaption",
    ];

    // Blocks that hold running text; loose text of layout containers is kept only when a page has no <p> at all,
    // or as a short line of the article's header (byline, date) above its first paragraph. Captions are not main
    // text: figcaption and caption-marked elements are skipped as chrome.
    private static readonly HashSet<string> TextBlockTags =
    [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "th",
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
        (e.LocalName is "aside" or "nav" or "footer" && e.Closest("article") is null)
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

    internal static bool IsSkippedOrInSkipped(IElement element, IElement? stopAt = null)
    {
        for (var e = element; e is not null && e != stopAt; e = e.ParentElement)
            if (IsSkipped(e)) return true;
        return false;
    }

    /// <summary>Elements whose whole subtree is page chrome or not visible text.</summary>
    internal static bool IsSkipped(IElement element)
    {
        var tag = element.LocalName;
        if (tag is "html" or "body" or "main" or "article") return false;
        if (JunkTags.Contains(tag)) return true;
        // A page header/footer is chrome; inside an article the header holds the headline and standfirst.
        if (tag is "header" && element.Closest("article") is null) return true;
        if (tag is "footer") return true;
        // ASP.NET pages wrap everything in one <form>; only small forms (search, sign-up) are chrome.
        if (tag is "form") return element.QuerySelector("article, " + MarkedArticleBody) is null && !HoldsMostOfThePage(element, 1);
        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true") return true;
        var style = element.GetAttribute("style");
        if (style is not null && (style.Replace(" ", "").Contains("display:none", StringComparison.OrdinalIgnoreCase)
                                  || style.Replace(" ", "").Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase))) return true;
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Split(' ').Contains("articleBody")) return false;
        var lexicon = BoilerplateLexicon.Instance;
        if (element.GetAttribute("role") is { } role && lexicon.HtmlChromeRoles.Contains(role.Trim())) return true;
        var marker = ChromeMarker(element, lexicon);
        if (marker is null) return false;
        // A class like "layout-with-sidebar" on the wrapper of the whole story must not hide the story: an element
        // holding most of the page's paragraph text is content, whatever its class says (comment threads excepted).
        // Likewise a "widget" or "section" wrapper around the page's one article (blog engines wrap the post so).
        return marker.Contains("comment", StringComparison.Ordinal) || marker.Contains("disqus", StringComparison.Ordinal)
            || !(HoldsMostOfThePage(element) || element.QuerySelector(MarkedArticleBody) is not null);
    }

    /// <summary>The id/class token or aria-label word that marks the element as chrome, if any.</summary>
    private static string? ChromeMarker(IElement element, BoilerplateLexicon lexicon)
    {
        var tokens = element.ClassList.AsEnumerable();
        if (element.Id is { Length: > 0 } id) tokens = tokens.Append(id);
        if (element.GetAttribute("aria-label") is { } label) tokens = tokens.Concat(label.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        // Component names of script-built pages ("share-tools", "markets-ticker") sit in data-testid.
        if (element.GetAttribute("data-testid") is { Length: > 0 } testId) tokens = tokens.Append(testId);
        // camelCase ids and classes ("imageCaption", "divCookie") are split like kebab-case ones.
        return tokens.Select(t => CamelHump().Replace(t, "$1-$2").ToLowerInvariant()).FirstOrDefault(t => lexicon.HtmlChromeMarker.IsMatch(t));
    }

    private const int MinProtectedLength = 300;

    // The page's article as its microdata names it (itemprop holds a word list); an <article> alone may be a teaser card.
    private const string MarkedArticleBody = "[itemprop~=articleBody], [itemprop~=blogPost]";

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

    private static string Extract(IElement root)
    {
        var blocks = HtmlBlocks.Of(root);
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
                || IsEntryStamp(block);
            if (!isText || (block.IsSubheading && HeadsLinkList(blocks, i))) continue;
            kept.Add(block.Text);
        }
        return string.Join("\n\n", kept);
    }

    private const int EntryStampMaxLength = 40;
    private const int KickerMaxLength = 40;

    /// <summary>
    /// A section label above the headline ("<a>Borders</a> <span>Premium</span>"): a short line with a link in it and
    /// no digit (a date above the headline is kept), not the author's name.
    /// </summary>
    private static bool IsKicker(HtmlBlock block) =>
        block.Text.Length <= KickerMaxLength && block.LinkChars > 0 && !block.Text.Any(char.IsDigit) && !NamesTheAuthor(block);

    // An update's stamp is a time of day ("09:12", "9.40am"); a date in a <time> is the article's own date line.
    [GeneratedRegex(@"^[0-2]?\d[:.][0-5]\d(?:\s*(?i:am|pm))?$")]
    private static partial Regex ClockOnly();

    /// <summary>A short block that is nothing but a clock in a <c>time</c> element of its container, with text before the next one.</summary>
    private static bool IsEntryStamp(HtmlBlock block) =>
        block.Text.Length <= EntryStampMaxLength && ClockOnly().IsMatch(block.Text) && block.Element is { } container
        && container.Children.Any(c => c.LocalName == "time" && HtmlBlocks.Collapse(c.TextContent).Trim() == block.Text);

    /// <summary>An address element, or one marked as the byline or date (itself or an ancestor below the root).</summary>
    private static bool IsBylineOrDate(IElement? element, IElement root)
    {
        var lexicon = BoilerplateLexicon.Instance;
        for (var e = element; e is not null && e != root; e = e.ParentElement)
            if (e.LocalName is "address" or "time"
                || Markers(e).Any(t => lexicon.HtmlBylineMarker.IsMatch(t) || lexicon.HtmlDateMarker.IsMatch(t))) return true;
        return false;
    }

    /// <summary>
    /// A block written by the element marked as the article's author (rel/itemprop author, a byline class): the block's
    /// container is marked, or the block's text holds the text of a marked element inside it.
    /// </summary>
    private static bool NamesTheAuthor(HtmlBlock block)
    {
        if (block.Element is not { } element) return false;
        var lexicon = BoilerplateLexicon.Instance;
        bool Marked(IElement e) => e.GetAttribute("rel") is { } rel && rel.Split(' ').Contains("author")
            || Markers(e).Concat(e.GetAttribute("data-testid") is { } id ? [CamelHump().Replace(id, "$1-$2").ToLowerInvariant()] : [])
                .Any(t => lexicon.HtmlBylineMarker.IsMatch(t));
        return Marked(element) || element.QuerySelectorAll("*").Any(e =>
            Marked(e) && Collapse(e.TextContent) is { Length: > 0 } name && block.Text.Contains(name, StringComparison.Ordinal));
    }

    /// <summary>
    /// A subheading followed by nothing but link lists (two or more) up to the next heading or the end titles a list
    /// of links ("More on this story"), not a section of the article.
    /// </summary>
    private static bool HeadsLinkList(List<HtmlBlock> blocks, int heading)
    {
        var links = 0;
        for (var j = heading + 1; j < blocks.Count && !blocks[j].IsSubheading && blocks[j].Container != "h1"; j++)
        {
            if (!blocks[j].IsLinkList) return false;
            links++;
        }
        return links >= 2;
    }

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex CamelHump();

    /// <inheritdoc cref="HtmlBlocks.Collapse"/>
    public static string Collapse(string text) => HtmlBlocks.Collapse(text);
}
