using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Ingestion.Gazetteer;

/// <summary>
/// Copies the gazetteer's actors (with every known spelling), places and border segments into the store, so
/// incidents can refer to them and the dashboard can list them. Idempotent: existing rows are updated by key,
/// nothing is deleted (incidents may refer to entries a newer gazetteer dropped).
/// </summary>
public static class GazetteerSync
{
    public sealed record Counts(int Actors, int Aliases, int Places, int Borders);

    public static async Task<Counts> SyncAsync(BorderWatchDbContext db, Gazetteer gazetteer, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var borders = await SyncBordersAsync(db, gazetteer, ct);
        var (actors, aliases) = await SyncActorsAsync(db, gazetteer, ct);
        var places = await SyncPlacesAsync(db, gazetteer, borders, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new Counts(actors, aliases, places, borders.Count);
    }

    private static async Task<Dictionary<string, BorderSegment>> SyncBordersAsync(BorderWatchDbContext db, Gazetteer gazetteer, CancellationToken ct)
    {
        var stored = await db.BorderSegments.Include(b => b.Lengths).ToDictionaryAsync(b => b.Code, ct);
        foreach (var entry in gazetteer.Borders)
        {
            if (!stored.TryGetValue(entry.Code, out var segment))
            {
                segment = new BorderSegment { Code = entry.Code, Name = entry.Name, StateA = entry.StateA, StateB = entry.StateB };
                db.BorderSegments.Add(segment);
                stored[entry.Code] = segment;
            }
            segment.Name = entry.Name;
            segment.StateA = entry.StateA;
            segment.StateB = entry.StateB;
            foreach (var figure in entry.Lengths)
            {
                // Figures from the gazetteer carry no article; figures read from articles are kept as they are.
                if (!segment.Lengths.Any(l => l.ArticleId == null && l.Source == figure.Source && Math.Abs(l.Kilometres - figure.Kilometres) < 0.5))
                    segment.Lengths.Add(new BorderLength { Kilometres = figure.Kilometres, Source = figure.Source });
            }
        }
        return stored;
    }

    private static async Task<(int Actors, int Aliases)> SyncActorsAsync(BorderWatchDbContext db, Gazetteer gazetteer, CancellationToken ct)
    {
        var stored = await db.Actors.Include(a => a.Aliases).ToDictionaryAsync(a => a.Key, ct);
        var spellings = gazetteer.Surfaces.ToLookup(s => s.Entry);
        int actors = 0, aliases = 0;
        foreach (var entry in gazetteer.Entries)
        {
            if (entry.ActorKind is not ActorKind kind) continue;
            if (!stored.TryGetValue(entry.Key, out var actor))
            {
                actor = new Actor { Key = entry.Key, CanonicalName = entry.CanonicalName, DisplayName = entry.DisplayName };
                db.Actors.Add(actor);
                stored[entry.Key] = actor;
            }
            actor.Kind = kind;
            actor.CanonicalName = entry.CanonicalName;
            actor.DisplayName = entry.DisplayName;
            actor.CountryCode = entry.Country;
            actors++;
            var known = actor.Aliases.Select(a => a.NormalizedAlias).ToHashSet(StringComparer.Ordinal);
            foreach (var spelling in entry.Aliases.Concat(spellings[entry].Select(s => s.Text)).Append(entry.CanonicalName))
            {
                if (string.IsNullOrWhiteSpace(spelling)) continue;
                var folded = IncidentQueries.FoldName(spelling);
                if (folded.Length == 0 || folded.Length > 300 || !known.Add(folded)) continue;
                actor.Aliases.Add(new ActorAlias { Alias = spelling.Trim(), NormalizedAlias = folded });
                aliases++;
            }
        }
        return (actors, aliases);
    }

    private static async Task<int> SyncPlacesAsync(BorderWatchDbContext db, Gazetteer gazetteer, IReadOnlyDictionary<string, BorderSegment> borders, CancellationToken ct)
    {
        var stored = await db.Places.ToDictionaryAsync(p => p.Key, ct);
        var count = 0;
        foreach (var entry in gazetteer.Entries.Where(e => e.Kind == EntryKind.Place))
        {
            if (!stored.TryGetValue(entry.Key, out var place))
            {
                place = new Place { Key = entry.Key, Name = entry.DisplayName };
                db.Places.Add(place);
                stored[entry.Key] = place;
            }
            place.Name = entry.DisplayName;
            place.Kind = entry.PlaceKind ?? PlaceKind.City;
            place.Latitude = entry.Latitude;
            place.Longitude = entry.Longitude;
            place.CountryCode = entry.Country;
            place.Province = entry.Province;
            place.BorderSegment = entry.BorderCode is { } code && borders.TryGetValue(code, out var segment) ? segment : null;
            count++;
        }
        return count;
    }
}
