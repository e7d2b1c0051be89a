namespace BorderWatch.Ingestion;

/// <summary>What happened to one input file or feed item.</summary>
/// <param name="Source">File name or path as given.</param>
/// <param name="Outcome">Stored, Unchanged (same content already stored), Duplicate (near-copy linked), Failed.</param>
/// <param name="ArticleId">Stored (or existing) article id, when any.</param>
/// <param name="IncidentIds">Incidents created for this article.</param>
/// <param name="Error">One-line reason when Failed.</param>
public sealed record IngestResult(string Source, IngestOutcome Outcome, int? ArticleId, IReadOnlyList<int> IncidentIds, string? Error, int? DuplicateOfId = null);

public enum IngestOutcome { Stored, Unchanged, Duplicate, Failed }

/// <summary>A whole batch: one result per article or failed file.</summary>
public sealed record IngestReport(IReadOnlyList<IngestResult> Results)
{
    public int Failed => Results.Count(r => r.Outcome == IngestOutcome.Failed);
    public int IncidentsFound => Results.Sum(r => r.IncidentIds.Count);
}

/// <summary>
/// Stage 9 and the batch around it: reads each input, runs the pipeline and stores each article in its own
/// transaction. Bad input yields a Failed result naming the file and reason; the batch goes on.
/// </summary>
public sealed class IngestionService(BorderWatch.Core.Store.BorderWatchDbContext db, Microsoft.Extensions.Logging.ILogger<IngestionService> logger)
{
    // STUB (integration branch replaces the bodies; the signatures are the contract).
    private readonly BorderWatch.Core.Store.BorderWatchDbContext _db = db;
    private readonly Microsoft.Extensions.Logging.ILogger _logger = logger;

    /// <summary>Ingests files and folders (recursively: .txt, .html, .htm, .xml, .rss, .atom).</summary>
    public Task<IngestReport> IngestPathsAsync(IEnumerable<string> paths, CancellationToken ct = default) =>
        throw new NotImplementedException();

    /// <summary>Ingests one uploaded or pasted document; the extension of <paramref name="sourceName"/> picks the reader.</summary>
    public Task<IngestReport> IngestContentAsync(string sourceName, byte[] content, CancellationToken ct = default) =>
        throw new NotImplementedException();

    /// <summary>Loads the gazetteer's states, organizations, persons, places and borders into the store (idempotent).</summary>
    public Task SyncGazetteerAsync(CancellationToken ct = default) => throw new NotImplementedException();
}
