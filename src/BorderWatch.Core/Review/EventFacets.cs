using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Review;

/// <summary>
/// Facet counts of events rather than reports (a list in "one row per event" mode): each value's report count minus the
/// repeat reports (<see cref="EventCounts.RepeatReports"/>) that have the value, under the same filter the facet is counted
/// under (every filter but its own). The definition <see cref="EventCounts.CountAsync"/> uses: an accepted event counts
/// once, on the values of its first listed report. The repeat reports are the few reports analysts grouped, so this adds
/// one small query per facet whatever the store's size.
/// </summary>
public static class EventFacets
{
    public static async Task<IReadOnlyList<Facet>> OfEventsAsync(BorderWatchDbContext db, IncidentFilter filter, IReadOnlyList<Facet> reportFacets,
        CancellationToken ct = default)
    {
        // Analysts showing rejected and merged reports count reports (as EventCounts.CountAsync does).
        if (filter.IncludeRejected || reportFacets.Count == 0) return reportFacets;
        if (!await EventCounts.RepeatReports(db).AnyAsync(ct)) return reportFacets;
        var result = new List<Facet>();
        foreach (var facet in reportFacets)
        {
            var repeats = EventCounts.RepeatReports(db).AsNoTracking().Apply(IncidentFacets.Without(filter, facet.Field), db);
            var values = await ValuesAsync(db, repeats, facet.Field, ct);
            result.Add(values.Count == 0 ? facet : Subtract(facet, values));
        }
        return result;
    }

    /// <summary>The facet values of the repeat reports, one per report (an actor once per report, whatever its roles).</summary>
    private static async Task<List<string>> ValuesAsync(BorderWatchDbContext db, IQueryable<Incident> repeats, FacetField field, CancellationToken ct)
    {
        switch (field)
        {
            case FacetField.Border:
                return (await repeats.Select(i => i.BorderSegment == null ? null : i.BorderSegment.Code).ToListAsync(ct))
                    .Select(c => c ?? IncidentFacets.NoBorder).ToList();
            case FacetField.Type:
                return (await repeats.Select(i => i.Type).ToListAsync(ct)).Select(t => t.ToCode()).ToList();
            case FacetField.Status:
                return (await repeats.Select(i => i.Status).ToListAsync(ct)).Select(s => s.ToCode()).ToList();
            default:
                ActorKind[] kinds = field switch
                {
                    FacetField.Country => [ActorKind.State],
                    FacetField.Organization => [ActorKind.Organization, ActorKind.ArmedGroup],
                    _ => [ActorKind.Person],
                };
                var ids = repeats.Select(i => i.Id);
                return (await db.IncidentActors.AsNoTracking()
                        .Where(l => ids.Contains(l.IncidentId) && kinds.Contains(l.Actor!.Kind))
                        .Select(l => new { l.IncidentId, l.Actor!.CanonicalName }).ToListAsync(ct))
                    .Distinct().Select(x => x.CanonicalName).ToList();
        }
    }

    private static Facet Subtract(Facet facet, List<string> repeats)
    {
        var less = repeats.GroupBy(v => v, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var values = facet.Values
            .Select(v => v with { Count = Math.Max(0, v.Count - less.GetValueOrDefault(v.Value)) })
            .Where(v => v.Count > 0 || v.Selected)
            .OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.OrdinalIgnoreCase).ToList();
        return facet with { Values = values };
    }
}
