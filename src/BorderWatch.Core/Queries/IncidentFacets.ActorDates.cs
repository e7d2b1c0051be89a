using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Queries;

public static partial class IncidentFacets
{
    /// <summary>
    /// Facet counts the actor-date tallies answer (<see cref="TalliedCounts.ActorCellsAsync"/>), or null: the border, type
    /// and status facets under one actor (with border, types, statuses and dates); exact, each incident counting once per
    /// actor. Not the actor facets under dates: every actor's rows of the range were 0.46-6.2 s of SQL at 1M (load 60),
    /// more than the capped rows they would replace.
    /// </summary>
    /// <param name="without">The filter without the facet's own dimension.</param>
    private static async Task<List<Count>?> ActorDateValuesAsync(BorderWatchDbContext db, ResolvedFilter resolved, IncidentFilter without,
        FacetField field, CancellationToken ct)
    {
        var over = resolved.Without(field);
        if (field is not (FacetField.Border or FacetField.Type or FacetField.Status)) return null;
        if (over.SoleActorId is not int actor || !TalliedCounts.AnswersForOneActor(without)) return null;
        var cells = TalliedCounts.Matching(await resolved.ActorCellsAsync(db, [actor], ct), await TalliedCounts.BorderKeyAsync(db, without, ct), without);
        return await ValuesAsync(db, cells.Select(c => (c.BorderKey == 0 ? (int?)null : c.BorderKey, c.Type, c.Status, c.Count)), field, ct);
    }
}
