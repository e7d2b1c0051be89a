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
    /// Under one actor without dates (<c>?org=Taliban</c>'s countries and persons) the facet comes from the actor-pair
    /// tallies (<see cref="TalliedCounts.PairTotalsAsync"/>): exact, the actor's rows only (a grouped statement over the
    /// actor's links cost as much as the capped read: 50–60 ms of SQLite CPU at 1M), and under one actor and dates from
    /// the actor-pair month tallies (store24). Under several actors the facet is still counted over the capped rows.
    /// </summary>
    /// <param name="without">The filter without the facet's own dimension.</param>
    private static async Task<List<Count>?> ActorFacetValuesAsync(BorderWatchDbContext db, ResolvedFilter resolved, IncidentFilter without,
        FacetField field, CancellationToken ct)
    {
        if (field is not (FacetField.Country or FacetField.Organization or FacetField.Person)) return null;
        var sole = resolved.Without(field).SoleActorId;
        var paired = TalliedCounts.AnswersWithPairs(without, sole);
        if (!paired && (!TalliedCounts.Answers(without) || !TalliedCounts.IsDated(without))) return null;
        var actors = (await StoreReferences.ReadAsync(db, ct)).OfKinds(KindsOf(field)).ToDictionary(a => a.Id);
        if (actors.Count == 0) return [];
        var ids = actors.Keys.ToList();
        var byActor = paired
            ? await TalliedCounts.PairTotalsAsync(db, without, sole!.Value, ids, ct)
            : await TalliedCounts.ActorTotalsAsync(db, without, ids, ct);
        return byActor.Where(x => x.Value > 0 && actors.ContainsKey(x.Key))
            .GroupBy(x => (actors[x.Key].CanonicalName, actors[x.Key].DisplayName))
            .Select(g => new Count(g.Key.CanonicalName, g.Key.DisplayName, g.Sum(x => x.Value))).ToList();
    }
}
