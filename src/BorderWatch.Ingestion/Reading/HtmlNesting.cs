namespace BorderWatch.Ingestion.Reading;

/// <summary>
/// A linear pre-parse check of how deeply an HTML page nests its elements. The HTML parser's tree construction
/// looks through the stack of open elements for every tag, so a page nested 100,000 levels deep costs it minutes;
/// a real news page nests a few dozen levels. Pages deeper than <see cref="MaxDepth"/> are refused before parsing,
/// which also bounds the depth of every later tree walk.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>Deepest nesting accepted; browsers themselves flatten trees deeper than 512.</summary>
    public const int MaxDepth = 1000;

    // Elements that never hold children, and those the parser closes by itself when the next one starts
    // (counting them would make ordinary unclosed paragraphs and list items look deep).
    private static readonly HashSet<string> NotCounted = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "image", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
        "rb", "rt", "rp", "rtc", "colgroup", "caption", "html", "head", "body",
    };

    // Elements whose content is text up to their end tag: markup inside them is not markup.
    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    /// <summary>Throws <see cref="InvalidDocumentException"/> when the page nests deeper than <see cref="MaxDepth"/>.</summary>
    public static void Check(string sourceName, string html)
    {
        var depth = Depth(html, MaxDepth);
        if (depth > MaxDepth)
            throw new InvalidDocumentException(sourceName,
                $"HTML nested more than {MaxDepth:N0} elements deep (refused: no news page is built that way)");
    }

    /// <summary>The deepest nesting of counted elements, scanning stops as soon as it passes <paramref name="cap"/>.</summary>
    public static int Depth(string html, int cap)
    {
        int depth = 0, deepest = 0, i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length) break;
            var next = html[lt + 1];
            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                if (end < 0) break;
                i = end + 3;
            }
            else if (next is '!' or '?')
            {
                i = SkipPast(html, lt + 2, '>');
            }
            else if (next == '/')
            {
                var (name, after) = TagName(html, lt + 2);
                if (name.Length > 0 && !NotCounted.Contains(name) && depth > 0) depth--;
                i = SkipPast(html, after, '>');
            }
            else if (char.IsAsciiLetter(next))
            {
                var (name, after) = TagName(html, lt + 1);
                var close = html.IndexOf('>', after);
                if (close < 0) break;
                i = close + 1;
                if (html[close - 1] == '/' || NotCounted.Contains(name)) continue;
                if (RawText.Contains(name))
                {
                    var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                    if (end < 0) break;
                    i = end;
                    continue;
                }
                if (++depth > deepest && (deepest = depth) > cap) return deepest;
            }
            else i = lt + 1;
        }
        return deepest;
    }

    private static int SkipPast(string html, int from, char c)
    {
        var at = from < html.Length ? html.IndexOf(c, from) : -1;
        return at < 0 ? html.Length : at + 1;
    }

    private static (string Name, int After) TagName(string html, int from)
    {
        var end = from;
        while (end < html.Length && end - from < 32 && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '-')) end++;
        return (html[from..end].ToLowerInvariant(), end);
    }
}
