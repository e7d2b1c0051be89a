using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Dashboard;

/// <summary>An excerpt shown inside the paragraph(s) it comes from.</summary>
public sealed record ExcerptInContext(ExcerptRef Excerpt, string ArticleText, IReadOnlyList<(int Start, int End)> Paragraphs);

/// <summary>An analyst's decision, as the incident page lists it.</summary>
public sealed record ReviewEntry(ReviewDecision Decision, string Analyst, string? Note, DateTimeOffset DecidedAt, int? MergedIntoId);

/// <summary>Everything the incident page shows.</summary>
public sealed record IncidentDetail
{
    public required IncidentListItem Incident { get; init; }
    public string? PlaceName { get; init; }
    public string? Province { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public LocationPrecision LocationPrecision { get; init; }
    public bool Superseded { get; init; }
    public string? PipelineVersion { get; init; }
    public DateTimeOffset ExtractedAt { get; init; }
    public IReadOnlyList<ExcerptInContext> Excerpts { get; init; } = [];
    public IReadOnlyList<ReviewEntry> Reviews { get; init; } = [];
    public IReadOnlyList<IncidentListItem> SameArticle { get; init; } = [];
    /// <summary>Killed, wounded and detained: the analyst's figures where corrected, else the machine's from the excerpt.</summary>
    public CasualtyReport Casualties { get; init; } = CasualtyReport.None;

    public static async Task<IncidentDetail?> LoadAsync(BorderWatchDbContext db, int id, CancellationToken ct = default)
    {
        var item = (await IncidentListing.LoadAsync(db, [id], ct)).FirstOrDefault();
        if (item is null) return null;
        var extra = await db.Incidents.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new
            {
                PlaceName = i.Place != null ? i.Place.Name : null,
                Province = i.Place != null ? i.Place.Province : null,
                Latitude = i.Place != null ? i.Place.Latitude : null,
                Longitude = i.Place != null ? i.Place.Longitude : null,
                i.LocationPrecision, i.Superseded, i.PipelineVersion, i.ExtractedAt,
                Reviews = i.Reviews.OrderBy(r => r.Id).Select(r => new ReviewEntry(r.Decision, r.Analyst, r.Note, r.DecidedAt, r.MergedIntoId)).ToList(),
            })
            .FirstAsync(ct);

        var articleIds = item.Excerpts.Select(e => e.ArticleId).Distinct().ToList();
        var texts = await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.CleanedText, ct);
        var excerpts = item.Excerpts.Select(e =>
        {
            var text = texts[e.ArticleId];
            return new ExcerptInContext(e, text, ParagraphsAround(text, e.Start, e.End));
        }).ToList();

        var others = await db.Incidents.AsNoTracking().Apply(new IncidentFilter { ArticleId = item.ArticleId })
            .Where(i => i.Id != id).Ordered(IncidentOrder.Oldest).Select(i => i.Id).ToListAsync(ct);

        return new IncidentDetail
        {
            Incident = item, PlaceName = extra.PlaceName, Province = extra.Province, Latitude = extra.Latitude, Longitude = extra.Longitude,
            LocationPrecision = extra.LocationPrecision, Superseded = extra.Superseded, PipelineVersion = extra.PipelineVersion,
            ExtractedAt = extra.ExtractedAt, Reviews = extra.Reviews, Excerpts = excerpts,
            SameArticle = await IncidentListing.LoadAsync(db, others, ct),
            Casualties = (await Core.Review.ReviewViews.EffectiveAsync(db, id, ct))?.Casualties ?? CasualtyReport.None,
        };
    }

    /// <summary>The paragraphs the span <paramref name="start"/>..<paramref name="end"/> touches (the span itself if it touches none).</summary>
    public static IReadOnlyList<(int Start, int End)> ParagraphsAround(string text, int start, int end)
    {
        var touched = TextSegmenter.Segment(text).Where(p => p.End > start && p.Start < end).Select(p => (p.Start, p.End)).ToList();
        if (touched.Count == 0) return [(start, end)];
        // An excerpt that runs past its paragraph's trimmed end still shows whole.
        touched[0] = (Math.Min(touched[0].Start, start), touched[0].End);
        touched[^1] = (touched[^1].Start, Math.Max(touched[^1].End, end));
        return touched;
    }
}
