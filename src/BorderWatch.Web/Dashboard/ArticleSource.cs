using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Dashboard;

/// <summary>
/// Where an article came from, as a person (the paste form) or the seeds' <c>sources.json</c> states it: headline,
/// outlet, author, link and publication date. Null fields leave what the reader found alone.
/// </summary>
public sealed record ArticleSource
{
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Author { get; init; }
    public string? Url { get; init; }
    public PartialDate Published { get; init; }
    public PublishedDateSource PublishedBasis { get; init; } = PublishedDateSource.Metadata;
    public string? PublishedNote { get; init; }

    public bool IsEmpty => Title is null && Outlet is null && Author is null && Url is null && !Published.IsKnown;

    /// <summary>Writes the stated fields onto the stored article (one save). Returns false when the article is gone.</summary>
    public async Task<bool> ApplyAsync(BorderWatchDbContext db, int articleId, CancellationToken ct = default)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == articleId, ct);
        if (article is null) return false;
        if (Fit(db, nameof(Article.Title), Clean(Title)) is { } title) article.Title = title;
        if (Fit(db, nameof(Article.Author), Clean(Author)) is { } author) article.Author = author;
        if (Fit(db, nameof(Article.SourceUrl), Clean(Url)) is { } url) article.SourceUrl = url;
        if (Clean(Outlet) is { } outletName)
        {
            var outlet = await db.Outlets.FirstOrDefaultAsync(o => o.Name == outletName, ct) ?? new Outlet { Name = outletName };
            article.Outlet = outlet;
        }
        if (Published.IsKnown)
        {
            article.PublishedYear = Published.Year;
            article.PublishedMonth = Published.Month;
            article.PublishedDay = Published.Day;
            article.PublishedPrecision = Published.Precision;
            article.PublishedDateSource = PublishedBasis;
            article.PublishedDateNote = Fit(db, nameof(Article.PublishedDateNote), Clean(PublishedNote));
        }
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>
    /// A stated value cut to its column's length (ending in "…") so every provider stores it: PostgreSQL refuses a
    /// longer value (SQLite would keep it), and a long date note in sources.json once stopped the first start there.
    /// </summary>
    private static string? Fit(BorderWatchDbContext db, string property, string? value)
    {
        var max = db.Model.FindEntityType(typeof(Article))?.FindProperty(property)?.GetMaxLength();
        return value is null || max is not int m || value.Length <= m ? value : value[..(m - 1)].TrimEnd() + "…";
    }
}
