using System.Text.RegularExpressions;

namespace BorderWatch.Ingestion.Reading;

internal static partial class HtmlText
{
    // An entry is told in sentences: a few words and a closing stop, not a label or a figure.
    private const int EntryMinWords = 12;

    /// <summary>
    /// A page that lists dated notices, updates or posts as <c>&lt;div&gt;</c>s of one class ("&lt;div class="notice"&gt;[03.12
    /// 06:15] Korday: Traffic has been suspended since 06:00 ...&lt;/div&gt;") writes its news as loose text in those divs,
    /// beside paragraphs elsewhere (a tips list, a footer): each such div whose text is prose is a paragraph of the
    /// article. A single div, a short label or a text without a closing stop stays layout.
    /// </summary>
    private static bool IsProseEntry(HtmlBlock block) =>
        block.Container == "div" && block.Element is { ClassList.Length: > 0 } element && !block.IsLinkList &&
        SentenceEnd().IsMatch(block.Text) && Words().Count(block.Text) >= EntryMinWords &&
        element.ParentElement is { } parent &&
        parent.Children.Count(c => c.LocalName == "div" && c.ClassName == element.ClassName) >= 2;

    [GeneratedRegex(@"[.!?][""'’”)]?\s*$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
