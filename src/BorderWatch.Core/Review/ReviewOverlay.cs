using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;

namespace BorderWatch.Core.Review;

/// <summary>
/// Lays analysts' decisions over list items the machine's columns filled: reviewed incidents show their effective
/// values (corrected type, date, border, place, status, attribution, actors, summary, excerpt) and carry their review
/// state and reviewer (<see cref="ReviewedValues"/> loads what it lays over).
/// </summary>
public static partial class ReviewOverlay
{
    /// <param name="reviewedIds">Which items have a review, when the caller read it with their rows.</param>
    public static async Task<IReadOnlyList<IncidentListItem>> ApplyAsync(BorderWatchDbContext db, IReadOnlyList<IncidentListItem> items, CancellationToken ct = default,
        IReadOnlyCollection<int>? reviewedIds = null)
    {
        var values = await ReviewedValues.LoadAsync(db, items.Select(i => i.Id).ToList(), ct, reviewedIds);
        if (values.Decisions.Count == 0) return items;
        return items.Select(i => values.Decisions.TryGetValue(i.Id, out var d) ? Over(i, d, values) : i).ToList();
    }

    private static IncidentListItem Over(IncidentListItem i, ReviewFold d, ReviewedValues values)
    {
        var (borders, places, actors) = (values.BorderNames, values.Places, values.Actors);
        var item = i with { Review = d.State, ReviewedBy = d.ReviewedBy, ReviewedAt = d.ReviewedAt, MergedIntoId = d.MergedIntoId };
        if (d.Corrections.IsEmpty || !values.Effective.TryGetValue(i.Id, out var e)) return item;
        var c = e.Corrections;
        return item with
        {
            Type = e.Type, Status = e.Status, Attribution = e.Attribution, Summary = e.Summary,
            Date = c.Date is null ? i.Date : e.Date, DateInferred = c.Date is null && i.DateInferred, DateNote = c.Date is null ? i.DateNote : null,
            BorderCode = c.Border is null ? i.BorderCode : e.BorderCode,
            BorderName = c.Border is null ? i.BorderName : e.BorderCode is { } b ? borders.GetValueOrDefault(b) : null,
            Location = c.LocationText ?? (c.Place is null ? i.Location : e.PlaceKey is { } p ? places.GetValueOrDefault(p)?.Name : null),
            Actors = c.Actors is null ? i.Actors : e.Actors.Where(v => actors.ContainsKey(v.ActorKey))
                .Select(v => actors[v.ActorKey] is var a ? new ActorRef(a.Id, a.Kind, a.CanonicalName, a.DisplayName, v.Role) : null!)
                .OrderBy(a => a.Kind).ThenBy(a => a.DisplayName, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Role).ToList(),
            Excerpts = c.Excerpt is null || i.Excerpts.Count == 0 ? i.Excerpts
                : [i.Excerpts[0] with { Start = e.Excerpt.Start, End = e.Excerpt.End, Text = e.ExcerptText }, .. i.Excerpts.Skip(1)],
        };
    }
}
