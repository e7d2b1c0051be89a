using System.Diagnostics;
using BorderWatch.Core.Queries;
using BorderWatch.Ingestion;
using BorderWatch.Ingestion.Reading;

namespace BorderWatch.Web.Dashboard;

/// <summary>A document waiting in an ingest batch: its name and a way to read its bytes (an upload or pasted text).</summary>
public sealed record IngestItem(string Name, long Size, Func<CancellationToken, Task<byte[]>> Read, ArticleSource? Source = null);

/// <summary>Where a running batch is: documents done, bytes read, rate and time left.</summary>
public sealed record IngestProgress(int Done, int Total, long BytesDone, long BytesTotal, TimeSpan Elapsed, string? Current)
{
    public double FilesPerMinute => Elapsed.TotalSeconds < 0.5 ? 0 : Done / Elapsed.TotalMinutes;
    public double Fraction => BytesTotal > 0 ? (double)BytesDone / BytesTotal : Total == 0 ? 1 : (double)Done / Total;

    /// <summary>Time left at the rate so far (by bytes); null until there is a rate.</summary>
    public TimeSpan? Left => Done == 0 || Fraction <= 0 ? null : TimeSpan.FromSeconds(Elapsed.TotalSeconds * (1 - Fraction) / Fraction);
}

/// <summary>What one document of a batch yielded: the ingest result and the incidents extracted, for the result table.</summary>
public sealed record IngestedDocument(IngestResult Result, IReadOnlyList<IncidentListItem> Incidents);

/// <summary>
/// Runs an ingest batch document by document, each in its own scope (one store transaction per article), reporting
/// progress after every document. A document that fails is reported and the batch goes on.
/// </summary>
public sealed class IngestBatch(IServiceScopeFactory scopes, ILogger<IngestBatch> logger)
{
    /// <summary>Ingests the items in order; <paramref name="onDocument"/> hears each document's result as it is decided.</summary>
    public async Task<IReadOnlyList<IngestedDocument>> RunAsync(IReadOnlyList<IngestItem> items, Func<IngestProgress, Task> progress, CancellationToken ct,
        Action<IngestedDocument>? onDocument = null)
    {
        var clock = Stopwatch.StartNew();
        var total = items.Sum(i => i.Size);
        long bytes = 0;
        var done = new List<IngestedDocument>();
        for (var n = 0; n < items.Count; n++)
        {
            var item = items[n];
            await progress(new IngestProgress(n, items.Count, bytes, total, clock.Elapsed, item.Name));
            foreach (var document in await IngestOneAsync(item, ct))
            {
                done.Add(document);
                onDocument?.Invoke(document);
            }
            bytes += item.Size;
        }
        await ProposeAsync(done, ct);
        await progress(new IngestProgress(items.Count, items.Count, total, total, clock.Elapsed, null));
        logger.LogInformation("Web ingest: {Documents} document(s), {IncidentsFound} incident(s), {Failed} failed in {ElapsedMs} ms",
            done.Count, done.Sum(d => d.Result.IncidentIds.Count), done.Count(d => d.Result.Outcome == IngestOutcome.Failed), clock.ElapsedMilliseconds);
        return done;
    }

    /// <summary>The machine's proposals over the articles this batch stored (a failure is logged, never fails the batch).</summary>
    private async Task ProposeAsync(IReadOnlyList<IngestedDocument> done, CancellationToken ct)
    {
        var written = done.Where(d => d.Result.Outcome == IngestOutcome.Stored && d.Result.ArticleId is not null).Select(d => d.Result.ArticleId!.Value).ToList();
        if (written.Count == 0) return;
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BorderWatch.Core.Review.EventProposals>().ProposeAfterAsync("web ingest", written, ct);
    }

    private async Task<IReadOnlyList<IngestedDocument>> IngestOneAsync(IngestItem item, CancellationToken ct)
    {
        if (item.Size > DocumentReader.MaxBytes)   // refused before a byte is read, in the words the CLI uses
            return [new IngestedDocument(new IngestResult(item.Name, IngestOutcome.Failed, null, [],
                $"{item.Name}: file is {(item.Size / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} MB, larger than the {DocumentReader.MaxBytes / (1024 * 1024)} MB limit"), [])];
        byte[] content;
        try { content = await item.Read(ct); }
        catch (IOException e)
        {
            return [new IngestedDocument(new IngestResult(item.Name, IngestOutcome.Failed, null, [],
                $"{item.Name}: cannot be read ({e.Message}); files up to {DocumentReader.MaxBytes / (1024 * 1024)} MB are accepted"), [])];
        }
        await using var scope = scopes.CreateAsyncScope();
        var ingestion = scope.ServiceProvider.GetRequiredService<IngestionService>();
        var db = scope.ServiceProvider.GetRequiredService<BorderWatch.Core.Store.BorderWatchDbContext>();
        var report = await ingestion.IngestContentAsync(item.Name, content, ct);
        var results = new List<IngestedDocument>();
        foreach (var r in report.Results)
        {
            if (r.Outcome == IngestOutcome.Stored && r.ArticleId is int id && item.Source is { IsEmpty: false } source)
            {
                await source.ApplyAsync(db, id, ct);
                // A stated publication date anchors relative dates ("last month"): extract again against it.
                if (source.Published.IsKnown) await ingestion.ReprocessAsync(id, ct);
            }
            var incidentIds = r.ArticleId is int aid && r.Outcome == IngestOutcome.Stored && item.Source is { Published.IsKnown: true }
                ? await IncidentIdsAsync(db, aid, ct)
                : r.IncidentIds;
            results.Add(new IngestedDocument(r with { IncidentIds = incidentIds }, await IncidentListing.LoadAsync(db, incidentIds.ToList(), ct)));
        }
        return results;
    }

    private static async Task<IReadOnlyList<int>> IncidentIdsAsync(BorderWatch.Core.Store.BorderWatchDbContext db, int articleId, CancellationToken ct) =>
        await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Incidents.Where(i => i.ArticleId == articleId).OrderBy(i => i.Id).Select(i => i.Id), ct);
}
