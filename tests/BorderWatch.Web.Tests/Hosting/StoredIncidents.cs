using BorderWatch.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Tests.Hosting;

/// <summary>
/// An independent oracle for filter semantics: every listed incident loaded into memory with plain fields, so tests
/// can say in ordinary C# which incidents a filter must return, without going through the query code under test.
/// </summary>
public sealed record StoredIncident(
    int Id, IncidentType Type, IncidentStatus Status, string? Border, DateOnly? Start, DateOnly? End, string Summary,
    IReadOnlyList<string> Excerpts, int ArticleId, IReadOnlyList<(ActorKind Kind, string Name, IReadOnlyList<string> Aliases, int Id)> Actors)
{
    public bool Involves(ActorKind kind, string name) => Actors.Any(a => a.Kind == kind && a.Name == name);

    public static async Task<IReadOnlyList<StoredIncident>> LoadListedAsync(DashboardFactory app)
    {
        await using var db = app.OpenStore();
        var rows = await db.Incidents.AsNoTracking()
            .Include(i => i.Actors).ThenInclude(a => a.Actor).ThenInclude(a => a!.Aliases)
            .Include(i => i.Excerpts).Include(i => i.BorderSegment).Include(i => i.Article).Include(i => i.Reviews)
            .AsSplitQuery().ToListAsync();
        // What lists show: not superseded, not from a syndicated copy, not rejected or merged by an analyst.
        return rows
            .Where(i => !i.Superseded && i.Article!.DuplicateOfId == null
                        && i.Reviews.OrderBy(r => r.Id).LastOrDefault()?.Decision is not (ReviewDecision.Rejected or ReviewDecision.Merged))
            .Select(i => new StoredIncident(i.Id, i.Type, i.Status, i.BorderSegment?.Code, i.DateStart, i.DateEnd, i.Summary,
                i.Excerpts.Select(e => e.Text).ToList(), i.ArticleId,
                i.Actors.Select(a => (a.Actor!.Kind, a.Actor.CanonicalName, (IReadOnlyList<string>)a.Actor.Aliases.Select(x => x.Alias).ToList(), a.ActorId)).ToList()))
            .ToList();
    }
}
