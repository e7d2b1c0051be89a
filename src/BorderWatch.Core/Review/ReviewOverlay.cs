using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Review;

/// <summary>
/// Lays analysts' decisions over list items the machine's columns filled: reviewed incidents show their effective
/// values (corrected type, date, border, place, status, attribution, actors, summary, excerpt) and carry their review
/// state and reviewer. Unreviewed incidents cost one small query (which of the ids have a review).
/// </summary>
public static partial class ReviewOverlay
{
    public static async Task<IReadOnlyList<IncidentListItem>> ApplyAsync(BorderWatchDbContext db, IReadOnlyList<IncidentListItem> items, CancellationToken ct = default)
    {
        if (items.Count == 0) return items;
        var ids = items.Select(i => i.Id).ToList();
        var reviewed = await db.IncidentReviews.AsNoTracking().Where(r => ids.Contains(r.IncidentId)).Select(r => r.IncidentId).Distinct().ToListAsync(ct);
        if (reviewed.Count == 0) return items;
        var effective = await ReviewViews.EffectiveAsync(db, reviewed, ct);
        var corrected = effective.Values.Where(e => !e.Corrections.IsEmpty).ToList();
        var borderCodes = corrected.Where(e => e.Corrections.Border is not null && e.BorderCode is not null).Select(e => e.BorderCode!).Distinct().ToList();
        var borders = await db.BorderSegments.AsNoTracking().Where(b => borderCodes.Contains(b.Code)).ToDictionaryAsync(b => b.Code, b => b.Name, ct);
        var placeKeys = corrected.Where(e => e.Corrections.Place is not null && e.PlaceKey is not null).Select(e => e.PlaceKey!).Distinct().ToList();
        var places = await db.Places.AsNoTracking().Where(p => placeKeys.Contains(p.Key)).ToDictionaryAsync(p => p.Key, p => p.Name, ct);
        var actorKeys = corrected.Where(e => e.Corrections.Actors is not null).SelectMany(e => e.Actors.Select(a => a.ActorKey)).Distinct().ToList();
        var actors = await db.Actors.AsNoTracking().Where(a => actorKeys.Contains(a.Key)).ToDictionaryAsync(a => a.Key, ct);
        return items.Select(i => effective.TryGetValue(i.Id, out var e) ? Over(i, e, borders, places, actors) : i).ToList();
    }

    private static IncidentListItem Over(IncidentListItem i, EffectiveIncident e, IReadOnlyDictionary<string, string> borders,
        IReadOnlyDictionary<string, string> places, IReadOnlyDictionary<string, Actor> actors)
    {
        var c = e.Corrections;
        var item = i with { Review = e.State, ReviewedBy = e.ReviewedBy, ReviewedAt = e.ReviewedAt, MergedIntoId = e.MergedIntoId };
        if (c.IsEmpty) return item;
        return item with
        {
            Type = e.Type, Status = e.Status, Attribution = e.Attribution, Summary = e.Summary,
            Date = c.Date is null ? i.Date : e.Date, DateInferred = c.Date is null && i.DateInferred, DateNote = c.Date is null ? i.DateNote : null,
            BorderCode = c.Border is null ? i.BorderCode : e.BorderCode,
            BorderName = c.Border is null ? i.BorderName : e.BorderCode is { } b ? borders.GetValueOrDefault(b) : null,
            Location = c.LocationText ?? (c.Place is null ? i.Location : e.PlaceKey is { } p ? places.GetValueOrDefault(p) : null),
            Actors = c.Actors is null ? i.Actors : e.Actors.Where(v => actors.ContainsKey(v.ActorKey))
                .Select(v => actors[v.ActorKey] is var a ? new ActorRef(a.Id, a.Kind, a.CanonicalName, a.DisplayName, v.Role) : null!)
                .OrderBy(a => a.Kind).ThenBy(a => a.DisplayName, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Role).ToList(),
            Excerpts = c.Excerpt is null || i.Excerpts.Count == 0 ? i.Excerpts
                : [i.Excerpts[0] with { Start = e.Excerpt.Start, End = e.Excerpt.End, Text = e.ExcerptText }, .. i.Excerpts.Skip(1)],
        };
    }
}
