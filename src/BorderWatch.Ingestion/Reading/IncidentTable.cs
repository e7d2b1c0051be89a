using System.Text.Json;
using AngleSharp.Dom;

namespace BorderWatch.Ingestion.Reading;

/// <summary>
/// A table of incidents (a monitoring table, a ministry's digest, a report's annex) holds one event per row: a date
/// cell ("3 Nov"), often a place cell, an event cell written without a closing full stop, a source cell. Read cell by
/// cell, the event is an unpunctuated paragraph of its own (a heading to the pipeline) and its date a paragraph apart.
/// When the table's header row names a date column and an event column (words of <c>Lexicon/table-columns.json</c>),
/// each row is written as one paragraph "&lt;date&gt;, &lt;place&gt;: &lt;event&gt;." and the header row is dropped; the
/// event cell's text stays as written (a full stop is added only when it has no closing punctuation), so an excerpt
/// inside it is found in the page's text. Any other table (layout, navigation, a key/value box) is left as it was.
/// </summary>
internal static class IncidentTable
{
    private static readonly TableColumnWords Words = TableColumnWords.Load();

    public static List<HtmlBlock> JoinRows(List<HtmlBlock> blocks)
    {
        var tables = new Dictionary<IElement, Columns?>();
        var joined = new List<HtmlBlock>(blocks.Count);
        IElement? lastRow = null;
        foreach (var block in blocks)
        {
            var row = block.Element?.Closest("tr");
            var table = row?.Closest("table");
            if (row is null || table is null || ColumnsOf(tables, table) is not { } columns)
            {
                joined.Add(block);
                lastRow = null;
                continue;
            }
            if (row == lastRow) continue;   // the row's other cells: written with its first block
            lastRow = row;
            if (row == columns.Header) continue;
            var cells = Cells(row);
            if (cells.Count != columns.Count) { joined.Add(block); lastRow = null; continue; }
            if (RowText(cells, columns) is { } text)
                joined.Add(new HtmlBlock(text, "td", Math.Min(text.Length, cells.Sum(LinkLength)), row));
        }
        return joined;
    }

    private sealed record Columns(IElement Header, int Count, int Date, int Place, int Event);

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
        var (date, place, @event) = (Find(Words.Date), Find(Words.Place), Find(Words.Event));
        return date < 0 || @event < 0 ? null : new Columns(header, cells.Count, date, place, @event);
    }

    private static List<IElement> Cells(IElement row) => row.Children.Where(c => c.LocalName is "td" or "th").ToList();

    private static string? RowText(List<IElement> cells, Columns columns)
    {
        string Text(int i) => i < 0 ? "" : string.Join(' ', HtmlBlocks.Of(cells[i]).Select(b => b.Text));
        var @event = Text(columns.Event);
        if (@event.Length == 0) return null;
        var (date, place) = (Text(columns.Date), Text(columns.Place));
        var lead = string.Join(", ", new[] { date, place }.Where(t => t.Length > 0));
        var end = @event.TrimEnd(')', ']');
        var closed = end.Length > 0 && ClosingPunctuation.Contains(end[^1]) ? @event : @event + ".";
        return lead.Length == 0 ? closed : $"{lead}: {closed}";
    }

    private const string ClosingPunctuation = ".!?\"”’'";

    private static int LinkLength(IElement cell) => cell.QuerySelectorAll("a").Sum(a => HtmlBlocks.Collapse(a.TextContent).Length);

    private static string Key(string text) => text.Trim().TrimEnd(':', '.', ' ').ToLowerInvariant();

    /// <summary>The column names of <c>Lexicon/table-columns.json</c>.</summary>
    private sealed record TableColumnWords(HashSet<string> Date, HashSet<string> Place, HashSet<string> Event)
    {
        public static TableColumnWords Load()
        {
            using var stream = typeof(TableColumnWords).Assembly.GetManifestResourceStream("BorderWatch.Lexicon.table-columns.json")
                ?? throw new InvalidOperationException("embedded lexicon table-columns.json is missing");
            using var json = JsonDocument.Parse(stream);
            HashSet<string> Set(string name) => json.RootElement.GetProperty(name).EnumerateArray().Select(e => Key(e.GetString()!)).ToHashSet();
            return new TableColumnWords(Set("date"), Set("place"), Set("event"));
        }
    }
}
