using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Review;

/// <summary>A decision that cannot be made as asked: <see cref="Field"/> names what is wrong, the message says why.</summary>
public sealed class ReviewException(string field, string message) : Exception($"{field}: {message}")
{
    public string Field { get; } = field;

    /// <summary>Why the field is refused, without the field's name in front (the message is "field: reason").</summary>
    public string Reason { get; } = message;
}

/// <summary>
/// The analyst's decisions on incidents: confirm, correct, reject, merge, split, note. Each is one transaction that
/// appends an <see cref="IncidentReview"/> (except a note) and an <see cref="AuditEntry"/> with the effective values
/// before and after. Nothing here updates or deletes a review or an audit row; the machine's values of a corrected field are kept in
/// <see cref="MachineValues"/> while the incident's counted columns carry the reviewed ones (<see cref="ReviewedColumns"/>).
/// </summary>
public sealed class ReviewService(BorderWatchDbContext db, TimeProvider? clock = null)
{
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    public Task<EffectiveIncident> ConfirmAsync(int incidentId, string analyst, string? note = null, CancellationToken ct = default) =>
        InTransactionAsync(() => DecideAsync(incidentId, analyst, AuditAction.Confirm, note, _ => Review(incidentId, ReviewDecision.Confirmed, analyst, note), ct), ct);

    /// <summary>Corrects fields (null fields are left as they are). A rejected or merged incident must be confirmed (reinstated) or split first.</summary>
    public Task<EffectiveIncident> CorrectAsync(int incidentId, IncidentCorrection correction, string analyst, string? reason = null, CancellationToken ct = default) =>
        InTransactionAsync(async () =>
        {
            await ValidateAsync(incidentId, correction, ct);
            return await DecideAsync(incidentId, analyst, AuditAction.Correct, reason, before =>
            {
                if (before.State is ReviewState.Rejected or ReviewState.Merged)
                    throw new ReviewException("incident", $"incident {incidentId} is {before.State.ToString().ToLowerInvariant()}: confirm or split it before correcting it");
                var review = Review(incidentId, ReviewDecision.Corrected, analyst, reason);
                review.CorrectionsJson = correction.ToJson();
                return review;
            }, ct);
        }, ct);

    /// <summary>Rejects with a typed reason; <see cref="RejectionReason.Other"/> needs the free text.</summary>
    public Task<EffectiveIncident> RejectAsync(int incidentId, RejectionReason reason, string? text, string analyst, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(reason)) throw new ReviewException("reason", $"'{reason}' is not a rejection reason");
        if (reason == RejectionReason.Other && string.IsNullOrWhiteSpace(text))
            throw new ReviewException("reason", "a rejection for another reason needs the reason in words");
        return InTransactionAsync(() => DecideAsync(incidentId, analyst, AuditAction.Reject, text, _ =>
        {
            var review = Review(incidentId, ReviewDecision.Rejected, analyst, text);
            review.RejectionReason = reason;
            return review;
        }, ct, rejection: reason), ct);
    }

    /// <summary>Merges <paramref name="memberIds"/> into <paramref name="targetId"/> (same article or across articles): they leave the counts, the target stays.</summary>
    public Task<IReadOnlyList<EffectiveIncident>> MergeAsync(int targetId, IReadOnlyCollection<int> memberIds, string analyst, string? reason = null, CancellationToken ct = default) =>
        InTransactionAsync<IReadOnlyList<EffectiveIncident>>(async () =>
        {
            var members = memberIds.Distinct().ToList();
            if (members.Count == 0) throw new ReviewException("incidents", "a merge needs at least one incident besides its target");
            if (members.Contains(targetId)) throw new ReviewException("incidents", $"incident {targetId} cannot be merged into itself");
            var all = await ReviewViews.EffectiveAsync(db, [targetId, .. members], ct);
            foreach (var id in members.Append(targetId).Where(id => !all.ContainsKey(id)))
                throw new ReviewException("incidents", $"incident {id} does not exist");
            var target = all[targetId];
            if (target.State is ReviewState.Merged or ReviewState.Rejected)
                throw new ReviewException("target", $"incident {targetId} is {target.State.ToString().ToLowerInvariant()}{(target.MergedIntoId is int t ? $" (into {t})" : "")}: choose a standing incident as the target");
            foreach (var id in members)
            {
                if (all[id].State == ReviewState.Merged)
                    throw new ReviewException("incidents", $"incident {id} is already merged into {all[id].MergedIntoId}: split it first");
                if ((await ReviewQueries.MergedIntoAsync(db, id, ct)).Count > 0)
                    throw new ReviewException("incidents", $"incident {id} is itself the target of a merge: merge into {id} instead, or split it first");
            }
            var results = new List<EffectiveIncident>();
            foreach (var id in members)
            {
                results.Add(await DecideAsync(id, analyst, AuditAction.Merge, reason, _ =>
                {
                    var review = Review(id, ReviewDecision.Merged, analyst, reason);
                    review.MergedIntoId = targetId;
                    return review;
                }, ct, related: targetId));
            }
            return results;
        }, ct);

    /// <summary>
    /// Splits a merge: a merged incident stands on its own again; given a merge target, every incident merged into it does.
    /// </summary>
    public Task<IReadOnlyList<EffectiveIncident>> SplitAsync(int incidentId, string analyst, string? reason = null, CancellationToken ct = default) =>
        InTransactionAsync<IReadOnlyList<EffectiveIncident>>(async () =>
        {
            var incident = await ReviewViews.EffectiveAsync(db, incidentId, ct) ?? throw new ReviewException("incident", $"incident {incidentId} does not exist");
            var members = incident.State == ReviewState.Merged ? [incidentId] : await ReviewQueries.MergedIntoAsync(db, incidentId, ct);
            if (members.Count == 0) throw new ReviewException("incident", $"incident {incidentId} is not part of a merge");
            var results = new List<EffectiveIncident>();
            foreach (var id in members)
            {
                var formerTarget = id == incidentId ? incident.MergedIntoId : incidentId;
                results.Add(await DecideAsync(id, analyst, AuditAction.Split, reason,
                    _ => Review(id, ReviewDecision.Split, analyst, reason), ct, related: formerTarget));
            }
            return results;
        }, ct);

    /// <summary>A note on an incident: goes to the audit log only (it changes no decision).</summary>
    public async Task<AuditEntry> NoteAsync(int incidentId, string text, string analyst, CancellationToken ct = default)
    {
        RequireAnalyst(analyst);
        if (string.IsNullOrWhiteSpace(text)) throw new ReviewException("note", "the note is empty");
        if (text.Length > 2000) throw new ReviewException("note", $"the note is {text.Length} characters long; at most 2000");
        if (!await db.Incidents.AnyAsync(i => i.Id == incidentId, ct)) throw new ReviewException("incident", $"incident {incidentId} does not exist");
        var entry = AuditLog.Append(db, new AuditEntry { At = time.GetUtcNow(), Actor = analyst, Action = AuditAction.Note, IncidentId = incidentId, Reason = text });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return entry;
    }

    private async Task<EffectiveIncident> DecideAsync(int incidentId, string analyst, AuditAction action, string? why,
        Func<EffectiveIncident, IncidentReview> decide, CancellationToken ct, int? related = null, RejectionReason? rejection = null)
    {
        RequireAnalyst(analyst);
        if (why is { Length: > 2000 }) throw new ReviewException("reason", $"the reason is {why.Length} characters long; at most 2000");
        var before = await ReviewViews.EffectiveAsync(db, incidentId, ct) ?? throw new ReviewException("incident", $"incident {incidentId} does not exist");
        var review = decide(before);
        db.IncidentReviews.Add(review);
        await db.SaveChangesAsync(ct);
        if (review.CorrectionsJson is not null)
        {
            // The counted columns follow the reviewed values in the same transaction (ADR 0011): tallies, facets,
            // filters, the map and the timeline move with them.
            await ReviewedColumns.LayOverAsync(db, incidentId, ct);
            await db.SaveChangesAsync(ct);
        }
        var after = (await ReviewViews.EffectiveAsync(db, incidentId, ct))!;
        AuditLog.Append(db, new AuditEntry
        {
            At = time.GetUtcNow(), Actor = analyst, Action = action, IncidentId = incidentId, RelatedIncidentId = related,
            Before = AuditLog.Snapshot(before), After = AuditLog.Snapshot(after), RejectionReason = rejection, Reason = why,
        });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return after;
    }

    private IncidentReview Review(int incidentId, ReviewDecision decision, string analyst, string? note) => new()
    {
        IncidentId = incidentId, Decision = decision, Analyst = analyst.Trim(), Note = note, DecidedAt = time.GetUtcNow(),
    };

    private static void RequireAnalyst(string analyst)
    {
        if (string.IsNullOrWhiteSpace(analyst)) throw new ReviewException("analyst", "a decision needs the analyst's name");
        if (analyst.Length > 200) throw new ReviewException("analyst", "the analyst's name is longer than 200 characters");
    }

    private async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken ct)
    {
        // Part of a larger decision (re-attaching an orphan: OrphanedDecisions): its transaction holds this one.
        if (db.Database.CurrentTransaction is not null) return await work();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var result = await work();
            await tx.CommitAsync(ct);
            return result;
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>Checks every corrected field against the store: types, dates, borders, places, actors, the excerpt span.</summary>
    private async Task ValidateAsync(int incidentId, IncidentCorrection c, CancellationToken ct)
    {
        if (c.IsEmpty) throw new ReviewException("correction", "nothing to correct");
        var articleLength = await db.Incidents.Where(i => i.Id == incidentId).Select(i => (int?)i.Article!.CleanedText.Length).FirstOrDefaultAsync(ct)
            ?? throw new ReviewException("incident", $"incident {incidentId} does not exist");
        if (c.Type is { } type && !Enum.IsDefined(type)) throw new ReviewException("type", $"'{type}' is not an incident type");
        if (c.Status is { } status && !Enum.IsDefined(status)) throw new ReviewException("status", $"'{status}' is not a status");
        if (c.Date is { } date && !PartialDate.TryParse(date, out _))
            throw new ReviewException("date", $"'{date}' is not a date (write 2015, 2015-10 or 2015-10-14)");
        if (c.Border is { } border && border != IncidentCorrection.NoBorder && !await db.BorderSegments.AnyAsync(b => b.Code == border, ct))
            throw new ReviewException("border", $"'{border}' is not a tracked border");
        if (c.Place is { } place && place != IncidentCorrection.NoBorder && !await db.Places.AnyAsync(p => p.Key == place, ct))
            throw new ReviewException("place", $"'{place}' is not a gazetteer place");
        CheckLength("summary", c.Summary, 1000, allowEmpty: false);
        CheckLength("location", c.LocationText, 500, allowEmpty: true);
        CheckLength("attribution", c.Attribution, 500, allowEmpty: true);
        if (c.Actors is { } actors)
        {
            foreach (var a in actors.Where(a => !Enum.IsDefined(a.Role)))
                throw new ReviewException("actors", $"'{a.Role}' is not a role");
            if (actors.GroupBy(a => (a.ActorKey, a.Role)).FirstOrDefault(g => g.Count() > 1) is { } twice)
                throw new ReviewException("actors", $"{twice.Key.ActorKey} is listed twice as {twice.Key.Role}");
            var keys = actors.Select(a => a.ActorKey).Distinct().ToList();
            var known = await db.Actors.Where(a => keys.Contains(a.Key)).Select(a => a.Key).ToListAsync(ct);
            if (keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown)
                throw new ReviewException("actors", $"'{unknown}' is not a known actor");
        }
        if (c.Excerpt is { } span && (span.Start < 0 || span.End <= span.Start || span.End > articleLength))
            throw new ReviewException("excerpt", $"span {span.Start}-{span.End} is not within the article's text (0-{articleLength})");
    }

    private static void CheckLength(string field, string? value, int max, bool allowEmpty)
    {
        if (value is null) return;
        if (!allowEmpty && string.IsNullOrWhiteSpace(value)) throw new ReviewException(field, "cannot be empty");
        if (value.Length > max) throw new ReviewException(field, $"is {value.Length} characters long; at most {max}");
    }
}
