using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;

namespace BorderWatch.Core.Review;

public static partial class ReviewOverlay
{
    /// <summary>The same for export records: reviewed values, review state, reviewer and time.</summary>
    public static async Task<IReadOnlyList<IncidentRecord>> ApplyAsync(BorderWatchDbContext db, IReadOnlyList<IncidentRecord> records, CancellationToken ct = default)
    {
        var values = await ReviewedValues.LoadAsync(db, records.Select(r => r.Id).ToList(), ct);
        if (values.Decisions.Count == 0) return records;
        return records.Select(r => values.Decisions.TryGetValue(r.Id, out var d) ? Over(r, d, values) : r).ToList();
    }

    private static IncidentRecord Over(IncidentRecord r, ReviewFold d, ReviewedValues values)
    {
        var (places, actors) = (values.Places, values.Actors);
        var record = r with { Review = d.State.ToString().ToLowerInvariant(), ReviewedBy = d.ReviewedBy, ReviewedAt = d.ReviewedAt };
        if (d.Corrections.IsEmpty || !values.Effective.TryGetValue(r.Id, out var e)) return record;
        var c = e.Corrections;
        var place = c.Place is null ? null : e.PlaceKey is { } key ? places.GetValueOrDefault(key) : null;
        List<string> Names(params ActorKind[] kinds) => e.Actors.Select(a => actors.GetValueOrDefault(a.ActorKey)).OfType<Actor>()
            .Where(a => kinds.Contains(a.Kind)).Select(a => a.CanonicalName).Distinct().Order(StringComparer.Ordinal).ToList();
        return record with
        {
            Type = e.Type.ToCode(), Status = e.Status.ToCode(), Attribution = e.Attribution, Summary = e.Summary,
            Date = c.Date is null ? r.Date : e.Date.IsKnown ? e.Date.ToString() : null,
            DatePrecision = c.Date is null ? r.DatePrecision : e.Date.Precision.ToCode(),
            DateInferred = c.Date is null && r.DateInferred,
            Border = c.Border is null ? r.Border : e.BorderCode,
            Location = c.LocationText ?? (c.Place is null ? r.Location : place?.Name),
            Latitude = c.Place is null ? r.Latitude : place?.Latitude,
            Longitude = c.Place is null ? r.Longitude : place?.Longitude,
            Countries = c.Actors is null ? r.Countries : Names(ActorKind.State),
            Organizations = c.Actors is null ? r.Organizations : Names(ActorKind.Organization, ActorKind.ArmedGroup),
            Persons = c.Actors is null ? r.Persons : Names(ActorKind.Person),
            Excerpt = c.Excerpt is null ? r.Excerpt : e.ExcerptText,
            ExcerptStart = c.Excerpt is null ? r.ExcerptStart : e.Excerpt.Start,
            ExcerptEnd = c.Excerpt is null ? r.ExcerptEnd : e.Excerpt.End,
            Killed = c.Casualties is null ? r.Killed : e.Casualties.Least(CasualtyKind.Killed),
            Wounded = c.Casualties is null ? r.Wounded : e.Casualties.Least(CasualtyKind.Wounded),
            Detained = c.Casualties is null ? r.Detained : e.Casualties.Least(CasualtyKind.Detained),
            Casualties = c.Casualties is null ? r.Casualties : e.Casualties.Any ? e.Casualties.ToString() : null,
        };
    }
}
