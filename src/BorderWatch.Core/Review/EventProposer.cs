using BorderWatch.Core.Domain;

namespace BorderWatch.Core.Review;

/// <summary>An incident as the proposer compares it (effective values).</summary>
/// <param name="Actors">Keys of its non-state actors (organizations, armed groups, persons): two incidents on one
/// border share their states anyway, so states prove nothing.</param>
public sealed record EventCandidate(int IncidentId, int ArticleId, IncidentType Type, string? Border,
    DateOnly? Start, DateOnly? End, string? Place, IReadOnlySet<string> Actors);

/// <summary>
/// Proposes groupings of reports across articles: two incidents from different articles belong together when they
/// have the same type and border, their date ranges overlap, and they share a non-state actor or a place. Groups
/// are the connected components of that relation with reports from at least two articles. Pure.
/// </summary>
public static class EventProposer
{
    public static IReadOnlyList<IReadOnlyList<int>> Group(IReadOnlyList<EventCandidate> candidates)
    {
        var parent = candidates.ToDictionary(c => c.IncidentId, c => c.IncidentId);
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }

        foreach (var bucket in candidates.Where(c => c.Border is not null && c.Start is not null)
                     .GroupBy(c => (c.Type, c.Border)))
        {
            var list = bucket.OrderBy(c => c.Start).ToList();
            for (var i = 0; i < list.Count; i++)
                for (var j = i + 1; j < list.Count && list[j].Start <= list[i].End; j++)
                    if (SameHappening(list[i], list[j])) parent[Find(list[i].IncidentId)] = Find(list[j].IncidentId);
        }

        var byId = candidates.ToDictionary(c => c.IncidentId);
        return candidates.GroupBy(c => Find(c.IncidentId))
            .Select(g => (IReadOnlyList<int>)g.Select(c => c.IncidentId).Order().ToList())
            .Where(g => g.Select(id => byId[id].ArticleId).Distinct().Count() >= 2)
            .OrderBy(g => g[0]).ToList();
    }

    private static bool SameHappening(EventCandidate a, EventCandidate b) =>
        a.ArticleId != b.ArticleId
        && a.Start <= b.End && b.Start <= a.End
        && ((a.Place is not null && a.Place == b.Place) || a.Actors.Overlaps(b.Actors));
}
