using BorderWatch.Core.Queries;

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

    /// <summary>
    /// Cuts a piece of text (starting at <paramref name="start"/> in the full text) at the search hits that fall in it,
    /// so hits can be marked inside excerpts too. Hits are offsets into the full text; those crossing the piece are clipped.
    /// </summary>
    public static IEnumerable<(string Text, bool Hit)> SplitHits(int start, string text, IReadOnlyList<SearchHit> hits)
    {
        var end = start + text.Length;
        var at = start;
        foreach (var h in hits.Where(h => h.Start < end && h.Start + h.Length > start && h.Length > 0).OrderBy(h => h.Start))
        {
            var a = Math.Max(h.Start, at);
            var b = Math.Min(h.Start + h.Length, end);
            if (b <= a) continue;
            if (a > at) yield return (text[(at - start)..(a - start)], false);
            yield return (text[(a - start)..(b - start)], true);
            at = b;
        }
        if (at < end) yield return (text[(at - start)..], false);
    }

    /// <summary>Says how many hits of a search are marked in the text shown.</summary>
    public static string HitNote(string search, int hits) => hits == 0
        ? $"No words of the search “{search.Trim()}” in the text shown."
        : $"{hits} {(hits == 1 ? "hit" : "hits")} of the search “{search.Trim()}” marked in bold boxes.";
}
