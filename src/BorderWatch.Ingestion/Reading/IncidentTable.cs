using System.Text.Json;
using AngleSharp.Dom;

namespace BorderWatch.Ingestion.Reading;

/// <summary>
/// A table of incidents (a monitoring table, a ministry's digest, a report's annex) holds one event per row: a date
/// cell ("3 Nov"), often a place cell, an event cell, a source cell. Read cell by cell, each cell is a paragraph of its
/// own and the date paragraph dates the event below it; but an event cell written without a closing full stop is a
/// one-sentence paragraph without punctuation, a heading to the pipeline (<c>SentenceScope</c>), and gives nothing.
/// When the table's header row names a date column and an event column (words of <c>Lexicon/table-columns.json</c>),
/// each row's event cell is closed with a full stop when it has no closing punctuation; its words stay as written, so
/// an excerpt inside it is found in the page's text. Any other table (layout, navigation, a key/value box) is read as
/// it was. (Writing each row as one paragraph "date, place: event." was tried: it dropped the border cells other
/// tables carry and moved two rows of fresh8/fresh16.)
/// </summary>
internal static class IncidentTable
{
    private static readonly TableColumnWords Words = TableColumnWords.Load();

    public static List<HtmlBlock> CloseEventCells(List<HtmlBlock> blocks)
    {
        var tables = new Dictionary<IElement, Columns?>();
        // Each cell's last block, found in one pass (not a scan of every block per cell block).
        var lastOfCell = new Dictionary<IElement, HtmlBlock>();
        foreach (var b in blocks)
            if (b.Element?.Closest("td") is { } td) lastOfCell[td] = b;
        var read = new List<HtmlBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            var cell = block.Element?.Closest("td");
            var row = cell?.ParentElement is { LocalName: "tr" } tr ? tr : null;
            var table = row?.Closest("table");
            if (row is null || table is null || ColumnsOf(tables, table) is not { } columns || row == columns.Header
                || Cells(row) is var cells && (cells.Count != columns.Count || cells[columns.Event] != cell))
            {
                read.Add(block);
                continue;
            }
            // The cell's last block closes the event: a cell of several paragraphs keeps its inner stops as written.
            var last = lastOfCell[cell!] == block;
            read.Add(last ? block with { Text = Closed(block.Text) } : block);
        }
        return read;
    }

    private sealed record Columns(IElement Header, int Count, int Date, int Event);

    private static Columns? ColumnsOf(Dictionary<IElement, Columns?> tables, IElement table)
    {
        if (tables.TryGetValue(table, out var known)) return known;
        return tables[table] = Read(table);
    }

    // The header row: the table's first row, its cells header cells (th) or inside a thead.
    private static Columns? Read(IElement table)
    {
        var header = table.QuerySelectorAll("tr").FirstOrDefault(r => r.Closest("table") == table);
        if (header is null) return null;
        var cells = Cells(header);
        if (cells.Count < 2 || !(header.ParentElement?.LocalName == "thead" || cells.All(c => c.LocalName == "th"))) return null;
        var names = cells.Select(c => Key(HtmlBlocks.Collapse(c.TextContent))).ToList();
        int Find(HashSet<string> words) => names.FindIndex(words.Contains);
        var (date, @event) = (Find(Words.Date), Find(Words.Event));
        return date < 0 || @event < 0 ? null : new Columns(header, cells.Count, date, @event);
    }

    private static List<IElement> Cells(IElement row) => row.Children.Where(c => c.LocalName is "td" or "th").ToList();

    private static string Closed(string text)
    {
        var end = text.TrimEnd(')', ']');
        return end.Length > 0 && ClosingPunctuation.Contains(end[^1]) ? text : text + ".";
    }

    private const string ClosingPunctuation = ".!?\"”’'";

    private static string Key(string text) => text.Trim().TrimEnd(':', '.', ' ').ToLowerInvariant();

    /// <summary>The column names of <c>Lexicon/table-columns.json</c>.</summary>
    private sealed record TableColumnWords(HashSet<string> Date, HashSet<string> Event)
    {
        public static TableColumnWords Load()
        {
            using var json = JsonDocument.Parse(LexiconResource.Read("table-columns.json"));
            HashSet<string> Set(string name) => json.RootElement.GetProperty(name).EnumerateArray().Select(e => Key(e.GetString()!)).ToHashSet();
            return new TableColumnWords(Set("date"), Set("event"));
        }
    }
}
