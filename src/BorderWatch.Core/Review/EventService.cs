using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Review;

/// <summary>
/// Events across sources: the machine proposes groupings (<see cref="EventProposer"/>), analysts make events,
/// accept proposals or undo events. Every change appends an audit entry; undone events are kept for the record.
/// </summary>
public sealed class EventService(BorderWatchDbContext db, TimeProvider? clock = null)
{
    public const string Proposer = "proposer";
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <summary>
    /// Proposes events for counted incidents not yet in a proposed or accepted event (a grouping an analyst undid is
    /// not proposed again); returns the new events' ids.
    /// </summary>
    public async Task<IReadOnlyList<int>> ProposeAsync(CancellationToken ct = default)
    {
        var grouped = await db.EventReports.Where(r => r.Event!.Status != EventStatus.Undone).Select(r => r.IncidentId).ToListAsync(ct);
        var ids = await db.Incidents.Where(i => !i.Superseded && i.Article!.DuplicateOfId == null && !grouped.Contains(i.Id))
            .Select(i => i.Id).ToListAsync(ct);
        var effective = (await ReviewViews.EffectiveAsync(db, ids, ct)).Values.Where(e => e.Counts).ToList();
        var nonStates = (await db.Actors.Where(a => a.Kind != ActorKind.State).Select(a => a.Key).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        // A grouping an analyst undid is not proposed again.
        var undone = (await db.Events.Where(e => e.Status == EventStatus.Undone).Select(e => e.Reports.Select(r => r.IncidentId).ToList()).ToListAsync(ct))
            .Select(Key).ToHashSet(StringComparer.Ordinal);
        var candidates = effective.Select(e => new EventCandidate(e.Id, e.ArticleId, e.Type, e.BorderCode, e.Date.Start, e.Date.End, e.PlaceKey,
            e.Actors.Select(a => a.ActorKey).Where(nonStates.Contains).ToHashSet())).ToList();

        var created = new List<int>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var group in EventProposer.Group(candidates).Where(g => !undone.Contains(Key(g))))
        {
            var ev = await NewEventAsync(group.Select(id => effective.First(e => e.Id == id)).ToList(), EventOrigin.Machine, EventStatus.Proposed, Proposer, null, ct);
            AuditLog.Append(db, new AuditEntry
            {
                At = time.GetUtcNow(), Actor = Proposer, Action = AuditAction.EventPropose, EventId = ev.Id,
                After = AuditLog.Snapshot(new { ev.Title, Reports = group }), Reason = "same type and border, overlapping dates, shared actor or place",
            });
            await db.SaveChangesAsync(ct);
            created.Add(ev.Id);
        }
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return created;
    }

    /// <summary>An analyst groups two or more reports (any articles) into an accepted event.</summary>
    public async Task<int> CreateAsync(IReadOnlyCollection<int> incidentIds, string analyst, string? title = null, string? reason = null, CancellationToken ct = default)
    {
        RequireAnalyst(analyst);
        var ids = incidentIds.Distinct().ToList();
        if (ids.Count < 2) throw new ReviewException("incidents", "an event groups at least two reports");
        var effective = await ReviewViews.EffectiveAsync(db, ids, ct);
        if (ids.FirstOrDefault(id => !effective.ContainsKey(id)) is var missing and > 0)
            throw new ReviewException("incidents", $"incident {missing} does not exist");
        if (title is { Length: > 300 }) throw new ReviewException("title", "at most 300 characters");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var ev = await NewEventAsync(ids.Select(id => effective[id]).ToList(), EventOrigin.Analyst, EventStatus.Accepted, analyst.Trim(), title, ct);
        AuditLog.Append(db, new AuditEntry
        {
            At = time.GetUtcNow(), Actor = analyst.Trim(), Action = AuditAction.EventCreate, EventId = ev.Id,
            After = AuditLog.Snapshot(new { ev.Title, Reports = ids.Order().ToList() }), Reason = reason,
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return ev.Id;
    }

    public Task AcceptAsync(int eventId, string analyst, string? reason = null, CancellationToken ct = default) =>
        DecideAsync(eventId, analyst, EventStatus.Accepted, AuditAction.EventAccept, reason, from: [EventStatus.Proposed], ct);

    /// <summary>Undoes a proposal or an accepted event: it no longer groups its reports (they stand alone again).</summary>
    public Task UndoAsync(int eventId, string analyst, string? reason = null, CancellationToken ct = default) =>
        DecideAsync(eventId, analyst, EventStatus.Undone, AuditAction.EventUndo, reason, from: [EventStatus.Proposed, EventStatus.Accepted], ct);

    private async Task DecideAsync(int eventId, string analyst, EventStatus to, AuditAction action, string? reason, EventStatus[] from, CancellationToken ct)
    {
        RequireAnalyst(analyst);
        var ev = await db.Events.SingleOrDefaultAsync(e => e.Id == eventId, ct) ?? throw new ReviewException("event", $"event {eventId} does not exist");
        if (!from.Contains(ev.Status)) throw new ReviewException("event", $"event {eventId} is {ev.Status.ToString().ToLowerInvariant()}");
        var before = ev.Status;
        ev.Status = to;
        ev.DecidedBy = analyst.Trim();
        AuditLog.Append(db, new AuditEntry
        {
            At = time.GetUtcNow(), Actor = analyst.Trim(), Action = action, EventId = eventId,
            Before = AuditLog.Snapshot(new { Status = before.ToString() }), After = AuditLog.Snapshot(new { Status = to.ToString() }), Reason = reason,
        });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private async Task<Event> NewEventAsync(IReadOnlyList<EffectiveIncident> reports, EventOrigin origin, EventStatus status, string by, string? title, CancellationToken ct)
    {
        var first = reports.OrderBy(r => r.Id).First();
        var border = first.BorderCode is { } code ? await db.BorderSegments.FirstOrDefaultAsync(b => b.Code == code, ct) : null;
        var ev = new Event
        {
            Title = string.IsNullOrWhiteSpace(title) ? Truncate(first.Summary, 300) : title.Trim(),
            Type = first.Type, BorderSegment = border, Origin = origin, Status = status, CreatedAt = time.GetUtcNow(), DecidedBy = by,
            DateStart = reports.Select(r => r.Date.Start).Min(), DateEnd = reports.Select(r => r.Date.End).Max(),
            Reports = reports.Select(r => new EventReport { IncidentId = r.Id }).ToList(),
        };
        db.Events.Add(ev);
        await db.SaveChangesAsync(ct);
        return ev;
    }

    private static string Key(IEnumerable<int> ids) => string.Join(',', ids.Order());

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];

    private static void RequireAnalyst(string analyst)
    {
        if (string.IsNullOrWhiteSpace(analyst) || analyst.Length > 200) throw new ReviewException("analyst", "a decision needs the analyst's name (at most 200 characters)");
    }
}
