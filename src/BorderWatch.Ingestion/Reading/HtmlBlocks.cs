using System.Text;
using AngleSharp.Dom;

namespace BorderWatch.Ingestion.Reading;

/// <summary>One block of page text (a paragraph, heading, list item ...), the element and tag that hold it, its link text.</summary>
internal sealed record HtmlBlock(string Text, string Container, int LinkChars, IElement? Element)
{
    // A block whose text is mostly link text is a link list, not article prose.
    private const double MaxLinkShare = 0.6;
    private const int LinkBlockMaxLength = 200;

    public bool IsLinkList => Text.Length < LinkBlockMaxLength && LinkChars > MaxLinkShare * Text.Length;

    public bool IsSubheading => Container is "h2" or "h3" or "h4" or "h5" or "h6";
}

/// <summary>
/// Writes a subtree as blocks of text, chrome skipped. Text is built block by block: AngleSharp's TextContent would
/// glue adjacent blocks together. With <see cref="StartAt"/>/<see cref="StopAt"/> only the text from one element up to
/// (not into) another is collected: the article header above a content root.
/// </summary>
internal sealed class HtmlBlocks
{
    private static readonly HashSet<string> BlockTags =
    [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "figure", "header", "footer",
        "address", "hr", "form", "fieldset", "details", "summary", "caption", "body", "center", "figcaption",
    ];

    public List<HtmlBlock> Blocks { get; } = [];
    public IElement? StartAt { get; init; }
    public IElement? StopAt { get; init; }

    private readonly StringBuilder _text = new();
    private int _linkChars;
    private IElement? _element;
    private bool _started;
    private bool _stopped;

    /// <summary>The blocks of <paramref name="root"/>'s subtree.</summary>
    public static List<HtmlBlock> Of(IElement root, IElement? startAt = null, IElement? stopAt = null)
    {
        var collector = new HtmlBlocks { StartAt = startAt, StopAt = stopAt };
        collector._started = startAt is null;
        collector.Walk(root, root, inLink: false);
        collector.Flush();
        return collector.Blocks;
    }

    private void Walk(INode node, IElement container, bool inLink)
    {
        foreach (var child in node.ChildNodes)
        {
            if (_stopped) return;
            if (child is IText text)
            {
                if (!_started) continue;
                if (_text.Length == 0) _element = container;
                _text.Append(text.Data);
                if (inLink) _linkChars += text.Data.Trim().Length;
                continue;
            }
            if (child is not IElement element) continue;
            if (element == StopAt) { Flush(); _stopped = true; return; }
            if (element == StartAt) { Flush(); _started = true; }
            if (HtmlText.IsSkipped(element)) continue;
            var tag = element.LocalName;
            if (tag is "br") { Flush(); continue; }
            if (BlockTags.Contains(tag))
            {
                Flush();
                Walk(element, element, inLink);
                Flush();
            }
            else
            {
                // Sibling inline elements written without a space ("<span>Jane Roe</span><time>May 3</time>") are
                // separate words on screen; so they are in the text.
                if (_text.Length > 0 && child.PreviousSibling is IElement && !char.IsWhiteSpace(_text[^1])) _text.Append(' ');
                Walk(element, container, inLink || tag == "a");
            }
        }
    }

    private void Flush()
    {
        var text = Collapse(_text.ToString());
        if (text.Length > 0 && _element is not null) Blocks.Add(new HtmlBlock(text, _element.LocalName, Math.Min(_linkChars, text.Length), _element));
        _text.Clear();
        _linkChars = 0;
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
