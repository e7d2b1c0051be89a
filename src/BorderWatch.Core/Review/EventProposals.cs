using BorderWatch.Core.Store;
using Microsoft.Extensions.Logging;

namespace BorderWatch.Core.Review;

/// <summary>
/// The machine's proposals after a write: every path that stores incidents (CLI ingest and reprocess, the web's ingest
/// jobs and API, the seed import, the admin's reprocess) calls this with the articles it wrote, at its edge, after the
/// batch. The proposer is extra work on top of the write: a failure is logged as a warning and never fails the
/// ingest (the articles are stored; the next write touching them proposes again).
/// </summary>
public sealed class EventProposals(BorderWatchDbContext db, ILogger<EventProposals> logger, TimeProvider? clock = null)
{
    /// <summary>Proposes events around these articles' reports; returns how many were proposed (0 on failure).</summary>
    /// <param name="after">What wrote them, for the log line ("CLI ingest", "seed import", …).</param>
    public async Task<int> ProposeAfterAsync(string after, IReadOnlyCollection<int> articleIds, CancellationToken ct = default)
    {
        if (articleIds.Count == 0) return 0;
        try
        {
            var created = await new EventService(db, clock).ProposeForArticlesAsync(articleIds, ct);
            logger.LogInformation("Events proposed after {After}: {Proposals} proposal(s) over {Articles} article(s)", after, created.Count, articleIds.Count);
            return created.Count;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            db.ChangeTracker.Clear();
            logger.LogWarning(e, "Events not proposed after {After} ({Articles} article(s)): {Reason}; the articles are stored", after, articleIds.Count, e.Message);
            return 0;
        }
    }
}
