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
