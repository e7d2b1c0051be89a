using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Queries;

/// <summary>
/// Articles with their syndicated copies (id, original, outlet): what a list counts as the sources and outlets that carry
/// an incident. Read once for a page of a list and shared by its source counts (<see cref="IncidentListing.LoadAsync"/>)
/// and its event reaches (<see cref="Review.EventReaches"/>), which read only the articles not yet covered.
/// </summary>
public sealed class SourceArticles
{
    public sealed record Row(int Id, int? DuplicateOfId, int? OutletId);

    private readonly HashSet<int> covered;
    private readonly List<Row> rows;
    private readonly Dictionary<int, int> copies;
    // The positions in rows of the articles that carry each article's text (itself, its copies), ascending: Carrying
    // answers from it instead of scanning every row for each incident (store38: a 50-row list asks once per row).
    private readonly Dictionary<int, List<int>> carriers = [];

    private SourceArticles(HashSet<int> covered, List<Row> rows)
    {
        this.covered = covered;
        this.rows = rows;
        copies = rows.Where(r => r.DuplicateOfId is not null).GroupBy(r => r.DuplicateOfId!.Value).ToDictionary(g => g.Key, g => g.Count());
        for (var i = 0; i < rows.Count; i++)
        {
            Carries(rows[i].Id, i);
            if (rows[i].DuplicateOfId is int d && d != rows[i].Id) Carries(d, i);
        }
    }

    private void Carries(int article, int position)
    {
        if (!carriers.TryGetValue(article, out var at)) carriers[article] = at = [];
        at.Add(position);
    }

    public static readonly SourceArticles None = new([], []);

    /// <summary>
    /// These articles and every copy of them, in one statement; with <paramref name="known"/>, only those it does not
    /// cover are read (none: no statement), and the result covers both.
    /// </summary>
    public static async Task<SourceArticles> ReadAsync(BorderWatchDbContext db, IEnumerable<int> articleIds, SourceArticles? known = null,
        CancellationToken ct = default)
    {
        known ??= None;
        var wanted = articleIds.Distinct().Where(id => !known.covered.Contains(id)).ToArray();
        if (wanted.Length == 0) return known;
        var read = await ById.ReadAsync(db, wanted, r => new Row(r.GetInt32(0), r.NullableInt(1), r.NullableInt(2)), ct);
        var seen = known.rows.Select(r => r.Id).ToHashSet();
        return new SourceArticles([.. known.covered, .. wanted], [.. known.rows, .. read.Where(r => seen.Add(r.Id))]);
    }

    // EF's SQL for this read, made once per model and read by column (LeanStatement, store36): every list page makes it.
    private static readonly LeanStatement<int[]> ById = new((db, wanted) => db.Articles.AsNoTracking()
        .Where(a => EF.Parameter(wanted).Contains(a.Id) || (a.DuplicateOfId != null && EF.Parameter(wanted).Contains(a.DuplicateOfId.Value)))
        .Select(a => new { a.Id, a.DuplicateOfId, a.OutletId }), [0], columns: 3);

    /// <summary>How many syndicated copies of this (read) article there are.</summary>
    public int CopiesOf(int articleId) => copies.GetValueOrDefault(articleId);

    /// <summary>
    /// How many articles carry this (read) article's text and from how many outlets: <see cref="Carrying"/>'s count and its
    /// distinct outlets, without a list (store38: the event reaches ask it for every listed row that stands for no event).
    /// </summary>
    public (int Sources, int Outlets) Reach(int articleId)
    {
        if (!carriers.TryGetValue(articleId, out var at)) return (0, 0);
        var outlets = 0;
        for (var k = 0; k < at.Count; k++)
        {
            if (rows[at[k]].OutletId is not int outlet) continue;
            var seen = false;
            for (var j = 0; j < k && !seen; j++) seen = rows[at[j]].OutletId == outlet;
            if (!seen) outlets++;
        }
        return (at.Count, outlets);
    }

    /// <summary>The articles that carry these (read) articles' text: themselves and their copies.</summary>
    public IReadOnlyList<Row> Carrying(IReadOnlyCollection<int> of)
    {
        // The rows whose id or original is one of these, in the order read (each once), as a filter over every row gives them.
        if (of.Count == 1)
            return carriers.TryGetValue(of.First(), out var one) ? one.ConvertAll(i => rows[i]) : [];
        var positions = new SortedSet<int>();
        foreach (var article in of)
            if (carriers.TryGetValue(article, out var at)) positions.UnionWith(at);
        return positions.Select(i => rows[i]).ToList();
    }
}
