using System.Globalization;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Queries;

/// <summary>One border segment as pages show it, with its length figures (oldest first).</summary>
public sealed record ReferenceBorder(int Id, string Code, string Name, string StateA, string StateB, IReadOnlyList<ReferenceLength> Lengths);

/// <summary>One length figure of a border segment.</summary>
public sealed record ReferenceLength(int Id, double Kilometres, string Source, int? ArticleId);

/// <summary>One actor as facets, filters and headers name it.</summary>
public sealed record ReferenceActor(int Id, ActorKind Kind, string CanonicalName, string DisplayName);

/// <summary>
/// The store's small reference tables as pages read them: every border segment with its lengths and every actor (a few
/// dozen and a few hundred rows, changed only by the gazetteer sync, ingest and review). Read in two statements and
/// kept by <see cref="StoreReferences"/> instead of one to four statements per rendered page.
/// </summary>
public sealed class ReferenceRows
{
    private ReferenceRows(IReadOnlyList<ReferenceBorder> borders, IReadOnlyList<ReferenceActor> actors)
    {
        Borders = borders;
        Actors = actors;
        BorderIds = borders.ToDictionary(b => b.Code, b => b.Id, StringComparer.Ordinal);
        BordersById = borders.ToDictionary(b => b.Id);
        ActorsById = actors.ToDictionary(a => a.Id);
        var lengths = borders.SelectMany(b => b.Lengths).ToList();
        Stamp = Stamped(actors.Count, actors.Select(a => (long)a.Id).DefaultIfEmpty().Max(), borders.Count,
            borders.Select(b => (long)b.Id).DefaultIfEmpty().Max(), lengths.Count, lengths.Select(l => (long)l.Id).DefaultIfEmpty().Max());
    }

    /// <summary>Every border segment, by id.</summary>
    public IReadOnlyList<ReferenceBorder> Borders { get; }

    /// <summary>Every actor, by id.</summary>
    public IReadOnlyList<ReferenceActor> Actors { get; }

    /// <summary>Border segment ids by code (the filter's border key).</summary>
    public IReadOnlyDictionary<string, int> BorderIds { get; }

    public IReadOnlyDictionary<int, ReferenceBorder> BordersById { get; }

    public IReadOnlyDictionary<int, ReferenceActor> ActorsById { get; }

    /// <summary>
    /// How many rows each table has and its highest id (<see cref="StoreVersion.ReferenceStamp"/> reads the same from the
    /// store): a row added or removed by another process changes it.
    /// </summary>
    public string Stamp { get; }

    /// <summary>The actors of these kinds.</summary>
    public IEnumerable<ReferenceActor> OfKinds(IReadOnlyCollection<ActorKind> kinds) => Actors.Where(a => kinds.Contains(a.Kind));

    /// <summary>The stamp's text from its parts (the store version's statement reads the same parts).</summary>
    internal static string Stamped(long actors, long maxActor, long borders, long maxBorder, long lengths, long maxLength) =>
        string.Create(CultureInfo.InvariantCulture, $"{actors}.{maxActor}.{borders}.{maxBorder}.{lengths}.{maxLength}");

    /// <summary>Reads both tables from the store (two statements).</summary>
    public static async Task<ReferenceRows> ReadAsync(BorderWatchDbContext db, CancellationToken ct = default)
    {
        var borders = await db.BorderSegments.AsNoTracking().OrderBy(b => b.Id)
            .Select(b => new
            {
                b.Id, b.Code, b.Name, b.StateA, b.StateB,
                Lengths = b.Lengths.OrderBy(l => l.Id).Select(l => new ReferenceLength(l.Id, l.Kilometres, l.Source, l.ArticleId)).ToList(),
            })
            .ToListAsync(ct);
        var actors = await db.Actors.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new ReferenceActor(a.Id, a.Kind, a.CanonicalName, a.DisplayName)).ToListAsync(ct);
        return new ReferenceRows(borders.Select(b => new ReferenceBorder(b.Id, b.Code, b.Name, b.StateA, b.StateB, b.Lengths)).ToList(), actors);
    }
}
