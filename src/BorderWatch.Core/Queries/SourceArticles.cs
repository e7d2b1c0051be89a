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

    private SourceArticles(HashSet<int> covered, List<Row> rows)
    {
        this.covered = covered;
        this.rows = rows;
        copies = rows.Where(r => r.DuplicateOfId is not null).GroupBy(r => r.DuplicateOfId!.Value).ToDictionary(g => g.Key, g => g.Count());
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

    /// <summary>The articles that carry these (read) articles' text: themselves and their copies.</summary>
    public IReadOnlyList<Row> Carrying(IReadOnlyCollection<int> of) =>
        rows.Where(a => of.Contains(a.Id) || (a.DuplicateOfId is int d && of.Contains(d))).ToList();
}
