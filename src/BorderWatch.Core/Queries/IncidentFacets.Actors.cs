using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Queries;

public static partial class IncidentFacets
{
    /// <summary>
    /// Exact counts of an actor facet (country, organization, person) under a date range with border, types and statuses
    /// only, from the actor-date tallies of the facet's actors (<see cref="TalliedCounts.ActorTotalsAsync"/>), or null.
    /// Before, such a facet was counted over the capped rows (10,001 incidents and their links read and counted in the
    /// process: 45–65 ms of CPU at 1M for the country facet of 2015–2019, and only a lower bound: AFG 2,488 of 34,432).
    /// Under an actor filter the facet is still counted over the capped rows: one grouped statement over the actor's links
    /// (exact) measured no cheaper at 1M (the Taliban's 15,718 incidents against the states: 50–60 ms of SQLite CPU, as
    /// many random reads of incident rows for their Hidden flag as the capped read makes), so it was not kept.
    /// </summary>
    /// <param name="without">The filter without the facet's own dimension.</param>
    private static async Task<List<Count>?> ActorFacetValuesAsync(BorderWatchDbContext db, IncidentFilter without,
        FacetField field, CancellationToken ct)
    {
        if (field is not (FacetField.Country or FacetField.Organization or FacetField.Person)) return null;
        if (!TalliedCounts.Answers(without) || !TalliedCounts.IsDated(without)) return null;
        var actors = (await StoreReferences.ReadAsync(db, ct)).OfKinds(KindsOf(field)).ToDictionary(a => a.Id);
        if (actors.Count == 0) return [];
        var ids = actors.Keys.ToList();
        var byActor = await TalliedCounts.ActorTotalsAsync(db, without, ids, ct);
        return byActor.Where(x => x.Value > 0 && actors.ContainsKey(x.Key))
            .GroupBy(x => (actors[x.Key].CanonicalName, actors[x.Key].DisplayName))
            .Select(g => new Count(g.Key.CanonicalName, g.Key.DisplayName, g.Sum(x => x.Value))).ToList();
    }
}
