using System.Text;
using System.Text.RegularExpressions;

namespace BorderWatch.Ingestion.Reading;

/// <summary>
/// Drops the page furniture of text extracted from a PDF before wrap detection (<see cref="HardWrap"/>): form feeds,
/// page numbers ("Page 1 of 2", "- 3 -", a bare "3") at a page's edge, and running headers or footers, i.e. lines
/// that repeat verbatim (spaces collapsed) at two or more page edges and nowhere else. A page's edge is its first two
/// or last two non-blank lines; pages are split at form feeds, or, in a text without form feeds, at "Page N of M"
/// lines. Where furniture stood between two pages, the last line of the one page meets the first line of the next:
/// with a blank line between them when the page ended a sentence, directly otherwise (a sentence runs on over the
/// break). A text without page breaks is returned unchanged, so a repeated "UPDATE:" label in an article stays.
/// </summary>
internal static partial class PageFurniture
{
    private const int EdgeLines = 2, MinRepeats = 2;

    public static string Drop(string text)
    {
        var lines = text.Split('\n');
        // Each line with its spaces collapsed, once: every test below reads it.
        var collapsed = Array.ConvertAll(lines, Collapsed);
        var pages = Pages(lines, collapsed);
        if (pages.Count < 2) return text;
        var furniture = new bool[lines.Length];
        var edges = pages.SelectMany(p => Edge(collapsed, p)).ToHashSet();
        foreach (var i in edges)
            if (PageNumber().IsMatch(collapsed[i])) furniture[i] = true;
        for (var i = 0; i < lines.Length; i++)
            if (LongPageNumber().IsMatch(collapsed[i])) furniture[i] = true;
        // Running headers and footers: the same line at two page edges or more, and never inside a page.
        foreach (var group in Enumerable.Range(0, lines.Length).Where(i => collapsed[i].Length > 0)
                     .GroupBy(i => collapsed[i]))
            if (group.Count() >= MinRepeats && group.All(edges.Contains))
                foreach (var i in group) furniture[i] = true;
        return Joined(lines, furniture);
    }

    /// <summary>The line ranges [start, end) of the pages: split at form feeds, or else after "Page N of M" lines.</summary>
    private static List<(int Start, int End)> Pages(string[] lines, string[] collapsed)
    {
        var pages = new List<(int, int)>();
        var start = 0;
        var byFormFeed = lines.Any(l => l.Contains('\f'));
        for (var i = 0; i < lines.Length; i++)
        {
            if (byFormFeed && lines[i].Contains('\f'))
            {
                // A form feed opens the next page, on its own line or in front of the page's first line.
                var before = lines[i][..lines[i].IndexOf('\f')];
                if (before.Trim().Length > 0) { pages.Add((start, i + 1)); start = i + 1; }
                else { pages.Add((start, i)); start = i; }
            }
            else if (!byFormFeed && LongPageNumber().IsMatch(collapsed[i])) { pages.Add((start, i + 1)); start = i + 1; }
        }
        pages.Add((start, lines.Length));
        return pages.Where(p => Enumerable.Range(p.Item1, p.Item2 - p.Item1).Any(i => collapsed[i].Length > 0)).ToList();
    }

    private static IEnumerable<int> Edge(string[] collapsed, (int Start, int End) page)
    {
        var filled = Enumerable.Range(page.Start, page.End - page.Start).Where(i => collapsed[i].Length > 0).ToList();
        return filled.Take(EdgeLines).Concat(filled.TakeLast(EdgeLines));
    }

    private static string Joined(string[] lines, bool[] furniture)
    {
        var kept = new List<string>();
        var atBreak = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (furniture[i] || lines[i].Contains('\f')) atBreak = true;
            if (furniture[i]) continue;
            var line = lines[i].Replace("\f", "");
            if (atBreak && line.Trim().Length == 0) continue;
            if (atBreak)
            {
                // Blank lines on either side of the furniture belong to the page layout.
                while (kept.Count > 0 && kept[^1].Trim().Length == 0) kept.RemoveAt(kept.Count - 1);
                if (kept.Count > 0 && SentenceEnd().IsMatch(kept[^1].TrimEnd())) kept.Add("");
                atBreak = false;
            }
            kept.Add(line);
        }
        return string.Join('\n', kept);
    }

    private static string Collapsed(string line) => Spaces().Replace(line.Replace("\f", ""), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|-\s*\d{1,4}\s*-|\d{1,4}(?:\s*/\s*\d{1,4})?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^page\s+\d{1,4}\s+of\s+\d{1,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex LongPageNumber();

    [GeneratedRegex(@"[.!?…:][""'”’»)\]]*$")]
    private static partial Regex SentenceEnd();
}
