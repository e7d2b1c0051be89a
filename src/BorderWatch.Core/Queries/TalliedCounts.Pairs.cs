using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Queries;

public static partial class TalliedCounts
{
    /// <summary>
    /// Whether the actor-pair tallies answer an actor facet under this filter (the facet's own dimension already cleared):
    /// one actor (<paramref name="soleActorId"/>) with border, types, statuses and dates (without dates from
    /// <see cref="ActorPairTally"/>, with them from <see cref="ActorPairMonthTally"/>).
    /// </summary>
    public static bool AnswersWithPairs(IncidentFilter without, int? soleActorId) =>
        soleActorId is not null && AnswersForOneActor(without);

    /// <summary>
    /// Listed incidents of <paramref name="actorId"/> that each of <paramref name="otherIds"/> is linked to as well, under
    /// the filter's border, types, statuses and dates (its actors are not read), each incident once per pair whatever
    /// the roles. Without dates: sums of <see cref="ActorPairTally"/> over the key range of the actor (SQLite 1M, the
    /// Taliban against the 19 states: 4,628 pair rows, about 1 ms, against 96 ms for 10,001 capped incidents and their
    /// links). With dates: sums of <see cref="ActorPairMonthTally"/> over the actor's months inside the window (the
    /// year-dated rows by the filter's rule), plus the at most two months a day-precise bound cuts, from their incidents
    /// (as <see cref="ActorTotalsAsync"/>). The actor itself, when among <paramref name="otherIds"/>, counts all its
    /// incidents (from the actor tallies: no pair row pairs an actor with itself).
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, int>> PairTotalsAsync(BorderWatchDbContext db, IncidentFilter f, int actorId,
        IReadOnlyCollection<int> otherIds, CancellationToken ct = default)
    {
        if (otherIds.Count == 0) return new Dictionary<int, int>();
        var ids = otherIds.Distinct().ToList();
        var key = await BorderKeyAsync(db, f, ct);
        // Border, types and statuses as conditions on the actor's rows (one statement shape whatever the filter has).
        var (anyBorder, border) = (key is null, key ?? 0);
        var types = f.Types.Distinct().ToList();
        var statuses = f.Statuses.Distinct().ToList();
        var (anyType, anyStatus) = (types.Count == 0, statuses.Count == 0);
        Dictionary<int, int> totals;
        if (!IsDated(f))
            totals = await db.ActorPairTallies.AsNoTracking()
                .Where(t => t.ActorId == actorId && EF.Parameter(ids).Contains(t.OtherActorId) && t.Count > 0
                    && (anyBorder || t.BorderKey == border) && (anyType || types.Contains(t.Type)) && (anyStatus || statuses.Contains(t.Status)))
                .GroupBy(t => t.OtherActorId).Select(g => new { g.Key, N = g.Sum(t => t.Count) })
                .ToDictionaryAsync(x => x.Key, x => x.N, ct);
        else
        {
            var w = DateWindow.Of(f);
            totals = await InWindow(db.ActorPairMonthTallies.AsNoTracking().Where(t => t.ActorId == actorId), w)
                .Where(t => EF.Parameter(ids).Contains(t.OtherActorId) && t.Count > 0
                    && (anyBorder || t.BorderKey == border) && (anyType || types.Contains(t.Type)) && (anyStatus || statuses.Contains(t.Status)))
                .GroupBy(t => t.OtherActorId).Select(g => new { g.Key, N = g.Sum(t => t.Count) })
                .ToDictionaryAsync(x => x.Key, x => x.N, ct);
            var cut = (await CutMonthLinksAsync(db, w, ids, ct, pairedWith: actorId)).Select(r => new ActorCell(r.ActorId, r.BorderKey, r.Type, r.Status, 1, 0));
            foreach (var c in Matching(cut, key, f)) totals[c.ActorId] = totals.GetValueOrDefault(c.ActorId) + 1;
        }
        if (ids.Contains(actorId))
            foreach (var (id, n) in await ActorTotalsAsync(db, f, [actorId], ct)) totals[id] = n;
        return totals;
    }
}
