using BorderWatch.Core.Domain;
using BorderWatch.Core.Generation;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Tests.Store;

/// <summary>
/// The list, its total and its facets, built from a filter resolved once (actor ids, text matches and small actor groups
/// as ids, capped counts), equal a plain reference: the filter applied as one LINQ query (<see cref="IncidentQueries.Apply(IQueryable{Incident}, IncidentFilter)"/>),
/// ordered and counted in memory, on a generated store of 600 incidents, for many combinations of filters; and past
/// the count cap the total and the facets say they are lower bounds. On every provider.
/// </summary>
public abstract class ResolvedFilterCases(StoreFixture fixture)
{
    /// <summary>One generated store per fixture (provider), shared by the cases; they only read it.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<StoreFixture, Task<StoreOptions>> Stores = new();

    private async Task<StoreOptions> StoreAsync()
    {
        var options = await StoreGeneratorCases.ReferenceStoreAsync(fixture);
        await using var db = StoreSetup.Open(options);
        await new StoreGenerator(db, 11).GenerateAsync(600);
        return options;
    }

    public static TheoryData<string> FilterNames => new(Filters.Keys);

    private static readonly Dictionary<string, IncidentFilter> Filters = new()
    {
        ["none"] = new(),
        ["country"] = new() { Countries = ["TJK"] },
        ["two countries, any"] = new() { Countries = ["AFG", "KGZ"] },
        ["two countries, all"] = new() { Countries = ["AFG", "TJK"], ActorMatch = ActorMatch.All },
        ["org by alias"] = new() { Organizations = ["Taleban"] },
        ["country + org + dates"] = new() { Countries = ["TJK"], Organizations = ["Taliban"], From = PartialDate.OfYear(2015), To = PartialDate.OfYear(2019) },
        ["person"] = new() { Persons = ["Emomali Rahmon"] },
        ["unknown actor"] = new() { Organizations = ["No Such Group"] },
        ["dates overlap"] = new() { From = PartialDate.OfMonth(2018, 3), To = PartialDate.OfDay(2020, 6, 15) },
        ["dates within"] = new() { From = PartialDate.OfMonth(2018, 3), To = PartialDate.OfDay(2020, 6, 15), DateMatch = DateMatch.Within },
        ["from only"] = new() { From = PartialDate.OfYear(2021) },
        ["to only, within"] = new() { To = PartialDate.OfMonth(2012, 5), DateMatch = DateMatch.Within },
        ["text"] = new() { Text = "Khorog" },
        ["text prefix"] = new() { Text = "bord*" },
        ["text + country"] = new() { Text = "Tajikistan", Countries = ["AFG"] },
        ["text alias"] = new() { Text = "Tadjikistan" },
        ["punctuation only"] = new() { Text = "--" },
        ["border + type + status"] = new() { Border = "AFG-TJK", Types = [IncidentType.ArmedClash, IncidentType.Deployment], Statuses = [IncidentStatus.Reported] },
        ["no border + country"] = new() { WithoutBorder = true, Countries = ["KGZ"] },
        ["border + dates + text"] = new() { Border = "AFG-TJK", From = PartialDate.OfYear(2010), Text = "border" },
        ["rejected included + org"] = new() { IncludeRejected = true, Organizations = ["Taliban"] },
        ["everything"] = new() { Countries = ["TJK", "AFG"], Organizations = ["Taliban"], Types = [IncidentType.ArmedClash, IncidentType.Statement, IncidentType.Deployment],
            From = PartialDate.OfYear(2005), To = PartialDate.OfYear(2024), Text = "border OR frontier", IncludeRejected = true },
    };

    /// <summary>Each facet as "value=count" under the filter without its own dimension, from the reference query in memory.</summary>
    private static async Task<Dictionary<FacetField, string>> ReferenceFacetsAsync(BorderWatchDbContext db, IncidentFilter filter)
    {
        var result = new Dictionary<FacetField, string>();
        foreach (var field in Enum.GetValues<FacetField>())
        {
            var ids = await db.Incidents.AsNoTracking().Apply(IncidentFacets.Without(filter, field)).Select(i => i.Id).ToListAsync();
            var rows = await db.Incidents.AsNoTracking().Where(i => ids.Contains(i.Id))
                .Select(i => new { i.Id, Border = i.BorderSegment != null ? i.BorderSegment.Code : IncidentFacets.NoBorder, i.Type, i.Status }).ToListAsync();
            var links = await db.IncidentActors.AsNoTracking().Where(l => ids.Contains(l.IncidentId))
                .Select(l => new { l.IncidentId, l.Actor!.Kind, l.Actor.CanonicalName }).ToListAsync();
            IEnumerable<string> values = field switch
            {
                FacetField.Border => rows.Select(r => r.Border),
                FacetField.Type => rows.Select(r => r.Type.ToCode()),
                FacetField.Status => rows.Select(r => r.Status.ToCode()),
                _ => links.Where(l => field switch
                    {
                        FacetField.Country => l.Kind == ActorKind.State,
                        FacetField.Organization => l.Kind is ActorKind.Organization or ActorKind.ArmedGroup,
                        _ => l.Kind == ActorKind.Person,
                    }).Select(l => (l.IncidentId, l.CanonicalName)).Distinct().Select(l => l.CanonicalName),
            };
            result[field] = Shown(values.GroupBy(v => v).Select(g => (g.Key, g.Count())));
        }
        return result;
    }

    private static string Shown(IEnumerable<(string Value, int Count)> counts) =>
        string.Join(" ", counts.Where(c => c.Count > 0).OrderBy(c => c.Value, StringComparer.Ordinal).Select(c => $"{c.Value}={c.Count}"));

    [Theory]
    [MemberData(nameof(FilterNames))]
    public async Task Pages_totals_and_facets_equal_the_reference_query(string name)
    {
        var options = await Stores.GetValue(fixture, _ => StoreAsync());
        await using var db = StoreSetup.Open(options);
        var filter = Filters[name];
        var reference = db.Incidents.AsNoTracking().Apply(filter);
        var expectedTotal = await reference.CountAsync();
        if (name is "none" or "country" or "text" or "dates overlap") expectedTotal.ShouldBeGreaterThan(0, $"{name}: the store must exercise this filter");

        foreach (var order in Enum.GetValues<IncidentOrder>())
        {
            var expected = await reference.Ordered(order).Select(i => i.Id).ToListAsync();
            var seen = new List<int>();
            for (var pageNumber = 1; ; pageNumber++)
            {
                var page = await IncidentListing.PageAsync(db, filter, order, pageNumber, 200);
                page.Total.ShouldBe(expectedTotal, $"{name} {order} ({fixture.ProviderName})");
                page.TotalIsLowerBound.ShouldBeFalse();
                seen.AddRange(page.Items.Select(i => i.Id));
                if (pageNumber >= page.PageCount) break;
            }
            seen.ShouldBe(expected, $"{name} {order} ({fixture.ProviderName})");
        }

        var facets = await IncidentFacets.CountAsync(db, filter, Enum.GetValues<FacetField>(), top: int.MaxValue);
        var expectedFacets = await ReferenceFacetsAsync(db, filter);
        foreach (var facet in facets)
        {
            facet.CountsAreLowerBounds.ShouldBeFalse();
            Shown(facet.Values.Select(v => (v.Value, v.Count))).ShouldBe(expectedFacets[facet.Field], $"{name}: {facet.Field} ({fixture.ProviderName})");
        }
    }

    [Fact]
    public async Task Past_the_count_cap_totals_and_facets_are_lower_bounds_and_pages_stay_right()
    {
        var options = await Stores.GetValue(fixture, _ => StoreAsync());
        await using var db = StoreSetup.Open(options);
        var filter = new IncidentFilter { Countries = ["TJK"], From = PartialDate.OfYear(2000) };
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
            facet.CountsAreLowerBounds.ShouldBeTrue($"{facet.Field}");
            foreach (var v in facet.Values.Where(v => v.Count > 0))
                v.Count.ShouldBeLessThanOrEqualTo(exact[facet.Field].Values.Single(e => e.Value == v.Value).Count, $"{facet.Field} {v.Value}");
            facet.Values.Sum(v => v.Count).ShouldBeGreaterThan(0);
        }
    }
}

public sealed class SqliteResolvedFilterTests(SqliteFixture fixture) : ResolvedFilterCases(fixture), IClassFixture<SqliteFixture>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresResolvedFilterTests(PostgresFixture fixture) : ResolvedFilterCases(fixture);
