namespace BorderWatch.Ingestion.Reading;

/// <summary>
/// Says where an HTML page that ends too early is cut off. The decision that a page is truncated is AngleSharp's
/// (its <c>EOF</c> parse error: the file ends inside a tag, an attribute value, a comment, a declaration or a
/// raw-text element such as <c>&lt;script&gt;</c>); this scanner only names the construct and the line it opens on,
/// so the error message can point at it.
/// </summary>
internal static class HtmlTruncation
{
    // Elements whose content is raw text up to their own end tag: an unclosed one swallows the rest of the page.
    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

    /// <summary>
    /// "ends inside a tag at line 12", or null when no unterminated construct is found (the caller then falls back
    /// to the parser's own position).
    /// </summary>
    public static string? Describe(string html)
    {
        var n = html.Length;
        var i = 0;
        while (i < n)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= n) return null;   // a lone '<' at the very end is text, not a tag
            var next = html[lt + 1];

            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                if (close < 0) return At("a comment", html, lt);
                i = close + 3;
                continue;
            }
            if (next is '!' or '?')
            {
                // <!DOCTYPE …>, <![CDATA[ …, <?xml …?>: all run to the next '>'.
                var close = html.IndexOf('>', lt + 2);
                if (close < 0) return At("a declaration", html, lt);
                i = close + 1;
                continue;
            }

            var endTag = next == '/';
            var nameStart = lt + (endTag ? 2 : 1);
            if (nameStart >= n) return endTag ? At("a tag", html, lt) : null;
            if (!char.IsAsciiLetter(html[nameStart]))
            {
                if (endTag)
                {
                    // "</ x>" or "</>": a bogus comment up to the next '>'.
                    var close = html.IndexOf('>', nameStart);
                    if (close < 0) return At("a tag", html, lt);
                    i = close + 1;
                }
                else i = lt + 1;   // "a < b": text
                continue;
            }

            var k = nameStart;
            while (k < n && !char.IsWhiteSpace(html[k]) && html[k] is not ('>' or '/')) k++;
            var name = html[nameStart..k].ToLowerInvariant();
            while (k < n && html[k] != '>')
            {
                if (html[k] != '=') { k++; continue; }
                k++;
                while (k < n && char.IsWhiteSpace(html[k])) k++;
                if (k < n && html[k] is '"' or '\'')
                {
                    var close = html.IndexOf(html[k], k + 1);
                    if (close < 0) return At("an attribute value", html, k);
                    k = close + 1;
                }
            }
            if (k >= n) return At("a tag", html, lt);
            i = k + 1;

            if (!endTag && RawTextElements.Contains(name))
            {
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                if (close < 0) return At($"a <{name}> element", html, lt);
                i = close;
            }
        }
        return null;
    }

    private static string At(string construct, string html, int offset) => $"ends inside {construct} at line {LineOf(html, offset)}";

    /// <summary>1-based line of a character offset (LF, CRLF and lone CR all end a line).</summary>
    internal static int LineOf(string text, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n') line++;
            else if (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')) line++;
        }
        return line;
    }
}
