using System.Text.Json;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Review;

/// <summary>What the audit page and exports filter on (all optional).</summary>
public sealed record AuditQuery
{
    public int? IncidentId { get; init; }
    public int? EventId { get; init; }
    public string? Actor { get; init; }
    public IReadOnlyList<AuditAction> Actions { get; init; } = [];
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
}

/// <summary>
/// The append-only audit log: entries are added with <see cref="Append"/> (saved with the caller's change, in its
/// transaction) and read with the queries below. There is no update or delete path, and <see cref="AppendOnlyRows"/>
/// refuses one made through the context.
/// </summary>
public static class AuditLog
{
    public static AuditEntry Append(BorderWatchDbContext db, AuditEntry entry)
    {
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>A value as the log stores it (JSON, enums as names).</summary>
    public static string? Snapshot<T>(T? value) where T : class =>
        value is null ? null : JsonSerializer.Serialize(value, IncidentCorrection.Json);

    public static Task<List<AuditEntry>> ForIncidentAsync(BorderWatchDbContext db, int incidentId, CancellationToken ct = default) =>
        db.AuditEntries.AsNoTracking().Where(e => e.IncidentId == incidentId || e.RelatedIncidentId == incidentId)
            .OrderBy(e => e.Id).ToListAsync(ct);

    /// <summary>Newest first.</summary>
    public static Task<List<AuditEntry>> QueryAsync(BorderWatchDbContext db, AuditQuery q, int skip = 0, int take = 100, CancellationToken ct = default)
    {
        var rows = db.AuditEntries.AsNoTracking();
        if (q.IncidentId is int id) rows = rows.Where(e => e.IncidentId == id || e.RelatedIncidentId == id);
        if (q.EventId is int ev) rows = rows.Where(e => e.EventId == ev);
        if (!string.IsNullOrWhiteSpace(q.Actor)) rows = rows.Where(e => e.Actor == q.Actor);
        if (q.Actions.Count > 0) rows = rows.Where(e => q.Actions.Contains(e.Action));
        // Instants are compared by id order boundaries: DateTimeOffset comparisons do not translate on SQLite.
        var all = rows.OrderByDescending(e => e.Id);
        if (q.From is null && q.To is null) return all.Skip(skip).Take(take).ToListAsync(ct);
        return FilterByTimeAsync(all, q, skip, take, ct);
    }

    private static async Task<List<AuditEntry>> FilterByTimeAsync(IQueryable<AuditEntry> rows, AuditQuery q, int skip, int take, CancellationToken ct)
    {
        var list = await rows.ToListAsync(ct);
        return list.Where(e => (q.From is null || e.At >= q.From) && (q.To is null || e.At <= q.To)).Skip(skip).Take(take).ToList();
    }
}
