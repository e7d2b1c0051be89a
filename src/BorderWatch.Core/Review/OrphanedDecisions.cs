using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Review;

/// <summary>An incident of the same article an orphaned decision can be re-attached to.</summary>
public sealed record ReattachCandidate(int Id, IncidentType Type, string Summary, string ExcerptText, ReviewState State);

/// <summary>
/// One orphaned decision as the analyst sees it: the incident (its decision, who made it, its old excerpt), what else
/// hangs on it (incidents merged into it, events it is a report of) and the incidents of its article it can go to.
/// </summary>
public sealed record OrphanedDecision(EffectiveIncident Incident, string? ArticleTitle, IReadOnlyList<int> MergedIntoIt,
    IReadOnlyList<int> Events, IReadOnlyList<ReattachCandidate> Candidates);

/// <summary>
/// Decisions a reprocess could not re-attach (<see cref="DecisionAttachment.Orphaned"/>, stored on the incident, so they
/// stay listed after any later run and restart) and what an analyst does with them: re-attach them to an incident of
/// the same article (the decision, the merges into it and its event links move there, through <see cref="ReviewService"/>
/// in one transaction) or dismiss them with a reason. Both are audited.
/// </summary>
public sealed class OrphanedDecisions(BorderWatchDbContext db, TimeProvider? clock = null)
{
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <summary>How many decisions wait for an analyst (the badge).</summary>
    public Task<int> CountAsync(CancellationToken ct = default) =>
        db.IncidentAttachments.AsNoTracking().CountAsync(a => a.State == DecisionAttachment.Orphaned, ct);

    public async Task<IReadOnlyList<OrphanedDecision>> ListAsync(CancellationToken ct = default)
    {
        var ids = await ReviewQueries.OrphanedDecisionsAsync(db, ct);
        if (ids.Count == 0) return [];
        var effective = await ReviewViews.EffectiveAsync(db, ids, ct);
        var articleIds = effective.Values.Select(e => e.ArticleId).Distinct().ToList();
        var titles = await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title, ct);
        var siblings = await db.Incidents.AsNoTracking()
            .Where(i => articleIds.Contains(i.ArticleId) && !i.Superseded && !db.IncidentAttachments.Any(a => a.IncidentId == i.Id))
            .Select(i => new { i.Id, i.ArticleId }).ToListAsync(ct);
        var siblingViews = await ReviewViews.EffectiveAsync(db, siblings.Select(s => s.Id).ToList(), ct);
        var result = new List<OrphanedDecision>();
        foreach (var id in ids.Where(effective.ContainsKey))
        {
            var e = effective[id];
            var candidates = siblings.Where(s => s.ArticleId == e.ArticleId).Select(s => siblingViews[s.Id]).Where(v => v.Counts)
                .OrderBy(v => v.Excerpt.Start).ThenBy(v => v.Id)
                .Select(v => new ReattachCandidate(v.Id, v.Type, v.Summary, v.ExcerptText, v.State)).ToList();
            result.Add(new OrphanedDecision(e, titles.GetValueOrDefault(e.ArticleId), await ReviewQueries.MergedIntoAsync(db, id, ct),
                await EventQueries.EventsOfAsync(db, id, ct), candidates));
        }
        return result;
    }

    /// <summary>
    /// Carries an orphaned incident's decisions over to <paramref name="targetId"/> (a listed incident of the same article):
    /// its corrections, its confirmation, rejection or merge, the incidents merged into it and its event links. The
    /// orphan stays, superseded, marked <see cref="DecisionAttachment.Reattached"/>; re-extraction leaves it alone.
    /// </summary>
    public async Task<EffectiveIncident> ReattachAsync(int orphanId, int targetId, string analyst, string? reason = null, CancellationToken ct = default)
    {
        RequireAnalyst(analyst);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await OrphanAsync(orphanId, ct);
            var source = (await ReviewViews.EffectiveAsync(db, orphanId, ct))!;
            var target = await ReviewViews.EffectiveAsync(db, targetId, ct) ?? throw new ReviewException("target", $"incident {targetId} does not exist");
            if (target.ArticleId != source.ArticleId)
                throw new ReviewException("target", $"incident {targetId} is not from the orphaned incident's article ({source.ArticleId})");
            if (!target.Counts || await db.IncidentAttachments.AnyAsync(a => a.IncidentId == targetId, ct))
                throw new ReviewException("target", $"incident {targetId} is not a listed incident: choose one the pipeline finds and nobody rejected or merged");

            var why = $"re-attached from orphaned incident {orphanId}" + (string.IsNullOrWhiteSpace(reason) ? "" : $": {reason.Trim()}");
            var reviews = new ReviewService(db, time);
            if (!source.Corrections.IsEmpty && source.State is not ReviewState.Unreviewed)
                await reviews.CorrectAsync(targetId, source.Corrections, analyst, why, ct);
            var members = await ReviewQueries.MergedIntoAsync(db, orphanId, ct);
            if (members.Count > 0)
            {
                await reviews.SplitAsync(orphanId, analyst, why, ct);
                await reviews.MergeAsync(targetId, members, analyst, why, ct);
            }
            switch (source.State)
            {
                case ReviewState.Confirmed: await reviews.ConfirmAsync(targetId, analyst, why, ct); break;
                case ReviewState.Rejected:
                    var note = await db.IncidentReviews.Where(r => r.IncidentId == orphanId).OrderByDescending(r => r.Id).Select(r => r.Note).FirstAsync(ct);
                    await reviews.RejectAsync(targetId, source.RejectionReason ?? RejectionReason.Other, note ?? why, analyst, ct);
                    break;
                case ReviewState.Merged when source.MergedIntoId is int into && into != targetId:
                    await reviews.MergeAsync(into, [targetId], analyst, why, ct);
                    break;
            }
            var links = await db.EventReports.Where(r => r.IncidentId == orphanId).ToListAsync(ct);
            foreach (var link in links)
            {
                db.EventReports.Remove(link);
                if (!await db.EventReports.AnyAsync(r => r.EventId == link.EventId && r.IncidentId == targetId, ct))
                    db.EventReports.Add(new EventReport { EventId = link.EventId, IncidentId = targetId });
            }

            var state = await OrphanAsync(orphanId, ct);
            state.State = DecisionAttachment.Reattached;
            state.ReattachedToId = targetId;
            // Retired: a later pipeline that finds this span again adds a fresh incident instead of colliding with it.
            (await db.Incidents.SingleAsync(i => i.Id == orphanId, ct)).Fingerprint = $"reattached-{orphanId}";
            AuditLog.Append(db, new AuditEntry
            {
                At = time.GetUtcNow(), Actor = analyst.Trim(), Action = AuditAction.Reattach, IncidentId = orphanId, RelatedIncidentId = targetId,
                Before = AuditLog.Snapshot(source), After = AuditLog.Snapshot(await ReviewViews.EffectiveAsync(db, targetId, ct)),
                Reason = why,
            });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            return (await ReviewViews.EffectiveAsync(db, targetId, ct))!;
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>Dismisses an orphaned decision: it leaves the list (the incident stays, superseded, with its decisions and history).</summary>
    public async Task DismissAsync(int orphanId, string reason, string analyst, CancellationToken ct = default)
    {
        RequireAnalyst(analyst);
        if (string.IsNullOrWhiteSpace(reason)) throw new ReviewException("reason", "dismissing an orphaned decision needs the reason in words");
        if (reason.Length > 2000) throw new ReviewException("reason", $"the reason is {reason.Length} characters long; at most 2000");
        var state = await OrphanAsync(orphanId, ct);
        state.State = DecisionAttachment.Dismissed;
        AuditLog.Append(db, new AuditEntry
        {
            At = time.GetUtcNow(), Actor = analyst.Trim(), Action = AuditAction.OrphanDismiss, IncidentId = orphanId, Reason = reason.Trim(),
        });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private async Task<IncidentAttachment> OrphanAsync(int id, CancellationToken ct)
    {
        if (!await db.Incidents.AnyAsync(i => i.Id == id, ct)) throw new ReviewException("incident", $"incident {id} does not exist");
        var state = await db.IncidentAttachments.SingleOrDefaultAsync(a => a.IncidentId == id, ct);
        if (state is not { State: DecisionAttachment.Orphaned })
            throw new ReviewException("incident", $"incident {id} is not an orphaned decision ({(state?.State ?? DecisionAttachment.Attached).ToString().ToLowerInvariant()})");
        return state;
    }

    private static void RequireAnalyst(string analyst)
    {
        if (string.IsNullOrWhiteSpace(analyst)) throw new ReviewException("analyst", "a decision needs the analyst's name");
    }
}
