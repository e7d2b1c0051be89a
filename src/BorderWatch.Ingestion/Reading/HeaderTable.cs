using AngleSharp.Dom;

namespace BorderWatch.Ingestion.Reading;

/// <summary>
/// A table in an article's header ("Author: | Jane Roe | Date: | 27.11.2026") is one line per row, not one line per
/// cell: read cell by cell it counts as many blocks and the header looks like layout. A row that pairs label cells
/// ("Author:") with value cells is written as one "Label: value" line per pair, so each pair can be judged on its own
/// (a "Views: 2315" pair is a counter, the "Author:" pair a byline).
/// </summary>
internal static class HeaderTable
{
    // A header cell is a label or a short value; a longer cell is a table of content, left as it is.
    private const int MaxCellLength = 80;

    public static List<HtmlBlock> JoinRows(List<HtmlBlock> blocks)
    {
        var joined = new List<HtmlBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count;)
        {
            var row = Row(blocks[i]);
            var end = i + 1;
            while (row is not null && end < blocks.Count && Row(blocks[end]) == row) end++;
            if (row is null || end - i < 2 || blocks.Skip(i).Take(end - i).Any(b => b.Text.Length > MaxCellLength))
            {
                joined.Add(blocks[i++]);
                continue;
            }
            joined.AddRange(Lines(blocks.GetRange(i, end - i), row));
            i = end;
        }
        return joined;
    }

    // The row of a block written straight into a table cell, else null.
    private static IElement? Row(HtmlBlock block) =>
        block.Element is { LocalName: "td" or "th" } cell && cell.ParentElement is { LocalName: "tr" } tr ? tr : null;

    private static IEnumerable<HtmlBlock> Lines(List<HtmlBlock> cells, IElement row)
    {
        var pairs = cells.Count % 2 == 0 && Enumerable.Range(0, cells.Count / 2).All(k => IsLabel(cells[2 * k].Text));
        if (!pairs)
        {
            yield return Merge(cells, row);
            yield break;
        }
        for (var k = 0; k < cells.Count; k += 2) yield return Merge(cells.GetRange(k, 2), row);
    }

    private static bool IsLabel(string text) => text.Length >= 2 && text[^1] == ':';

    private static HtmlBlock Merge(List<HtmlBlock> cells, IElement row) =>
        new(string.Join(' ', cells.Select(c => c.Text)), "tr", cells.Sum(c => c.LinkChars), row);
}
