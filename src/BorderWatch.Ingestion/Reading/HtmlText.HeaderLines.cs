using System.Text.RegularExpressions;
using AngleSharp.Dom;
using BorderWatch.Ingestion.Cleaning;

namespace BorderWatch.Ingestion.Reading;

/// <summary>The header-line tests of <see cref="HtmlText"/>: kickers, entry stamps, bylines and date lines, link-list headings.</summary>
internal static partial class HtmlText
{
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
}
