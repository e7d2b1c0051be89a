using BorderWatch.Core.Store;
using BorderWatch.Ingestion;
using Microsoft.Extensions.Logging;

namespace BorderWatch.Cli;

/// <summary><c>reprocess</c>: re-runs the current pipeline over stored articles, keeping analysts' decisions.</summary>
public static class ReprocessCommand
{
    public static async Task<int> RunAsync(CommandLine line, BorderWatchDbContext db, TextWriter stdout, ILoggerFactory loggers, CancellationToken ct)
    {
        var service = new IngestionService(db, loggers.CreateLogger<IngestionService>());
        await service.SyncGazetteerAsync(ct);
        int? article = line.Option("article") is { } id ? int.Parse(id) : null;
        var r = await service.ReprocessAsync(article, ct);
        await stdout.WriteLineAsync(
            $"{r.Articles} article(s) reprocessed: {r.Added} incident(s) added, {r.Updated} updated, {r.Removed} removed, {r.ReviewedKept} reviewed kept as they were");
        return CliApp.Ok;
    }
}
