using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Dashboard;

/// <summary>An article as the articles list shows it.</summary>
public sealed record ArticleRow
{
    public required int Id { get; init; }
    public string? Title { get; init; }
    public required string SourceName { get; init; }
    public string? SourceUrl { get; init; }
    public string? OutletName { get; init; }
    public string? Author { get; init; }
    public PartialDate Published { get; init; }
    public PublishedDateSource PublishedDateSource { get; init; }
    public string? PublishedDateNote { get; init; }
    public string? Language { get; init; }
    public SourceFormat Format { get; init; }
    public int IncidentCount { get; init; }
    public int? DuplicateOfId { get; init; }
    public DateTimeOffset IngestedAt { get; init; }

    public string DisplayTitle => Title ?? IncidentExport.DocName(SourceName);
}

/// <summary>An article with its text and what was extracted from it.</summary>
public sealed record ArticleDetail
{
    public required ArticleRow Article { get; init; }
    public required string CleanedText { get; init; }
    public string? RawEncoding { get; init; }
    public required string ContentHash { get; init; }
    public string? PipelineVersion { get; init; }
    public string? DuplicateOfTitle { get; init; }
    public IReadOnlyList<ArticleRow> Copies { get; init; } = [];
    public IReadOnlyList<IncidentListItem> Incidents { get; init; } = [];
}

/// <summary>Queries behind the articles pages.</summary>
public static class ArticleCatalog
{
    public static async Task<(IReadOnlyList<ArticleRow> Rows, int Total)> PageAsync(BorderWatchDbContext db, string? text, int page, int pageSize,
        CancellationToken ct = default)
    {
        var q = db.Articles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var t = text.Trim().ToLowerInvariant();
            q = q.Where(a => (a.Title != null && a.Title.ToLower().Contains(t)) || a.SourceName.ToLower().Contains(t)
                             || (a.Outlet != null && a.Outlet.Name.ToLower().Contains(t)));
        }
        var total = await q.CountAsync(ct);
        var rows = await Rows(q.OrderBy(a => a.PublishedYear == null).ThenByDescending(a => a.PublishedYear)
                .ThenByDescending(a => a.PublishedMonth).ThenByDescending(a => a.PublishedDay).ThenByDescending(a => a.Id)
                .Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize))
            .ToListAsync(ct);
        return (rows, total);
    }

    public static async Task<ArticleDetail?> DetailAsync(BorderWatchDbContext db, int id, CancellationToken ct = default)
    {
        var row = await Rows(db.Articles.AsNoTracking().Where(a => a.Id == id)).FirstOrDefaultAsync(ct);
        if (row is null) return null;
        var more = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.CleanedText, a.RawEncoding, a.ContentHash, a.PipelineVersion, DuplicateOfTitle = a.DuplicateOf != null ? a.DuplicateOf.Title ?? a.DuplicateOf.SourceName : null })
            .FirstAsync(ct);
        var copies = await Rows(db.Articles.AsNoTracking().Where(a => a.DuplicateOfId == id).OrderBy(a => a.Id)).ToListAsync(ct);
        var ids = await db.Incidents.AsNoTracking().Apply(new IncidentFilter { ArticleId = id })
            .OrderBy(i => i.Excerpts.Min(e => (int?)e.Start)).ThenBy(i => i.Id).Select(i => i.Id).ToListAsync(ct);
        return new ArticleDetail
        {
            Article = row, CleanedText = more.CleanedText, RawEncoding = more.RawEncoding, ContentHash = more.ContentHash,
            PipelineVersion = more.PipelineVersion, DuplicateOfTitle = more.DuplicateOfTitle, Copies = copies,
            Incidents = await IncidentListing.LoadAsync(db, ids, ct),
        };
    }

    private static IQueryable<ArticleRow> Rows(IQueryable<Article> q) => q.Select(a => new ArticleRow
    {
        Id = a.Id, Title = a.Title, SourceName = a.SourceName, SourceUrl = a.SourceUrl,
        OutletName = a.Outlet != null ? a.Outlet.Name : null, Author = a.Author,
        Published = new PartialDate(a.PublishedYear, a.PublishedMonth, a.PublishedDay),
        PublishedDateSource = a.PublishedDateSource, PublishedDateNote = a.PublishedDateNote,
        Language = a.Language, Format = a.Format,
        IncidentCount = a.Incidents.Count(i => !i.Superseded), DuplicateOfId = a.DuplicateOfId, IngestedAt = a.IngestedAt,
    });
}
