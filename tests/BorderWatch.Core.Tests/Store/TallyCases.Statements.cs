using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Tests.Store;

/// <summary>
/// Link writes of several rows in one statement: on PostgreSQL a row trigger runs after the whole statement and sees
/// every row of it, so the tallies kept per link must be counted per statement (an actor's two roles, two new actors
/// that pair with each other), on SQLite row by row; both must equal the count from the incidents.
/// </summary>
public abstract partial class TallyCases
{
    private static async Task<(int Incident, int First, int Second)> TwoActorsNotOnAnIncidentAsync(BorderWatchDbContext db, SampleIncidents sample)
    {
        var incident = sample.Incidents["I1"];
        var linked = await db.IncidentActors.Where(l => l.IncidentId == incident).Select(l => l.ActorId).ToListAsync();
        var others = sample.Actors.Values.Where(a => !linked.Contains(a)).Order().Take(2).ToList();
        others.Count.ShouldBe(2);
        return (incident, others[0], others[1]);
    }

    [Fact]
    public async Task Tallies_follow_link_inserts_and_deletes_of_several_rows_in_one_statement()
    {
        var options = fixture.Pooled(await fixture.NewMigratedDatabaseAsync());
        await using var db = StoreSetup.Open(options);
        var sample = await SampleIncidents.SeedAsync(db);
        var (incident, first, second) = await TwoActorsNotOnAnIncidentAsync(db, sample);

        // One INSERT: the first actor in two roles, the second in one; both pair with the incident's actors and each other.
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "IncidentActors" ("IncidentId", "ActorId", "Role") VALUES ({0}, {1}, 'Participant'), ({0}, {1}, 'Affected'), ({0}, {2}, 'Participant')""",
            incident, first, second);
        await CheckAsync(db, $"{fixture.ProviderName}: after a three-row link insert");

        // One DELETE of one of the first actor's roles and the second actor: the first actor stays with its other role.
        await db.Database.ExecuteSqlRawAsync(
            """DELETE FROM "IncidentActors" WHERE "IncidentId" = {0} AND (("ActorId" = {1} AND "Role" = 'Affected') OR "ActorId" = {2})""",
            incident, first, second);
        await CheckAsync(db, $"{fixture.ProviderName}: after a two-row link delete");

        // One DELETE of every link of the incident (an analyst replacing its actors), then the context adding two at once.
        await db.IncidentActors.Where(l => l.IncidentId == incident).ExecuteDeleteAsync();
        await CheckAsync(db, $"{fixture.ProviderName}: after all links of an incident deleted");
        db.IncidentActors.AddRange(
            new IncidentActor { IncidentId = incident, ActorId = first, Role = ActorRole.Initiator },
            new IncidentActor { IncidentId = incident, ActorId = second, Role = ActorRole.Counterpart },
            new IncidentActor { IncidentId = incident, ActorId = second, Role = ActorRole.Speaker });
        await db.SaveChangesAsync();
        await CheckAsync(db, $"{fixture.ProviderName}: after links added through the context");
    }
}
