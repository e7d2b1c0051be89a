using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Tests.Store;

/// <summary>Exports: they hold the list's incidents of the same filter in its order, also when their first rows are walked or do
/// not wait for a large actor group's ids (<see cref="ResolvedFilter.GroupsLeftUnread"/>).</summary>
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

    /// <summary>
    /// An export's first rows are read through the walked query when the groups' ids are many, the rest by keyset reads
    /// of the whole filter: batches of 40 (a first read of 4 walked, then 40 at a time) give the reference's incidents in
    /// its order, in every order.
    /// </summary>
    [Theory]
    [MemberData(nameof(WalkedFilters))]
    public async Task Exports_with_a_walked_first_read_give_the_reference_rows(string name)
    {
        var options = await Stores.GetValue(fixture, _ => StoreAsync());
        await using var db = StoreSetup.Open(options);
        var reference = db.Incidents.AsNoTracking().Apply(Filters[name]);
        foreach (var order in Enum.GetValues<IncidentOrder>())
        {
            var expected = await reference.Ordered(order).Select(i => i.Id).ToListAsync();
            var resolved = await ResolvedFilter.ResolveAsync(db, Filters[name], keyLookupLimit: 0);
            var exported = new List<int>();
            await foreach (var record in IncidentExport.StreamAsync(db, resolved, order, batchSize: 40)) exported.Add(record.Id);
            exported.ShouldBe(expected, $"{name} {order} ({fixture.ProviderName})");
        }
    }

    /// <summary>
    /// An export of a filter holds the list's incidents of the same filter in the list's order, for every order, with
    /// small batches so that many keyset boundaries fall inside runs of equal dates.
    /// </summary>
    [Theory]
    [InlineData("none")]
    [InlineData("country + org + dates")]
    [InlineData("day edges overlap")]
    [InlineData("text")]
    [InlineData("border + type + status + day edges")]
    [InlineData("rejected included + org")]
    [InlineData("everything")]
    public async Task Exports_equal_the_list_of_the_same_filter(string name)
    {
        var options = await Stores.GetValue(fixture, _ => StoreAsync());
        await using var db = StoreSetup.Open(options);
        var filter = Filters[name];
        foreach (var order in Enum.GetValues<IncidentOrder>())
        {
            var listed = new List<int>();
            for (var pageNumber = 1; ; pageNumber++)
            {
                var page = await IncidentListing.PageAsync(db, filter, order, pageNumber, 100);
                listed.AddRange(page.Items.Select(i => i.Id));
                if (pageNumber >= page.PageCount) break;
            }
            if (name == "none") listed.Count.ShouldBeGreaterThan(100);
            var exported = new List<int>();
            await foreach (var r in IncidentExport.StreamAsync(db, filter, order, batchSize: 7)) exported.Add(r.Id);
            exported.ShouldBe(listed, $"{name} {order} ({fixture.ProviderName})");

            // The CSV as the API streams it: a header, then one row per listed incident in the list's order.
            using var csv = new MemoryStream();
            await IncidentExport.WriteCsvAsync(csv, IncidentExport.StreamAsync(db, filter, order, batchSize: 7));
            var rows = Queries.IncidentExportTests.ParseCsv(System.Text.Encoding.UTF8.GetString(csv.ToArray()).TrimStart('\uFEFF'));
            rows[0].ShouldBe(IncidentExport.Columns);
            var id = IncidentExport.Columns.ToList().IndexOf("id");
            rows.Skip(1).Select(r => int.Parse(r[id], System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(listed, $"{name} {order} CSV");
        }
    }
}
