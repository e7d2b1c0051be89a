using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Dashboard;

/// <summary>
/// What the overview shows, handed from the prerendering to the circuit (one load per first visit): the border cards,
/// the latest incidents, the located clusters of the map and the totals. Loaded here rather than in the page so that a
/// benchmark (bench/BorderWatch.Bench, <c>PageDataBenchmarks</c>) runs the page's own load.
/// </summary>
public sealed record OverviewData(IReadOnlyList<BorderSummary> Borders, IReadOnlyList<IncidentListItem> Latest,
    IReadOnlyList<LocatedCluster> Located, int TotalIncidents, int TotalEvents, int TotalArticles)
{
    /// <param name="cache">What needs a pass over the incidents or articles is kept in it until the store changes.</param>
    /// <param name="today">The day "latest" is measured from (nothing planned or in the future).</param>
    /// <param name="open">Opens a second context of the store: when given, the map's clusters (they need only the repeats)
    /// are read on it on a thread of their own while the cards load on <paramref name="db"/>, side by side.</param>
    public static async Task<OverviewData> LoadAsync(BorderWatchDbContext db, VersionedCache cache, DateOnly today, CancellationToken ct = default,
        Func<BorderWatchDbContext>? open = null)
    {
        // Counts come from the store's tallies; what needs a pass over the incidents or articles is cached until the
        // store changes (StoreVersion).
        var version = await cache.VersionAsync(db, ct);
        // The repeat reports of accepted events (a few rows) are read once for the cards, the map and the event total.
        var repeats = await EventCounts.RepeatsAsync(db, ct);
        Task<IReadOnlyList<LocatedCluster>> Clusters(BorderWatchDbContext on) =>
            cache.GetAsync("overview.located", version, () => OverviewQueries.LocatedAsync(on, repeats: repeats, ct: ct));
        var clustersAside = open is null ? null : Task.Run(async () =>
        {
            await using var own = open();
            return await Clusters(own);
        }, ct);
        // The latest incidents are loaded with the cards' latest ones: one list load for both.
        var newestIds = await OverviewQueries.LatestHappenedIdsAsync(db, today, ct: ct);
        var (summaries, newest, incidents) = await BorderActivity.SummariesWithAsync(db, newestIds, ct: ct, repeats: repeats);
        var clusters = clustersAside is null ? await Clusters(db) : await clustersAside;
        // Articles are only added: their count (a pass over every article, 5-13 ms of CPU at 131,365 articles) is kept
        // until one is stored, not recounted after every review or note.
        var articles = await cache.GetAsync("overview.articles", StoreVersion.ArticlesStamp(version), () => db.Articles.CountAsync(a => a.DuplicateOfId == null, ct));
        // Events = listed incidents minus the later reports of accepted events (EventCounts.CountAsync without a filter).
        return new OverviewData(summaries, newest, clusters, incidents, incidents - repeats.Sum(r => r.Count), articles);
    }
}
