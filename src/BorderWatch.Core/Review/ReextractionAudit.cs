using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;

namespace BorderWatch.Core.Review;

/// <summary>The audit entries re-extraction writes when it moves or orphans an incident that carries decisions.</summary>
public static class ReextractionAudit
{
    private sealed record Anchor(string Fingerprint, int Start, int End);

    /// <summary>Call before the incident's fingerprint and excerpt change.</summary>
    public static void Reattached(BorderWatchDbContext db, Incident incident, string freshFingerprint, int freshStart, int freshEnd, string pipelineVersion)
    {
        var excerpt = incident.Excerpts.OrderBy(x => x.Start).FirstOrDefault();
        AuditLog.Append(db, new AuditEntry
        {
            At = DateTimeOffset.UtcNow, Actor = $"pipeline {pipelineVersion}", Action = AuditAction.Reattach, IncidentId = incident.Id,
            Before = AuditLog.Snapshot(new Anchor(incident.Fingerprint, excerpt?.Start ?? 0, excerpt?.End ?? 0)),
            After = AuditLog.Snapshot(new Anchor(freshFingerprint, freshStart, freshEnd)),
            Reason = "the pipeline's excerpt for this sentence moved; the decisions follow it",
        });
    }

    /// <summary>
    /// One entry per reprocess run (every stored incident of a reprocessed article is rewritten from the fresh output). Besides telling analysts when the machine re-read the store,
    /// it moves <see cref="BorderWatch.Core.Queries.StoreVersion"/>, so caches of counts are recomputed even when the run
    /// only rewrote incidents in place (same ids, same number listed).
    /// </summary>
    public static void Run(BorderWatchDbContext db, string pipelineVersion, string summary) =>
        AuditLog.Append(db, new AuditEntry { At = DateTimeOffset.UtcNow, Actor = $"pipeline {pipelineVersion}", Action = AuditAction.Reprocess, Reason = summary });

    public static void Orphaned(BorderWatchDbContext db, Incident incident, string pipelineVersion)
    {
        var excerpt = incident.Excerpts.OrderBy(x => x.Start).FirstOrDefault();
        AuditLog.Append(db, new AuditEntry
        {
            At = DateTimeOffset.UtcNow, Actor = $"pipeline {pipelineVersion}", Action = AuditAction.Orphan, IncidentId = incident.Id,
            Before = AuditLog.Snapshot(new Anchor(incident.Fingerprint, excerpt?.Start ?? 0, excerpt?.End ?? 0)),
            Reason = "the pipeline no longer finds an incident in this sentence; kept as superseded for an analyst to decide",
        });
    }
}
