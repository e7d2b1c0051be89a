using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Generation;

/// <summary>The gazetteer as the generator uses it: borders, places on them, and actors with their spellings.</summary>
public sealed class ReferenceData
{
    public sealed record BorderRef(int Id, string Code, string StateA, string StateB);
    public sealed record PlaceRef(int Id, string Name);
    public sealed record ActorRef(int Id, string Name, IReadOnlyList<string> Spellings);

    public required IReadOnlyList<BorderRef> Borders { get; init; }
    public required IReadOnlyDictionary<string, int> StateIds { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> StateNames { get; init; }
    public required IReadOnlyList<ActorRef> Groups { get; init; }
    public required IReadOnlyList<ActorRef> Persons { get; init; }
    public required IReadOnlyDictionary<int, IReadOnlyList<PlaceRef>> PlacesByBorder { get; init; }
    private IReadOnlyList<string> States => StateIds.Keys.Order(StringComparer.Ordinal).ToList();

    public static async Task<ReferenceData> LoadAsync(BorderWatchDbContext db, CancellationToken ct)
    {
        var borders = await db.BorderSegments.AsNoTracking().OrderBy(b => b.Id)
            .Select(b => new BorderRef(b.Id, b.Code, b.StateA, b.StateB)).ToListAsync(ct);
        var actors = await db.Actors.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Kind, a.CanonicalName, a.DisplayName, Aliases = a.Aliases.OrderBy(x => x.Id).Select(x => x.Alias).ToList() })
            .ToListAsync(ct);
        var places = await db.Places.AsNoTracking().Where(p => p.BorderSegmentId != null).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.Name, Border = p.BorderSegmentId!.Value }).ToListAsync(ct);
        if (borders.Count == 0 || !actors.Any(a => a.Kind == ActorKind.State))
            throw new InvalidOperationException("generate: the store has no borders or states; load the gazetteer first");

        var states = actors.Where(a => a.Kind == ActorKind.State).ToList();
        return new ReferenceData
        {
            Borders = borders,
            StateIds = states.ToDictionary(a => a.CanonicalName, a => a.Id),
            StateNames = states.ToDictionary(a => a.CanonicalName, a => (IReadOnlyList<string>)a.Aliases.Prepend(a.DisplayName).Distinct().ToList()),
            Groups = actors.Where(a => a.Kind is ActorKind.Organization or ActorKind.ArmedGroup)
                .Select(a => new ActorRef(a.Id, a.DisplayName, a.Aliases.Prepend(a.DisplayName).Distinct().ToList())).ToList(),
            Persons = actors.Where(a => a.Kind == ActorKind.Person)
                .Select(a => new ActorRef(a.Id, a.DisplayName, a.Aliases.Prepend(a.DisplayName).Distinct().ToList())).ToList(),
            PlacesByBorder = places.GroupBy(p => p.Border)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<PlaceRef>)g.Select(p => new PlaceRef(p.Id, p.Name)).ToList()),
        };
    }

    public string RandomState(Random random) => States[random.Next(States.Count)];

    public PlaceRef? PlaceOn(int border, Random random) =>
        PlacesByBorder.TryGetValue(border, out var list) && list.Count > 0 ? list[random.Next(list.Count)] : null;

    /// <summary>A state's name as a text would write it: mostly the display name, sometimes another spelling.</summary>
    public string NameOf(string iso, Random random) =>
        StateNames.TryGetValue(iso, out var names) ? Spelling(names, random) : iso;

    public string Spelling(ActorRef actor, Random random) => Spelling(actor.Spellings, random);

    private static string Spelling(IReadOnlyList<string> names, Random random) =>
        names.Count > 1 && random.NextDouble() < 0.3 ? names[1 + random.Next(names.Count - 1)] : names[0];
}
