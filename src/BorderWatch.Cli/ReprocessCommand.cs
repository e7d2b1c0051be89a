using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion;
using Microsoft.Extensions.Logging;

namespace BorderWatch.Cli;

/// <summary><c>reprocess</c>: re-runs the current pipeline over stored articles, keeping analysts' decisions.</summary>
public static class ReprocessCommand
{
    /// <summary>Exit code 1 when an article failed (it was left as it was; the others were reprocessed).</summary>
    public static async Task<int> RunAsync(CommandLine line, BorderWatchDbContext db, TextWriter stdout, ILoggerFactory loggers, CancellationToken ct)
    {
        // --received: the day the documents came in, as given to ingest (a yearless dateline keeps its year; without it the
        // article's ingestion day stands in).
        var service = new IngestionService(db, loggers.CreateLogger<IngestionService>()) { ReceivedDay = line.Received };
        await service.SyncGazetteerAsync(ct);
        int? article = line.Option("article") is { } id ? int.Parse(id) : null;
        var r = await service.ReprocessAsync(article, ct);
        // Proposals around the reprocessed articles' reports (fresh incidents may group with other articles' reports).
        var articles = article is int one ? [one]
            : await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Articles.Where(a => a.DuplicateOfId == null).Select(a => a.Id), ct);
        var proposals = await new EventProposals(db, loggers.CreateLogger<EventProposals>()).ProposeAfterAsync("CLI reprocess", articles, ct);
        if (proposals > 0) await stdout.WriteLineAsync($"events    {proposals} grouping(s) of reports across articles proposed");
        foreach (var failure in r.Failures ?? []) await stdout.WriteLineAsync($"FAILED    {failure.Error}");
        await stdout.WriteLineAsync(
            $"{r.Articles} article(s) reprocessed: {r.Added} incident(s) added, {r.Updated} updated, {r.Removed} removed, {r.ReviewedKept} reviewed kept as they were, "
            + $"{r.Reattached} decision(s) re-attached to a moved span, {r.Orphaned} orphaned decision(s) (kept, superseded: listed for analysts), {r.Failures?.Count ?? 0} failed");
        return r.Failures is { Count: > 0 } ? CliApp.SomeFailed : CliApp.Ok;
    }
}
