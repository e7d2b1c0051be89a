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
    /// <summary>Only the entries of one area (e.g. account changes); combines with <see cref="Actions"/>.</summary>
    public AuditArea? Area { get; init; }
    /// <summary>Only account changes about this account (its user name).</summary>
    public string? Account { get; init; }
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

    /// <summary>Newest first, one page read from the store.</summary>
    public static async Task<List<AuditEntry>> QueryAsync(BorderWatchDbContext db, AuditQuery q, int skip = 0, int take = 100, CancellationToken ct = default) =>
        await (await FilteredAsync(db, q, ct)).OrderByDescending(e => e.Id).Skip(skip).Take(take).ToListAsync(ct);

    public static async Task<int> CountAsync(BorderWatchDbContext db, AuditQuery q, CancellationToken ct = default) =>
        await (await FilteredAsync(db, q, ct)).CountAsync(ct);

    private static async Task<IQueryable<AuditEntry>> FilteredAsync(BorderWatchDbContext db, AuditQuery q, CancellationToken ct)
    {
        var rows = db.AuditEntries.AsNoTracking();
        if (q.IncidentId is int id) rows = rows.Where(e => e.IncidentId == id || e.RelatedIncidentId == id);
        if (q.EventId is int ev) rows = rows.Where(e => e.EventId == ev);
        if (!string.IsNullOrWhiteSpace(q.Actor))
        {
            var actor = q.Actor.Trim();
            rows = rows.Where(e => e.Actor == actor);
        }
        if (q.Actions.Count > 0) rows = rows.Where(e => q.Actions.Contains(e.Action));
        if (q.Area is { } area)
        {
            var inArea = area.Actions();
            rows = rows.Where(e => inArea.Contains(e.Action));
        }
        if (!string.IsNullOrWhiteSpace(q.Account))
        {
            var account = q.Account.Trim();
            rows = rows.Where(e => e.Account == account);
        }
        // DateTimeOffset comparisons do not translate on SQLite: the log is appended in time order, so an instant
        // becomes an id boundary, found by a binary search of single-row reads (about 20 for a million entries).
        if (q.From is { } from) { var first = await FirstIdAtOrAfterAsync(db, from, ct); rows = rows.Where(e => e.Id >= first); }
        if (q.To is { } to) { var past = await FirstIdAtOrAfterAsync(db, to.AddTicks(1), ct); rows = rows.Where(e => e.Id < past); }
        return rows;
    }

    /// <summary>The smallest entry id written at or after <paramref name="at"/> (one past the last id when none is).</summary>
    public static async Task<long> FirstIdAtOrAfterAsync(BorderWatchDbContext db, DateTimeOffset at, CancellationToken ct = default)
    {
        var low = await db.AuditEntries.MinAsync(e => (long?)e.Id, ct) ?? 0;
        var high = (await db.AuditEntries.MaxAsync(e => (long?)e.Id, ct) ?? -1) + 1;
        while (low < high)
        {
            var mid = low + (high - low) / 2;
            var probe = await db.AuditEntries.AsNoTracking().Where(e => e.Id >= mid).OrderBy(e => e.Id)
                .Select(e => new { e.Id, e.At }).FirstAsync(ct);
            if (probe.At >= at) high = Math.Min(mid, probe.Id);
            else low = probe.Id + 1;
        }
        return low;
    }
}
