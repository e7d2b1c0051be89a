using System.Text.RegularExpressions;
using AngleSharp.Dom;
using BorderWatch.Ingestion.Cleaning;

namespace BorderWatch.Ingestion.Reading;

/// <summary>The chrome test of <see cref="HtmlText"/>: which elements' whole subtrees are page chrome or not visible text.</summary>
internal static partial class HtmlText
{
    private static readonly HashSet<string> JunkTags =
    [
        "script", "style", "noscript", "template", "svg", "iframe", "button", "nav", "aside", "input", "select",
        "textarea", "object", "embed", "canvas", "video", "audio", "dialog", "head", "title", "math", "marquee",
    ];

    /// <summary>A photo gallery tells its story in its captions: at least this many, holding more text than the page's
    /// paragraphs outside them. There the captions are the main text; on any other page they are chrome.</summary>
    private const int GalleryCaptions = 3;

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
        if (tag is "figcaption") return !IsGallery(element);
        // A page header/footer is chrome; inside an article the header holds the headline and standfirst.
        if (tag is "header" && element.Closest("article") is null) return true;
        // (A footer inside a quote is its source: "<blockquote><p>...</p><footer>- the ministry</footer>", recall38.)
        if (tag is "footer") return element.ParentElement?.Closest("blockquote") is null;
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

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IElement, object> Galleries = new();

    /// <summary>The page is a gallery whose captions carry its text (<see cref="GalleryCaptions"/>), cached per page.</summary>
    private static bool IsGallery(IElement caption)
    {
        if (caption.Owner?.Body is not { } body) return false;
        return (bool)Galleries.GetValue(body, b =>
        {
            var captions = b.QuerySelectorAll("figcaption");
            var captionText = captions.Sum(c => c.TextContent.Trim().Length);
            var paragraphText = b.QuerySelectorAll("p").Where(p => p.Closest("figcaption") is null).Sum(p => p.TextContent.Trim().Length);
            return captions.Length >= GalleryCaptions && captionText > paragraphText;
        });
    }

    // Cached per element: the chrome test asks for the page's total for every marked element it meets.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IElement, object> ParagraphLengths = new();

    private static int RawParagraphLength(IElement element) =>
        (int)ParagraphLengths.GetValue(element, e => e.QuerySelectorAll("p").Sum(p => p.TextContent.Length));

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex CamelHump();
}
