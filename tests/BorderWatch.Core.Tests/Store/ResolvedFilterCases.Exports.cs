using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Tests.Store;

/// <summary>Exports whose first rows do not wait for a large actor group's ids (<see cref="ResolvedFilter.GroupsLeftUnread"/>).</summary>
public abstract partial class ResolvedFilterCases
{
    [Theory]
    [MemberData(nameof(WalkedFilters))]
    public async Task Exports_that_resolve_large_actor_groups_after_the_first_rows_give_the_reference_rows(string name)
    {
        var options = await Stores.GetValue(fixture, _ => StoreAsync());
        await using var db = StoreSetup.Open(options);
        var reference = db.Incidents.AsNoTracking().Apply(Filters[name]);
        // Every group counts as large here (limit 0): the first rows are read with the groups checked per incident.
        (await ResolvedFilter.ResolveAsync(db, Filters[name], keyLookupLimit: 0, readGroupsUpTo: 0)).GroupsLeftUnread.ShouldBeTrue(name);
        (await ResolvedFilter.ResolveAsync(db, Filters[name], keyLookupLimit: 0)).GroupsLeftUnread.ShouldBeFalse(name);
        foreach (var order in Enum.GetValues<IncidentOrder>())
        {
            var expected = await reference.Ordered(order).Select(i => i.Id).ToListAsync();
            var exported = new List<int>();
            await foreach (var record in IncidentExport.StreamAsync(db, Filters[name], order, batchSize: 40, keyLookupLimit: 0)) exported.Add(record.Id);
            exported.ShouldBe(expected, $"{name} {order} ({fixture.ProviderName})");
        }
    }

    /// <summary>
    /// With the default batch (<see cref="IncidentExport.BatchSize"/>) the first read is <see cref="IncidentExport.LeadRows"/>
    /// incidents walked under the large groups and the dates, then the keyset reads of the whole filter: the rows are the
    /// reference's, in its order, for a group of two actors under dates (and the store has more of them than the first read).
    /// </summary>
    [Theory]
    [InlineData("two actors + years")]
    [InlineData("two actors + cut months")]
    public async Task Exports_of_two_actors_under_dates_give_the_reference_rows_past_the_first_read(string name)
    {
        var options = await Stores.GetValue(fixture, _ => StoreAsync());
        await using var db = StoreSetup.Open(options);
        var reference = db.Incidents.AsNoTracking().Apply(Filters[name]);
        (await reference.CountAsync()).ShouldBeGreaterThan(IncidentExport.LeadRows, $"{name}: the store must have rows past the first read");
        foreach (var order in new[] { IncidentOrder.Newest, IncidentOrder.Oldest, IncidentOrder.Status })
        {
            var expected = await reference.Ordered(order).Select(i => i.Id).ToListAsync();
            var exported = new List<int>();
            await foreach (var record in IncidentExport.StreamAsync(db, Filters[name], order, keyLookupLimit: 0)) exported.Add(record.Id);
            exported.ShouldBe(expected, $"{name} {order} ({fixture.ProviderName})");
        }
    }
}
