using BorderWatch.Core;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Generation;
using BorderWatch.Core.Store;
using BorderWatch.Web.Tests.Hosting;
using BorderWatch.Web.Tests.Pages;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Tests.Map;

/// <summary>
/// A segment added to the gazetteer (KAZ-RUS, ninth session) reaches a store made before it: the web app's start
/// syncs the gazetteer into the existing store, adds the segment and links its places, and keeps every incident,
/// segment and length figure already there; the new border's timeline, the API and the map's link show it.
/// </summary>
public sealed class NewSegmentOnExistingStoreTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("bw-newsegment-").FullName;

    private StoreOptions Store => new() { Provider = StoreSetup.Sqlite, ConnectionString = $"Data Source={Path.Combine(dir, "store.db")}" };

    [Fact]
    public async Task A_start_on_a_store_without_the_segment_adds_it_and_loses_nothing()
    {
        int incidents, segments, places, lengths;
        await using (var first = new CountedDashboardFactory(Store))
        {
            await using var db = first.OpenStore();
            // The store as an older gazetteer left it: no Kazakh-Russian segment, its places on no border.
            var old = await db.BorderSegments.Include(b => b.Lengths).SingleAsync(b => b.Code == "KAZ-RUS");
            foreach (var place in await db.Places.Where(p => p.BorderSegmentId == old.Id).ToListAsync()) place.BorderSegmentId = null;
            db.BorderSegments.Remove(old);
            await db.SaveChangesAsync();
            await new StoreGenerator(db, seed: 5).GenerateAsync(60);
            // A length read from an article is the store's own: a start must keep it.
            var kgz = await db.BorderSegments.SingleAsync(b => b.Code == "KAZ-KGZ");
            db.BorderLengths.Add(new BorderLength { BorderSegmentId = kgz.Id, Kilometres = 1241, Source = "an article" });
            await db.SaveChangesAsync();
            incidents = await db.Incidents.CountAsync();
            segments = await db.BorderSegments.CountAsync();
            places = await db.Places.CountAsync();
            lengths = await db.BorderLengths.CountAsync();
        }
        SqliteConnection.ClearAllPools();

        await using var second = new CountedDashboardFactory(Store);
        await using (var db = second.OpenStore())
        {
            var added = await db.BorderSegments.Include(b => b.Lengths).SingleAsync(b => b.Code == "KAZ-RUS");
            (added.StateA, added.StateB).ShouldBe(("KAZ", "RUS"));
            added.Lengths.ShouldHaveSingleItem().Kilometres.ShouldBe(7644);
            (await db.Places.SingleAsync(p => p.Key == "sharbakty")).BorderSegmentId.ShouldBe(added.Id);
            (await db.Incidents.CountAsync()).ShouldBe(incidents);
            (await db.BorderSegments.CountAsync()).ShouldBe(segments + 1);
            (await db.Places.CountAsync()).ShouldBe(places);
            (await db.BorderLengths.CountAsync()).ShouldBe(lengths + 1);
            (await db.BorderLengths.CountAsync(l => l.Source == "an article")).ShouldBe(1);
        }
        var client = await second.SignedInClientAsync(AccessRole.Reader);
        (await client.GetAsync("/borders/KAZ-RUS")).EnsureSuccessStatusCode();
        (await client.GetStringAsync("/api/borders/KAZ-RUS")).ShouldContain("KAZ-RUS");
        (await client.GetStringAsync("/")).ShouldContain("/borders/KAZ-RUS");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }
}
