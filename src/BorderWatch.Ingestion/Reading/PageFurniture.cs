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
/// A numbered running line ("Borders Review, Research Group      2"): the same words with the next page number at
/// its start or end, two or more times, at least a page's worth of lines apart and set off by a blank line, is a running header or footer
/// even in a text without form feeds or "Page N of M" lines; it is dropped, and the text's pages break there.
/// </summary>
internal static partial class PageFurniture
{
    private const int EdgeLines = 2, MinRepeats = 2, MinPageLines = 6, MinRunningWords = 2, MinRunningLength = 12;

    public static string Drop(string text)
    {
        var lines = text.Split('\n');
        // Each line with its spaces collapsed, once: every test below reads it.
        var collapsed = Array.ConvertAll(lines, Collapsed);
        var numbered = NumberedRunningLines(collapsed);
        var pages = Pages(lines, collapsed, numbered);
        if (pages.Count < 2) return text;
        var furniture = new bool[lines.Length];
        foreach (var i in numbered) furniture[i] = true;
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
    private static List<(int Start, int End)> Pages(string[] lines, string[] collapsed, IReadOnlySet<int> numbered)
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
            else if (!byFormFeed && (LongPageNumber().IsMatch(collapsed[i]) || numbered.Contains(i))) { pages.Add((start, i + 1)); start = i + 1; }
        }
        pages.Add((start, lines.Length));
        return pages.Where(p => Enumerable.Range(p.Item1, p.Item2 - p.Item1).Any(i => collapsed[i].Length > 0)).ToList();
    }

    /// <summary>
    /// The lines of a running header or footer with a page number: the same words (two or more, 12 characters or more)
    /// with the next page number at the start or end, at least twice, each at least a page's worth of lines after the
    /// last, and each with a blank line (or the text's edge) before or after it.
    /// </summary>
    private static IReadOnlySet<int> NumberedRunningLines(string[] collapsed)
    {
        var found = new HashSet<int>();
        var candidates = Enumerable.Range(0, collapsed.Length)
            .Select(i => (Line: i, Match: RunningNumber().Match(collapsed[i])))
            .Where(c => c.Match.Success && RunningWords(c.Match.Groups["t"].Value))
            .GroupBy(c => c.Match.Groups["t"].Value);
        foreach (var group in candidates)
        {
            var items = group.ToList();
            if (items.Count < MinRepeats) continue;
            // Page numbers count up one by one; a table's rows repeat a label with any numbers.
            var numbers = items.Select(c => int.Parse(c.Match.Groups["n"].Value + c.Match.Groups["m"].Value)).ToList();
            if (numbers.Zip(numbers.Skip(1)).Any(p => p.Second != p.First + 1)) continue;
            if (items.Zip(items.Skip(1)).Any(p => p.Second.Line - p.First.Line < MinPageLines)) continue;
            // A header or footer stands apart from the page's text: a blank line or the text's edge on one side.
            if (!items.All(c => BlankOrEdge(collapsed, c.Line - 1) || BlankOrEdge(collapsed, c.Line + 1))) continue;
            foreach (var c in items) found.Add(c.Line);
        }
        return found;
    }

    private static bool BlankOrEdge(string[] collapsed, int i) => i < 0 || i >= collapsed.Length || collapsed[i].Length == 0;

    private static bool RunningWords(string text) =>
        text.Length >= MinRunningLength && Word().Matches(text).Count >= MinRunningWords;

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

    // "Research Group  Borders Review  2" or "2  Borders Review": the running words and the page number.
    [GeneratedRegex(@"^(?:(?<n>\d{1,4})\s+(?<t>\D.*?)|(?<t>.*?\D)\s+(?<m>\d{1,4}))$")]
    private static partial Regex RunningNumber();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Word();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|-\s*\d{1,4}\s*-|\d{1,4}(?:\s*/\s*\d{1,4})?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^page\s+\d{1,4}\s+of\s+\d{1,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex LongPageNumber();

    [GeneratedRegex(@"[.!?…:][""'”’»)\]]*$")]
    private static partial Regex SentenceEnd();
}
