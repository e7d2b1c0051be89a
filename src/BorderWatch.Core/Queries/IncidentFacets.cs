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
public static partial class IncidentFacets
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
        var facets = new Dictionary<FacetField, Facet>();
        var order = fields.Distinct().ToList();
        // Facets the tallies cannot answer, by the filter they count under: those whose own dimension is not filtered
        // count under the whole filter and share one read of its rows and one pass over their actors.
        var counted = new List<(ResolvedFilter Over, List<FacetField> Fields)>();
        List<FacetField>? whole = null;
        foreach (var field in order)
        {
            var without = Without(filter, field);
            if (fromTallies && TalliedCounts.AnswersFacet(without, field))
                facets[field] = Shape(field, await TalliedValuesAsync(db, resolved, without, field, ct), ValuesOf(filter, field), top);
            else if (fromTallies && await ActorDateValuesAsync(db, resolved, without, field, ct) is { } values)
                facets[field] = Shape(field, values, ValuesOf(filter, field), top);
            else if (fromTallies && await ActorFacetValuesAsync(db, resolved, without, field, ct) is { } actorValues)
                facets[field] = Shape(field, actorValues, ValuesOf(filter, field), top);
            else if (ValuesOf(filter, field).Count == 0)
            {
                if (whole is null) counted.Add((resolved, whole = []));
                whole.Add(field);
            }
            else counted.Add((resolved.Without(field), [field]));
        }
        foreach (var (over, group) in counted)
        {
            var rows = await over.CappedRowsAsync(db, countCap, ct);
            var capped = rows.Count > countCap;
            if (capped) rows = rows.Take(countCap).ToList();
            var counts = await CountedValuesAsync(db, rows, group, ct);
            foreach (var field in group)
                facets[field] = Shape(field, counts[field], ValuesOf(filter, field), top) with { CountsAreLowerBounds = capped };
        }
        return order.Select(f => facets[f]).ToList();
    }

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

    /// <summary>
    /// The same counts from the tallies the store keeps: border, type and status from the cells of the filter's dates
    /// (read once per request, <see cref="ResolvedFilter.CellsAsync"/>), actors from the actor tallies (no dates).
    /// </summary>
    private static async Task<List<Count>> TalliedValuesAsync(BorderWatchDbContext db, ResolvedFilter resolved, IncidentFilter filter,
        FacetField field, CancellationToken ct)
    {
        if (field is FacetField.Border or FacetField.Type or FacetField.Status)
        {
            var cells = TalliedCounts.Matching(await resolved.CellsAsync(db, ct), await TalliedCounts.BorderKeyAsync(db, filter, ct), filter);
            return await ValuesAsync(db, cells.Select(c => (c.BorderKey == 0 ? (int?)null : c.BorderKey, c.Type, c.Status, c.Count)), field, ct);
        }
        var kinds = KindsOf(field);
        var actors = (await StoreReferences.ReadAsync(db, ct)).OfKinds(kinds).ToDictionary(a => a.Id);
        if (actors.Count == 0) return [];
        // Only the facet's actors' rows, each an (ActorId, BorderKey, …) key prefix: under a border a few rows per actor,
        // not every actor's tallies grouped (the whole ActorTallies table: 22,182 rows at 100k, growing with the store).
        // One array parameter, not one per id (EF 10 writes a list as @ids1..@idsN and generates the SQL again on every
        // call: the country facet's 20 states on every rendered list): the same SQL every time.
        var ids = actors.Keys.ToArray();
        var byActor = await (await TalliedCounts.ActorsAsync(db, filter, ct)).Where(t => EF.Parameter(ids).Contains(t.ActorId))
            .GroupBy(t => t.ActorId).Select(g => new { g.Key, N = g.Sum(t => t.Count) }).Where(x => x.N > 0).ToListAsync(ct);
        return byActor.Where(x => actors.ContainsKey(x.Key))
            .GroupBy(x => (actors[x.Key].CanonicalName, actors[x.Key].DisplayName))
            .Select(g => new Count(g.Key.CanonicalName, g.Key.DisplayName, g.Sum(x => x.N))).ToList();
    }

    /// <summary>Border, type or status counts from (border, type, status, count) cells; border names from the small table.</summary>
    private static async Task<List<Count>> ValuesAsync(BorderWatchDbContext db, IEnumerable<(int? Border, IncidentType Type, IncidentStatus Status, int N)> cells,
        FacetField field, CancellationToken ct)
    {
        switch (field)
        {
            case FacetField.Border:
                var byBorder = cells.GroupBy(c => c.Border).Select(g => (g.Key, N: g.Sum(c => c.N))).Where(x => x.N > 0).ToList();
                var borderIds = byBorder.Where(x => x.Key is not null).Select(x => x.Key!.Value).ToList();
                var borders = borderIds.Count == 0 ? new Dictionary<int, ReferenceBorder>()
                    : (await StoreReferences.ReadAsync(db, ct)).BordersById.Where(b => borderIds.Contains(b.Key)).ToDictionary();
                return byBorder.Where(x => x.Key is null || borders.ContainsKey(x.Key.Value))
                    .Select(x => x.Key is int id ? new Count(borders[id].Code, borders[id].Name, x.N) : new Count(NoBorder, NoBorderLabel, x.N))
                    .ToList();
            case FacetField.Type:
                return cells.GroupBy(c => c.Type).Select(g => (g.Key, N: g.Sum(c => c.N))).Where(x => x.N > 0)
                    .Select(x => new Count(x.Key.ToCode(), TypeLabel(x.Key), x.N)).ToList();
            default:
                return cells.GroupBy(c => c.Status).Select(g => (g.Key, N: g.Sum(c => c.N))).Where(x => x.N > 0)
                    .Select(x => new Count(x.Key.ToCode(), x.Key.ToString(), x.N)).ToList();
        }
    }

    /// <summary>
    /// The counts of several facets over the same filtered incidents: border, type and status from the rows already read,
    /// the actor facets from one read of the incidents' actor links (all three kinds at once), counted in memory.
    /// </summary>
    private static async Task<Dictionary<FacetField, List<Count>>> CountedValuesAsync(BorderWatchDbContext db, List<CappedRow> rows,
        IReadOnlyList<FacetField> fields, CancellationToken ct)
    {
        var result = new Dictionary<FacetField, List<Count>>();
        foreach (var field in fields.Where(f => f is FacetField.Border or FacetField.Type or FacetField.Status))
            result[field] = await ValuesAsync(db, rows.Select(r => (r.BorderSegmentId, r.Type, r.Status, 1)), field, ct);
        var actorFields = fields.Where(f => f is FacetField.Country or FacetField.Organization or FacetField.Person).ToList();
        if (actorFields.Count == 0) return result;
        foreach (var field in actorFields) result[field] = [];
        if (rows.Count == 0) return result;
        var ids = rows.Select(r => r.Id).ToList();
        var kinds = actorFields.SelectMany(KindsOf).ToList();
        // The links alone (a covering read of the (IncidentId, ActorId, Role) key), counted here: a DISTINCT and GROUP BY
        // over the links joined to actors cost SQLite 4x the CPU (52 ms against 12 ms for 10,000 incidents at 1M).
        var links = await db.IncidentActors.AsNoTracking().Where(ia => EF.Parameter(ids).Contains(ia.IncidentId))
            .Select(ia => new { ia.IncidentId, ia.ActorId }).ToListAsync(ct);
        var actorIds = links.Select(l => l.ActorId).Distinct().ToList();
        var known = (await StoreReferences.ReadAsync(db, ct)).ActorsById;
        var actors = actorIds.Where(known.ContainsKey).Select(id => known[id]).Where(a => kinds.Contains(a.Kind)).ToDictionary(a => a.Id);
        foreach (var field in actorFields)
        {
            var fieldKinds = KindsOf(field);
            // An actor can hold several roles in one incident: count incidents, not roles.
            result[field] = links.Where(l => actors.TryGetValue(l.ActorId, out var a) && fieldKinds.Contains(a.Kind))
                .Select(l => (l.IncidentId, actors[l.ActorId].CanonicalName, actors[l.ActorId].DisplayName)).Distinct()
                .GroupBy(x => (x.CanonicalName, x.DisplayName))
                .Select(g => new Count(g.Key.CanonicalName, g.Key.DisplayName, g.Count())).ToList();
        }
        return result;
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
