using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Dashboard;

/// <summary>An actor with how many listed incidents it takes part in.</summary>
public sealed record ActorRow(int Id, ActorKind Kind, string CanonicalName, string DisplayName, string? CountryCode, int IncidentCount);

/// <summary>An actor that shares incidents with another, and how many.</summary>
public sealed record Companion(int Id, ActorKind Kind, string DisplayName, int SharedIncidents);

/// <summary>Everything the actor page shows besides its timeline.</summary>
public sealed record ActorProfile(ActorRow Actor, string? Description, IReadOnlyList<string> Aliases, IReadOnlyList<Companion> Companions);

/// <summary>
/// Queries behind the actors pages. Counts leave out rejected, superseded and duplicate incidents, as lists do; they
/// are read from the actor tallies the store keeps by triggers (<see cref="ActorTally"/>: listed incidents per actor,
/// an incident once whatever its roles), a few rows per actor, instead of counting each actor's incidents per
/// request (which took over a second for the actors page of a 10k store, three times per actor in one statement).
/// </summary>
public static class ActorDirectory
{
    public static async Task<IReadOnlyList<ActorRow>> ListAsync(BorderWatchDbContext db, ActorKind? kind, string? text, bool includeInactive,
        CancellationToken ct = default)
    {
        var q = Matching(db, kind, text);
        var rows = await q.Select(a => new ActorRow(a.Id, a.Kind, a.CanonicalName, a.DisplayName, a.CountryCode,
                db.ActorTallies.Where(t => t.ActorId == a.Id).Sum(t => t.Count)))
            .ToListAsync(ct);
        return rows.Where(r => includeInactive || r.IncidentCount > 0)
            .OrderByDescending(r => r.IncidentCount).ThenBy(r => r.DisplayName, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>
    /// One page of actors in the given order, ordered and paged by the store, and how many actors match in all.
    /// Ties fall back to the name (case-insensitive), then the id, so pages never overlap.
    /// </summary>
    public static async Task<(IReadOnlyList<ActorRow> Rows, int Total)> PageAsync(BorderWatchDbContext db, ActorKind? kind, string? text,
        bool includeInactive, ActorOrder order, int page, int pageSize, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var q = Matching(db, kind, text);
        var counted = q.Select(a => new
        {
            a.Id, a.Kind, a.CanonicalName, a.DisplayName, a.CountryCode, Key = a.DisplayName.ToLower(),
            N = db.ActorTallies.Where(t => t.ActorId == a.Id).Sum(t => t.Count),
        });
        if (!includeInactive) counted = counted.Where(r => r.N > 0);
        var total = await counted.CountAsync(ct);
        var ordered = order switch
        {
            ActorOrder.Name => counted.OrderBy(r => r.Key).ThenBy(r => r.Id),
            ActorOrder.Country => counted.OrderBy(r => r.CountryCode == null).ThenBy(r => r.CountryCode).ThenBy(r => r.Key).ThenBy(r => r.Id),
            _ => counted.OrderByDescending(r => r.N).ThenBy(r => r.Key).ThenBy(r => r.Id),
        };
        var rows = await ordered.Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return (rows.Select(r => new ActorRow(r.Id, r.Kind, r.CanonicalName, r.DisplayName, r.CountryCode, r.N)).ToList(), total);
    }

    /// <summary>Actors of a kind whose canonical name, display name or any alias contains the text (folded as names are).</summary>
    private static IQueryable<Actor> Matching(BorderWatchDbContext db, ActorKind? kind, string? text)
    {
        var q = db.Actors.AsNoTracking();
        if (kind is ActorKind k) q = q.Where(a => a.Kind == k);
        if (string.IsNullOrWhiteSpace(text)) return q;
        var t = text.Trim().ToLowerInvariant();
        var folded = IncidentQueries.FoldName(text);
        return q.Where(a => a.CanonicalName.ToLower().Contains(t) || a.DisplayName.ToLower().Contains(t)
                            || a.Aliases.Any(al => al.NormalizedAlias.Contains(folded)));
    }

    public static async Task<ActorProfile?> ProfileAsync(BorderWatchDbContext db, int id, int companions = 10, CancellationToken ct = default)
    {
        var listed = db.Incidents.Apply(new IncidentFilter()).Select(i => i.Id);
        var actor = await db.Actors.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new
            {
                Row = new ActorRow(a.Id, a.Kind, a.CanonicalName, a.DisplayName, a.CountryCode,
                    db.ActorTallies.Where(t => t.ActorId == a.Id).Sum(t => t.Count)),
                a.Description,
                Aliases = a.Aliases.OrderBy(al => al.Alias).Select(al => al.Alias).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (actor is null) return null;

        var mine = db.IncidentActors.Where(ia => ia.ActorId == id && listed.Contains(ia.IncidentId)).Select(ia => ia.IncidentId);
        var shared = await db.IncidentActors.AsNoTracking()
            .Where(ia => ia.ActorId != id && mine.Contains(ia.IncidentId))
            .Select(ia => new { ia.ActorId, ia.IncidentId, ia.Actor!.Kind, ia.Actor.DisplayName })
            .Distinct()
            .GroupBy(x => new { x.ActorId, x.Kind, x.DisplayName })
            .Select(g => new { g.Key.ActorId, g.Key.Kind, g.Key.DisplayName, N = g.Count() })
            .ToListAsync(ct);
        var top = shared.OrderByDescending(s => s.N).ThenBy(s => s.DisplayName, StringComparer.OrdinalIgnoreCase).Take(companions)
            .Select(s => new Companion(s.ActorId, s.Kind, s.DisplayName, s.N)).ToList();
        var aliases = actor.Aliases.Where(a => !string.Equals(a, actor.Row.DisplayName, StringComparison.Ordinal)).Distinct().ToList();
        return new ActorProfile(actor.Row, actor.Description, aliases, top);
    }

    public static string KindLabel(ActorKind kind) => kind switch
    {
        ActorKind.State => "State",
        ActorKind.Organization => "Organization",
        ActorKind.ArmedGroup => "Armed group",
        ActorKind.Person => "Person",
        _ => "Media",
    };
}
