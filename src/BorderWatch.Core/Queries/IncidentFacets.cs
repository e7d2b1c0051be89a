using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Queries;

/// <summary>A filter dimension that lists its values with counts.</summary>
public enum FacetField { Border, Country, Organization, Person, Type, Status }

/// <summary>One value of a facet: what the query string carries, what the analyst reads, and how many incidents have it.</summary>
public sealed record FacetValue(string Value, string Label, int Count, bool Selected);

/// <summary>The values of one facet, most frequent first, with every selected value present even at zero.</summary>
public sealed record Facet(FacetField Field, IReadOnlyList<FacetValue> Values, int Hidden)
{
    /// <summary>
    /// More incidents match the other filters than were counted (<see cref="IncidentListing.CountCap"/>): the counts
    /// are those of the first ones read, so each is a lower bound, and a rare value may be missing.
    /// </summary>
    public bool CountsAreLowerBounds { get; init; }

    /// <summary>The query-string key of this facet (<see cref="IncidentFilterParser.Keys"/>).</summary>
    public string Key => KeyOf(Field);

    public static string KeyOf(FacetField field) => field switch
    {
        FacetField.Border => "border",
        FacetField.Country => "country",
        FacetField.Organization => "org",
        FacetField.Person => "person",
        FacetField.Type => "type",
        _ => "status",
    };
}

/// <summary>
/// Facet counts in the usual sense: each facet is counted under every filter except its own, so the counts say
/// what ticking one more value (OR within the facet) would add.
/// </summary>
public static class IncidentFacets
{
    /// <summary>The border facet's value for incidents assigned to no border segment (<see cref="IncidentFilter.WithoutBorder"/>).</summary>
    public const string NoBorder = "none";
    public const string NoBorderLabel = "No border";

    /// <param name="fromTallies">Read the counts from the store's tallies when they can answer (a filter of border, types and
    /// statuses only); false always counts the incidents themselves (what the tallies are checked against).</param>
    /// <param name="countCap">Under other filters each facet is counted over at most this many matching incidents, read
    /// once per distinct filter (facets whose own dimension is not filtered share the filter's ids).</param>
    public static async Task<IReadOnlyList<Facet>> CountAsync(BorderWatchDbContext db, IncidentFilter filter,
        IEnumerable<FacetField> fields, int top = 12, CancellationToken ct = default, bool fromTallies = true,
        int countCap = IncidentListing.CountCap) =>
        await CountAsync(db, await ResolvedFilter.ResolveAsync(db, filter, ct), fields, top, ct, fromTallies, countCap);

    public static async Task<IReadOnlyList<Facet>> CountAsync(BorderWatchDbContext db, ResolvedFilter resolved,
        IEnumerable<FacetField> fields, int top = 12, CancellationToken ct = default, bool fromTallies = true,
        int countCap = IncidentListing.CountCap)
    {
        var filter = resolved.Filter;
        countCap = Math.Max(1, countCap);
        List<int>? filterIds = null;
        var facets = new List<Facet>();
        foreach (var field in fields)
        {
            var without = Without(filter, field);
            if (fromTallies && TalliedCounts.Answers(without))
            {
                facets.Add(Shape(field, await TalliedValuesAsync(db, without, field, ct), ValuesOf(filter, field), top));
                continue;
            }
            // A facet whose own dimension is not filtered counts under the whole filter: its ids are read once for all of them.
            var ids = ValuesOf(filter, field).Count == 0
                ? filterIds ??= await CappedIdsAsync(db, resolved, countCap, ct)
                : await CappedIdsAsync(db, resolved.Without(field), countCap, ct);
            var capped = ids.Count > countCap;
            var counts = await CountedValuesAsync(db, capped ? ids.Take(countCap).ToList() : ids, field, ct);
            facets.Add(Shape(field, counts, ValuesOf(filter, field), top) with { CountsAreLowerBounds = capped });
        }
        return facets;
    }

    private static Task<List<int>> CappedIdsAsync(BorderWatchDbContext db, ResolvedFilter resolved, int countCap, CancellationToken ct) =>
        resolved.Query(db).Select(i => i.Id).Take(countCap + 1).ToListAsync(ct);

    /// <summary>The filter with one dimension cleared.</summary>
    public static IncidentFilter Without(IncidentFilter f, FacetField field) => WithValues(f, field, []);

    /// <summary>The filter with one dimension set to these query-string values (unknown type or status codes are dropped).</summary>
    public static IncidentFilter WithValues(IncidentFilter f, FacetField field, IReadOnlyList<string> values) => field switch
    {
        FacetField.Border => values.LastOrDefault() is string b && b.Equals(IncidentFacets.NoBorder, StringComparison.OrdinalIgnoreCase)
            ? f with { Border = null, WithoutBorder = true }
            : f with { Border = values.LastOrDefault(), WithoutBorder = false },
        FacetField.Country => f with { Countries = values },
        FacetField.Organization => f with { Organizations = values },
        FacetField.Person => f with { Persons = values },
        FacetField.Type => f with { Types = values.Select(v => Codes.TryParseType(v, out var t) ? t : (IncidentType?)null).OfType<IncidentType>().ToList() },
        _ => f with { Statuses = values.Select(v => Codes.TryParseStatus(v, out var s) ? s : (IncidentStatus?)null).OfType<IncidentStatus>().ToList() },
    };

    /// <summary>One dimension of the filter as query-string values.</summary>
    public static IReadOnlyList<string> ValuesOf(IncidentFilter f, FacetField field) => field switch
    {
        FacetField.Border => f.WithoutBorder ? [NoBorder] : f.Border is null ? [] : [f.Border],
        FacetField.Country => f.Countries,
        FacetField.Organization => f.Organizations,
        FacetField.Person => f.Persons,
        FacetField.Type => f.Types.Select(t => t.ToCode()).ToList(),
        _ => f.Statuses.Select(s => s.ToCode()).ToList(),
    };

    private sealed record Count(string Value, string Label, int N);

    private static ActorKind[] KindsOf(FacetField field) => field switch
    {
        FacetField.Country => [ActorKind.State],
        FacetField.Organization => [ActorKind.Organization, ActorKind.ArmedGroup],
        _ => [ActorKind.Person],
    };

    /// <summary>The same counts from the tallies the store keeps (a filter of border, types and statuses only).</summary>
    private static async Task<List<Count>> TalliedValuesAsync(BorderWatchDbContext db, IncidentFilter filter, FacetField field, CancellationToken ct)
    {
        switch (field)
        {
            case FacetField.Border:
                var byBorder = await (await TalliedCounts.IncidentsAsync(db, filter, ct))
                    .GroupBy(t => t.BorderKey).Select(g => new { g.Key, N = g.Sum(t => t.Count) }).Where(x => x.N > 0).ToListAsync(ct);
                var borders = await db.BorderSegments.AsNoTracking().ToDictionaryAsync(b => b.Id, b => new { b.Code, b.Name }, ct);
                return byBorder.Where(x => x.Key == 0 || borders.ContainsKey(x.Key))
                    .Select(x => x.Key == 0 ? new Count(NoBorder, NoBorderLabel, x.N) : new Count(borders[x.Key].Code, borders[x.Key].Name, x.N))
                    .ToList();
            case FacetField.Type:
                return (await (await TalliedCounts.IncidentsAsync(db, filter, ct))
                        .GroupBy(t => t.Type).Select(g => new { g.Key, N = g.Sum(t => t.Count) }).Where(x => x.N > 0).ToListAsync(ct))
                    .Select(x => new Count(x.Key.ToCode(), TypeLabel(x.Key), x.N)).ToList();
            case FacetField.Status:
                return (await (await TalliedCounts.IncidentsAsync(db, filter, ct))
                        .GroupBy(t => t.Status).Select(g => new { g.Key, N = g.Sum(t => t.Count) }).Where(x => x.N > 0).ToListAsync(ct))
                    .Select(x => new Count(x.Key.ToCode(), x.Key.ToString(), x.N)).ToList();
            default:
                var kinds = KindsOf(field);
                var byActor = await (await TalliedCounts.ActorsAsync(db, filter, ct))
                    .GroupBy(t => t.ActorId).Select(g => new { g.Key, N = g.Sum(t => t.Count) }).Where(x => x.N > 0).ToListAsync(ct);
                var actors = await db.Actors.AsNoTracking().Where(a => kinds.Contains(a.Kind))
                    .ToDictionaryAsync(a => a.Id, a => new { a.CanonicalName, a.DisplayName }, ct);
                return byActor.Where(x => actors.ContainsKey(x.Key))
                    .GroupBy(x => (actors[x.Key].CanonicalName, actors[x.Key].DisplayName))
                    .Select(g => new Count(g.Key.CanonicalName, g.Key.DisplayName, g.Sum(x => x.N))).ToList();
        }
    }

    /// <summary>One grouped pass over the given incidents (already filtered).</summary>
    private static async Task<List<Count>> CountedValuesAsync(BorderWatchDbContext db, List<int> filteredIds, FacetField field, CancellationToken ct)
    {
        if (filteredIds.Count == 0) return [];
        var incidents = db.Incidents.AsNoTracking().Where(i => EF.Parameter(filteredIds).Contains(i.Id));
        switch (field)
        {
            case FacetField.Border:
                // One grouped pass by the foreign key (null = no border), names joined afterwards from the small table.
                var byBorder = await incidents.GroupBy(i => i.BorderSegmentId).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
                var borderIds = byBorder.Where(x => x.Key != null).Select(x => x.Key!.Value).ToList();
                var borders = await db.BorderSegments.AsNoTracking().Where(b => borderIds.Contains(b.Id))
                    .ToDictionaryAsync(b => b.Id, b => new { b.Code, b.Name }, ct);
                return byBorder.Select(x => x.Key is int id
                        ? new Count(borders[id].Code, borders[id].Name, x.N)
                        : new Count(NoBorder, NoBorderLabel, x.N)).ToList();
            case FacetField.Type:
                return (await incidents.GroupBy(i => i.Type).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
                    .Select(x => new Count(x.Key.ToCode(), TypeLabel(x.Key), x.N)).ToList();
            case FacetField.Status:
                return (await incidents.GroupBy(i => i.Status).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
                    .Select(x => new Count(x.Key.ToCode(), x.Key.ToString(), x.N)).ToList();
            default:
                var kinds = KindsOf(field);
                // An actor can hold several roles in one incident: count incidents, not roles.
                var rows = await db.IncidentActors.AsNoTracking()
                    .Where(ia => EF.Parameter(filteredIds).Contains(ia.IncidentId) && kinds.Contains(ia.Actor!.Kind))
                    .Select(ia => new { ia.IncidentId, ia.Actor!.CanonicalName, ia.Actor.DisplayName })
                    .Distinct()
                    .GroupBy(x => new { x.CanonicalName, x.DisplayName })
                    .Select(g => new { g.Key.CanonicalName, g.Key.DisplayName, N = g.Count() })
                    .ToListAsync(ct);
                return rows.Select(x => new Count(x.CanonicalName, x.DisplayName, x.N)).ToList();
        }
    }

    private static Facet Shape(FacetField field, List<Count> counts, IReadOnlyList<string> selected, int top)
    {
        bool IsSelected(string v) => selected.Contains(v, StringComparer.OrdinalIgnoreCase);
        var ordered = counts.OrderByDescending(c => c.N).ThenBy(c => c.Label, StringComparer.OrdinalIgnoreCase).ToList();
        var shown = ordered.Take(top).Concat(ordered.Skip(top).Where(c => IsSelected(c.Value))).ToList();
        var values = shown.Select(c => new FacetValue(c.Value, c.Label, c.N, IsSelected(c.Value))).ToList();
        // A selected value that no incident has any more stays visible so it can be unticked.
        foreach (var s in selected.Where(s => !counts.Any(c => string.Equals(c.Value, s, StringComparison.OrdinalIgnoreCase))))
            values.Add(new FacetValue(s, s, 0, true));
        return new Facet(field, values, ordered.Count - shown.Count);
    }

    /// <summary>"armed-clash" → "Armed clash".</summary>
    public static string TypeLabel(IncidentType type)
    {
        var code = type.ToCode().Replace('-', ' ');
        return char.ToUpperInvariant(code[0]) + code[1..];
    }
}
