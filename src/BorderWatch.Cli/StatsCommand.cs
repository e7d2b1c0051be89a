using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Cli;

/// <summary><c>stats</c>: what the store holds, per table, per border and per incident type.</summary>
public static class StatsCommand
{
    public static async Task<int> RunAsync(BorderWatchDbContext db, TextWriter stdout, CancellationToken ct)
    {
        await stdout.WriteLineAsync("table            rows");
        foreach (var (name, count) in new (string, int)[]
        {
            ("articles", await db.Articles.CountAsync(ct)),
            ("duplicates", await db.Articles.CountAsync(a => a.DuplicateOfId != null, ct)),
            ("outlets", await db.Outlets.CountAsync(ct)),
            ("incidents", await db.Incidents.CountAsync(ct)),
            ("excerpts", await db.Excerpts.CountAsync(ct)),
            ("actors", await db.Actors.CountAsync(ct)),
            ("actor aliases", await db.ActorAliases.CountAsync(ct)),
            ("places", await db.Places.CountAsync(ct)),
            ("border segments", await db.BorderSegments.CountAsync(ct)),
            ("reviews", await db.IncidentReviews.CountAsync(ct)),
        })
            await stdout.WriteLineAsync($"{name,-16} {count,5}");

        var perBorder = await db.Incidents
            .GroupBy(i => i.BorderSegment == null ? null : i.BorderSegment.Code)
            .Select(g => new { Border = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        await stdout.WriteLineAsync();
        await stdout.WriteLineAsync("border           incidents");
        foreach (var row in perBorder.OrderByDescending(r => r.Count).ThenBy(r => r.Border))
            await stdout.WriteLineAsync($"{row.Border ?? "(none)",-16} {row.Count,5}");

        var perType = await db.Incidents.GroupBy(i => i.Type).Select(g => new { Type = g.Key, Count = g.Count() }).ToListAsync(ct);
        await stdout.WriteLineAsync();
        await stdout.WriteLineAsync("type                   incidents");
        foreach (var row in perType.OrderByDescending(r => r.Count).ThenBy(r => r.Type.ToCode()))
            await stdout.WriteLineAsync($"{row.Type.ToCode(),-22} {row.Count,5}");
        return CliApp.Ok;
    }
}
