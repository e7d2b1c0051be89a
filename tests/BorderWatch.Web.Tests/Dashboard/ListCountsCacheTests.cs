using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using BorderWatch.Core.Tests.Store;
using BorderWatch.Web.Dashboard;
using Microsoft.AspNetCore.WebUtilities;

namespace BorderWatch.Web.Tests.Dashboard;

/// <summary>
/// A list's total and facet counts kept for the store's version (<see cref="IncidentBrowserView.LoadAsync"/> with a
/// <see cref="VersionedCache"/>): the same as counted afresh, shared by every page and order of a filter, and counted
/// again once a review changes the store.
/// </summary>
public sealed class ListCountsCacheTests(SqliteFixture stores) : IClassFixture<SqliteFixture>
{
    private static async Task<IncidentBrowserView> LoadAsync(Core.StoreOptions options, string query, VersionedCache? cache)
    {
        await using var db = StoreSetup.Open(options);
        return await IncidentBrowserView.LoadAsync(db, IncidentListRequest.Parse(QueryHelpers.ParseQuery(query)), "/incidents", f => f,
            IncidentBrowserView.ShownFacets, pageSize: 1, cache: cache);
    }

    /// <summary>The counts a view shows: total, imprecise count, lower-bound flag and every facet value with its count.</summary>
    private static List<string> Counts(IncidentBrowserView v) =>
    [
        $"total {v.Results.Total} imprecise {v.Results.ImpreciseCount} lower {v.Results.TotalIsLowerBound}",
        .. v.Facets.SelectMany(f => f.Values.Select(x => $"{f.Field} {x.Value} {x.Count} {x.Selected}")),
    ];

    [Theory]
    [InlineData("?country=TKM")]                    // actors: counted over the filter's incidents
    [InlineData("?type=armed-clash,agreement")]     // from the tallies
    [InlineData("?from=2020-06-15&to=2021-07-10")]   // dates: tallies plus two cut months
    public async Task A_filters_counts_are_kept_for_its_pages_and_orders_until_a_review_changes_the_store(string query)
    {
        var options = await stores.NewMigratedDatabaseAsync();
        SampleIncidents sample;
        await using (var db = StoreSetup.Open(options)) sample = await SampleIncidents.SeedAsync(db);
        var cache = new VersionedCache();

        var first = await LoadAsync(options, query, cache);
        first.Results.Total.ShouldBe(2);
        Counts(first).ShouldBe(Counts(await LoadAsync(options, query, cache: null)), "kept counts are those counted afresh");
        var otherPage = await LoadAsync(options, query + "&sort=oldest&page=2", cache);
        Counts(otherPage).ShouldBe(Counts(first));
        otherPage.Results.Page.ShouldBe(2);
        otherPage.Results.Items.Single().Id.ShouldBe(first.Results.Items.Single().Id, "two results: the newest first is the oldest second");
        cache.Count.ShouldBe(1, "one entry for the filter, whatever its page and order");
        await LoadAsync(options, "?type=statement", cache);
        cache.Count.ShouldBe(2, "another filter has its own");

        await using (var db = StoreSetup.Open(options))
            await new ReviewService(db).RejectAsync(sample.Incidents["I1"], RejectionReason.NotAnIncident, null, "ana");
        var after = await LoadAsync(options, query, cache);
        after.Results.Total.ShouldBe(1, "the rejected incident leaves the list's total at once");
        Counts(after).ShouldBe(Counts(await LoadAsync(options, query, cache: null)));
        Counts(after).ShouldNotBe(Counts(first));
    }

    [Fact]
    public async Task Tally_cells_a_page_read_are_used_only_at_the_version_they_were_read_at_and_not_under_dates()
    {
        var options = await stores.NewMigratedDatabaseAsync();
        await using (var db = StoreSetup.Open(options)) await SampleIncidents.SeedAsync(db);
        var cache = new VersionedCache();
        string version;
        IReadOnlyList<TallyCell> cells;
        await using (var db = StoreSetup.Open(options))
        {
            version = await cache.VersionAsync(db);
            cells = await TalliedCounts.CellsAsync(db, new IncidentFilter());
        }
        // Cells that say something else than the store: where they are used, the type facet shows it.
        var marked = cells.Select(c => c with { Count = c.Count + 1000 }).ToList();
        async Task<IncidentBrowserView> ViewAsync(string query, VersionedCache? with, IncidentBrowserView.StoreCellsAt? handed)
        {
            await using var db = StoreSetup.Open(options);
            return await IncidentBrowserView.LoadAsync(db, IncidentListRequest.Parse(QueryHelpers.ParseQuery(query)), "/incidents", f => f,
                IncidentBrowserView.ShownFacets, pageSize: 1, cache: with, storeCells: handed);
        }
        var fresh = Counts(await ViewAsync("?type=armed-clash", null, null));

        Counts(await ViewAsync("?type=armed-clash", new VersionedCache(), new(version, cells))).ShouldBe(fresh, "the page's own read, same version");
        Counts(await ViewAsync("?type=armed-clash", null, new(version, marked))).ShouldNotBe(fresh, "handed cells are used: no second read");
        Counts(await ViewAsync("?type=armed-clash", new VersionedCache(), new("another version", marked))).ShouldBe(fresh,
            "cells read at another version are not used");
        Counts(await ViewAsync("?type=armed-clash&from=2020-06-15&to=2021-07-10", null, new(version, marked)))
            .ShouldBe(Counts(await ViewAsync("?type=armed-clash&from=2020-06-15&to=2021-07-10", null, null)), "a filter with dates counts other cells");
    }

    [Fact]
    public async Task The_cache_keeps_at_most_its_capacity_of_keys()
    {
        var cache = new VersionedCache();
        for (var k = 0; k < VersionedCache.Capacity + 10; k++) await cache.GetAsync($"key{k}", k < 100 ? "v1" : "v2", () => Task.FromResult(k));
        cache.Count.ShouldBeLessThanOrEqualTo(VersionedCache.Capacity);
        (await cache.GetAsync($"key{VersionedCache.Capacity + 9}", "v2", () => Task.FromResult(-1))).ShouldBe(VersionedCache.Capacity + 9, "the newest key is kept");
    }
}
