using System.Data;
using BorderWatch.Core;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Web.Dashboard;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BorderWatch.Web.Tests.Dashboard;

/// <summary>
/// <see cref="StoreContexts"/> leases its contexts from EF Core's pool (store33): a context given back and leased again is
/// the same object, so nothing of its earlier lease may show (tracked entities, the border ids kept per context).
/// </summary>
public sealed class StoreContextsTests
{
    [Fact]
    public async Task A_context_leased_again_keeps_nothing_of_its_earlier_lease()
    {
        await using var app = new EmptyDashboardFactory();
        _ = app.Services;   // started: the store is migrated
        // Without the app's kept reference rows, as the components' tests make it: the border ids are kept per context.
        var contexts = new StoreContexts(Options.Create(new StoreOptions { ConnectionString = $"Data Source={app.DatabasePath}" }));
        DbContextId first;
        await using (var db = contexts.Open())
        {
            db.Database.GetDbConnection().State.ShouldBe(ConnectionState.Open, "on SQLite the connection is opened once for the load");
            (await TalliedCounts.BorderIdsAsync(db)).ContainsKey("AAQ-AAZ").ShouldBeFalse();
            db.Actors.Add(new Actor { Kind = ActorKind.State, Key = "AAQ", CanonicalName = "AAQ", DisplayName = "Never saved" });
            first = db.ContextId;
        }
        await using (var other = app.OpenStore())
        {
            other.BorderSegments.Add(new BorderSegment { Code = "AAQ-AAZ", Name = "Test border", StateA = "AAQ", StateB = "AAZ" });
            await other.SaveChangesAsync();
        }
        await using (var db = contexts.Open())
        {
            db.ContextId.InstanceId.ShouldBe(first.InstanceId, "the pool gave the same context back");
            db.ContextId.Lease.ShouldBeGreaterThan(first.Lease);
            db.ChangeTracker.Entries().ShouldBeEmpty();
            (await TalliedCounts.BorderIdsAsync(db)).ContainsKey("AAQ-AAZ").ShouldBeTrue("read afresh on the new lease");
            (await db.Actors.CountAsync(a => a.Key == "AAQ")).ShouldBe(0);
        }
    }
}
