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
    // Any 64-bit number unique to this use: "BWEVENTS".
    private const long ProposalLock = 0x4257_4556_454E_5453;
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <summary>
    /// Proposes events over the whole store: counted incidents not yet in a proposed or accepted event (a grouping an
    /// analyst undid is not proposed again); returns the new events' ids. Reads every incident: for tests and small
    /// stores; the write paths call <see cref="ProposeForArticlesAsync"/>.
    /// </summary>
    public async Task<IReadOnlyList<int>> ProposeAsync(CancellationToken ct = default)
    {
        var grouped = await db.EventReports.Where(r => r.Event!.Status != EventStatus.Undone).Select(r => r.IncidentId).ToListAsync(ct);
        var ids = await db.Incidents.Where(i => !i.Superseded && i.Article!.DuplicateOfId == null && !grouped.Contains(i.Id))
            .Select(i => i.Id).ToListAsync(ct);
        return await ProposeAmongAsync(ids, ids.ToHashSet(), ct);
    }

    /// <summary>
    /// Proposes events around the reports of articles just written (ingested, reprocessed, imported): each of their
    /// listed reports in no event is compared with the few listed reports of other articles it could group with
    /// (<see cref="ProposalCandidates"/>: indexed range queries, never the whole store); only groupings that contain
    /// one of the new reports are recorded. Returns the new events' ids.
    /// </summary>
    public async Task<IReadOnlyList<int>> ProposeForArticlesAsync(IReadOnlyCollection<int> articleIds, CancellationToken ct = default)
    {
        var created = new List<int>();
        foreach (var chunk in articleIds.Distinct().Order().Chunk(200))
        {
            var fresh = await ProposalCandidates.NewReportsAsync(db, chunk, ct);
            if (fresh.Count == 0) continue;
            var neighbours = await ProposalCandidates.NeighboursAsync(db, fresh, ct);
            if (neighbours.Count == 0 && chunk.Length == 1) continue;   // one article alone groups nothing
            created.AddRange(await ProposeAmongAsync([.. fresh, .. neighbours], fresh.ToHashSet(), ct));
        }
        return created;
    }

    /// <summary>Groups these incidents (<see cref="EventProposer"/>) and records each grouping that has one of <paramref name="mustTouch"/> and no analyst undid.</summary>
    private async Task<IReadOnlyList<int>> ProposeAmongAsync(IReadOnlyCollection<int> ids, IReadOnlySet<int> mustTouch, CancellationToken ct)
    {
        var effective = (await ReviewViews.EffectiveAsync(db, ids, ct)).Values.Where(e => e.Counts).ToList();
        var keys = effective.SelectMany(e => e.Actors.Select(a => a.ActorKey)).Distinct().ToList();
        var nonStates = (await db.Actors.Where(a => keys.Contains(a.Key) && a.Kind != ActorKind.State).Select(a => a.Key).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var candidates = effective.Select(e => new EventCandidate(e.Id, e.ArticleId, e.Type, e.BorderCode, e.Date.Start, e.Date.End, e.PlaceKey,
            e.Actors.Select(a => a.ActorKey).Where(nonStates.Contains).ToHashSet())).ToList();
        var groups = EventProposer.Group(candidates).Where(g => g.Any(mustTouch.Contains)).ToList();
        if (groups.Count == 0) return [];
        // A grouping an analyst undid is not proposed again: the undone events that hold one of these reports.
        var involved = groups.SelectMany(g => g).ToList();
        var undone = (await db.Events.Where(e => e.Status == EventStatus.Undone && e.Reports.Any(r => involved.Contains(r.IncidentId)))
                .Select(e => e.Reports.Select(r => r.IncidentId).ToList()).ToListAsync(ct))
            .Select(Key).ToHashSet(StringComparer.Ordinal);
        var byId = effective.ToDictionary(e => e.Id);

        var created = new List<int>();
        // Two writers (a CLI batch, a web job) may propose at once: the transaction serialises them (SQLite begins
        // immediate; PostgreSQL takes the proposals' advisory lock) and a grouping whose reports another proposer
        // grouped meanwhile is skipped.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({ProposalLock})", ct);
        foreach (var group in groups.Where(g => !undone.Contains(Key(g))))
        {
            var members = group.ToList();
            if (await db.EventReports.AnyAsync(r => members.Contains(r.IncidentId) && r.Event!.Status != EventStatus.Undone, ct)) continue;
            var ev = await NewEventAsync(group.Select(id => byId[id]).ToList(), EventOrigin.Machine, EventStatus.Proposed, Proposer, null, ct);
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

    /// <summary>
    /// An analyst adds reports to a proposed or accepted event (the incident page's "Add to event…"); the event's
    /// dates widen to cover them and its status stays. Reports already in it are refused, so is an undone event.
    /// </summary>
    public async Task AddReportsAsync(int eventId, IReadOnlyCollection<int> incidentIds, string analyst, string? reason = null, CancellationToken ct = default)
    {
        RequireAnalyst(analyst);
        var ids = incidentIds.Distinct().ToList();
        if (ids.Count == 0) throw new ReviewException("incidents", "name at least one report to add");
        var ev = await db.Events.Include(e => e.Reports).SingleOrDefaultAsync(e => e.Id == eventId, ct)
            ?? throw new ReviewException("event", $"event {eventId} does not exist");
        if (ev.Status == EventStatus.Undone) throw new ReviewException("event", $"event {eventId} is undone");
        if (ids.FirstOrDefault(id => ev.Reports.Any(r => r.IncidentId == id)) is var already and > 0)
            throw new ReviewException("incidents", $"incident {already} is already a report of event {eventId}");
        var effective = await ReviewViews.EffectiveAsync(db, ids, ct);
        if (ids.FirstOrDefault(id => !effective.ContainsKey(id)) is var missing and > 0)
            throw new ReviewException("incidents", $"incident {missing} does not exist");
        var before = ev.Reports.Select(r => r.IncidentId).Order().ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var e in effective.Values)
        {
            ev.Reports.Add(new EventReport { IncidentId = e.Id });
            if (e.Date.Start is { } s && (ev.DateStart is null || s < ev.DateStart)) ev.DateStart = s;
            if (e.Date.End is { } end && (ev.DateEnd is null || end > ev.DateEnd)) ev.DateEnd = end;
        }
        ev.DecidedBy = analyst.Trim();
        AuditLog.Append(db, new AuditEntry
        {
            At = time.GetUtcNow(), Actor = analyst.Trim(), Action = AuditAction.EventAdd, EventId = eventId,
            Before = AuditLog.Snapshot(new { Reports = before }), After = AuditLog.Snapshot(new { Reports = before.Concat(ids).Order().ToList() }), Reason = reason,
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
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
