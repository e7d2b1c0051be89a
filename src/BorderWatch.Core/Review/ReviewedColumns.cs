using System.Text.Json;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Review;

/// <summary>
/// Keeps an incident's counted columns (type, status, border, place, date, actor links) at its reviewed values
/// (ADR 0011), so that every filter, facet, tally, map and timeline, which read those columns, counts what the analyst
/// decided. The machine's own values of a corrected incident are kept in <see cref="MachineValues"/>; an incident no
/// analyst corrected has no such row and its columns are the machine's. Called in the transaction that records a
/// correction, and by re-extraction after it wrote fresh machine values into a stored incident.
/// </summary>
public static class ReviewedColumns
{
    private sealed record Link(int ActorId, ActorRole Role);

    private static readonly JsonSerializerOptions Json = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    /// <summary>Whether a correction changes a field the counts read (summary, attribution, location text and excerpt do not).</summary>
    public static bool Counted(IncidentCorrection c) =>
        c.Type is not null || c.Status is not null || c.Border is not null || c.Place is not null || c.Date is not null || c.Actors is not null;

    /// <summary>Lays the incident's corrections (folded in order) over its counted columns; saves nothing.</summary>
    public static async Task LayOverAsync(BorderWatchDbContext db, int incidentId, CancellationToken ct = default)
    {
        var incident = await db.Incidents.Include(i => i.Actors).FirstAsync(i => i.Id == incidentId, ct);
        var machine = await db.MachineValues.FirstOrDefaultAsync(m => m.IncidentId == incidentId, ct);
        await LayOverAsync(db, incident, machine, freshMachine: false, ct);
    }

    /// <summary>
    /// After re-extraction copied fresh machine values (and actor links) into <paramref name="incident"/> (tracked,
    /// actors loaded): they become its machine values, and its corrections are laid over them again. Saves nothing.
    /// </summary>
    public static async Task AfterReextractionAsync(BorderWatchDbContext db, Incident incident, CancellationToken ct = default)
    {
        var machine = await db.MachineValues.FirstOrDefaultAsync(m => m.IncidentId == incident.Id, ct);
        if (machine is null) return;   // nothing counted was corrected: the columns are the machine's
        await LayOverAsync(db, incident, machine, freshMachine: true, ct);
    }

    /// <summary>
    /// Lays the corrections of every corrected incident over its columns, once, after the migration that introduced
    /// them (<see cref="Store.Migrations.ReviewedColumns"/>); returns how many incidents were corrected.
    /// </summary>
    public static async Task<int> LayOverAllAsync(BorderWatchDbContext db, CancellationToken ct = default)
    {
        var ids = await db.IncidentReviews.AsNoTracking().Where(r => r.CorrectionsJson != null)
            .Select(r => r.IncidentId).Distinct().OrderBy(id => id).ToListAsync(ct);
        foreach (var id in ids)
        {
            await LayOverAsync(db, id, ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        return ids.Count;
    }

    private static async Task LayOverAsync(BorderWatchDbContext db, Incident incident, MachineValues? machine, bool freshMachine, CancellationToken ct)
    {
        var corrections = (await db.IncidentReviews.AsNoTracking().Where(r => r.IncidentId == incident.Id && r.CorrectionsJson != null)
                .OrderBy(r => r.Id).Select(r => r.CorrectionsJson).ToListAsync(ct))
            .Aggregate(new IncidentCorrection(), (all, json) => all.Then(IncidentCorrection.FromJson(json)));
        if (machine is null)
        {
            if (!Counted(corrections)) return;
            machine = new MachineValues { IncidentId = incident.Id, ActorsJson = "[]" };
            Capture(machine, incident);
            db.MachineValues.Add(machine);
        }
        else if (freshMachine) Capture(machine, incident);

        incident.Type = corrections.Type ?? machine.Type;
        incident.Status = corrections.Status ?? machine.Status;
        incident.BorderSegmentId = corrections.Border switch
        {
            null => machine.BorderSegmentId,
            IncidentCorrection.NoBorder => null,
            var code => await db.BorderSegments.Where(b => b.Code == code).Select(b => (int?)b.Id).FirstOrDefaultAsync(ct),
        };
        incident.PlaceId = corrections.Place switch
        {
            null => machine.PlaceId,
            IncidentCorrection.NoBorder => null,
            var key => await db.Places.Where(p => p.Key == key).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct),
        };
        if (corrections.Date is { } text && PartialDate.TryParse(text, out var date))
        {
            incident.Date = date;
            incident.DateInferred = false;
            incident.DateNote = null;
        }
        else
        {
            incident.Date = machine.Date;
            incident.DateInferred = machine.DateInferred;
            incident.DateNote = machine.DateNote;
        }

        var links = corrections.Actors is { } actors ? await LinksOfAsync(db, actors, ct) : MachineLinks(machine);
        foreach (var gone in incident.Actors.Where(a => !links.Contains(new Link(a.ActorId, a.Role))).ToList())
            incident.Actors.Remove(gone);
        foreach (var link in links.Where(l => !incident.Actors.Any(a => a.ActorId == l.ActorId && a.Role == l.Role)))
            incident.Actors.Add(new IncidentActor { IncidentId = incident.Id, ActorId = link.ActorId, Role = link.Role });
    }

    /// <summary>The incident's columns as they stand are the machine's: keep them.</summary>
    private static void Capture(MachineValues m, Incident i)
    {
        m.Type = i.Type;
        m.Status = i.Status;
        m.BorderSegmentId = i.BorderSegmentId;
        m.PlaceId = i.PlaceId;
        (m.DateYear, m.DateMonth, m.DateDay, m.DatePrecision) = (i.DateYear, i.DateMonth, i.DateDay, i.DatePrecision);
        m.DateInferred = i.DateInferred;
        m.DateNote = i.DateNote;
        m.ActorsJson = JsonSerializer.Serialize(i.Actors.Select(a => new Link(a.ActorId, a.Role)).Distinct().OrderBy(l => l.ActorId).ThenBy(l => l.Role).ToList(), Json);
    }

    private static HashSet<Link> MachineLinks(MachineValues m) =>
        (JsonSerializer.Deserialize<List<Link>>(m.ActorsJson, Json) ?? []).ToHashSet();

    private static async Task<HashSet<Link>> LinksOfAsync(BorderWatchDbContext db, IReadOnlyList<ActorRoleValue> actors, CancellationToken ct)
    {
        var keys = actors.Select(a => a.ActorKey).Distinct().ToList();
        var ids = await db.Actors.AsNoTracking().Where(a => keys.Contains(a.Key)).ToDictionaryAsync(a => a.Key, a => a.Id, ct);
        return actors.Where(a => ids.ContainsKey(a.ActorKey)).Select(a => new Link(ids[a.ActorKey], a.Role)).ToHashSet();
    }
}
