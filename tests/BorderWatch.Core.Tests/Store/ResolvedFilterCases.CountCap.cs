using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Tests.Store;

/// <summary>Past the count cap the total and the facets say they are lower bounds, and the pages stay right.</summary>
public abstract partial class ResolvedFilterCases
{
    [Fact]
    public async Task Past_the_count_cap_totals_and_facets_are_lower_bounds_and_pages_stay_right()
    {
        var options = await Stores.GetValue(fixture, _ => StoreAsync());
        await using var db = StoreSetup.Open(options);
        // Two countries: one actor's total and facets come exact from the actor-date tallies, whatever the cap.
        var filter = new IncidentFilter { Countries = ["TJK", "AFG"], From = PartialDate.OfYear(2000) };
        var expected = await db.Incidents.AsNoTracking().Apply(filter).Ordered(IncidentOrder.Newest).Select(i => i.Id).ToListAsync();
        expected.Count.ShouldBeGreaterThan(40);

        var page = await IncidentListing.PageAsync(db, filter, IncidentOrder.Newest, 3, 10, countCap: 25);
        page.TotalIsLowerBound.ShouldBeTrue();
        page.Total.ShouldBe(25);
        page.Page.ShouldBe(3);
        page.Items.Select(i => i.Id).ShouldBe(expected.Skip(20).Take(10));
        // Past the capped total the requested page is still read (not clamped to the cap's last page).
        var later = await IncidentListing.PageAsync(db, filter, IncidentOrder.Newest, 4, 10, countCap: 25);
        later.Page.ShouldBe(4);
        later.Items.Select(i => i.Id).ShouldBe(expected.Skip(30).Take(10));

        var exact = (await IncidentFacets.CountAsync(db, filter, Enum.GetValues<FacetField>(), top: int.MaxValue)).ToDictionary(f => f.Field);
        var capped = await IncidentFacets.CountAsync(db, filter, Enum.GetValues<FacetField>(), top: int.MaxValue, countCap: 25);
        foreach (var facet in capped)
        {
            if (facet.Field == FacetField.Country)
            {
                // Counted under the dates alone: exact from the actor-date tallies whatever the cap.
                facet.CountsAreLowerBounds.ShouldBeFalse();
                facet.Values.ShouldBe(exact[facet.Field].Values);
                continue;
            }
            facet.CountsAreLowerBounds.ShouldBeTrue($"{facet.Field}");
            foreach (var v in facet.Values.Where(v => v.Count > 0))
                v.Count.ShouldBeLessThanOrEqualTo(exact[facet.Field].Values.Single(e => e.Value == v.Value).Count, $"{facet.Field} {v.Value}");
            facet.Values.Sum(v => v.Count).ShouldBeGreaterThan(0);
        }
    }
}
