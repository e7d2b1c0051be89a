namespace BorderWatch.Web.Dashboard;

/// <summary>A marked span of text: an excerpt, identified by the caller.</summary>
public sealed record MarkedSpan(int Id, int Start, int End);

/// <summary>
/// A run of text with the spans that cover it, the spans that begin with it (where an anchor goes) and the spans
/// that end right after it (where a link to the incident goes, so overlapping excerpts never need nested links).
/// </summary>
public sealed record MarkedPiece(int Start, string Text, IReadOnlyList<int> Covering, IReadOnlyList<int> StartingHere, IReadOnlyList<int> EndingHere);

/// <summary>
/// Cuts a stretch of text at every span boundary, so overlapping and nested excerpts can all be highlighted.
/// Offsets are into the full text; spans outside the stretch are ignored and spans crossing it are clipped.
/// </summary>
public static class ExcerptMarking
{
    public static IReadOnlyList<MarkedPiece> Mark(string text, int start, int end, IEnumerable<MarkedSpan> spans)
    {
        if (start < 0 || end > text.Length || start > end)
            throw new ArgumentOutOfRangeException(nameof(start), $"stretch {start}..{end} is outside the text (length {text.Length})");
        var inside = spans.Where(s => s.End > start && s.Start < end && s.End > s.Start).ToList();
        var cuts = new SortedSet<int> { start, end };
        foreach (var s in inside)
        {
            cuts.Add(Math.Max(s.Start, start));
            cuts.Add(Math.Min(s.End, end));
        }
        var points = cuts.ToList();
        var pieces = new List<MarkedPiece>(points.Count);
        for (var i = 0; i + 1 < points.Count; i++)
        {
            int a = points[i], b = points[i + 1];
            var covering = inside.Where(s => s.Start <= a && s.End >= b).OrderBy(s => s.Start).ThenByDescending(s => s.End).Select(s => s.Id).ToList();
            var starting = inside.Where(s => s.Start == a).Select(s => s.Id).ToList();
            var ending = inside.Where(s => s.End == b).OrderBy(s => s.Start).Select(s => s.Id).ToList();
            pieces.Add(new MarkedPiece(a, text[a..b], covering, starting, ending));
        }
        return pieces;
    }
}
