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
public abstract partial class ResolvedFilterCases(StoreFixture fixture)
{
    /// <summary>One generated store per fixture (provider), shared by the cases; they only read it.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<StoreFixture, Task<StoreOptions>> Stores = new();

    private async Task<StoreOptions> StoreAsync()
    {
        var options = fixture.Pooled(await StoreGeneratorCases.ReferenceStoreAsync(fixture));
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
        // A few driving ids (a text match, a person) with dates: looked up by key, their dates checked one by one.
        ["text + years"] = new() { Text = "Khorog", From = PartialDate.OfYear(2012), To = PartialDate.OfYear(2021) },
        ["text + day edges within"] = new() { Text = "border", From = PartialDate.OfDay(2014, 4, 9), To = PartialDate.OfDay(2023, 11, 2), DateMatch = DateMatch.Within },
        ["person + from a month"] = new() { Persons = ["Emomali Rahmon"], From = PartialDate.OfMonth(2016, 5) },
        ["org + to a day, within"] = new() { Organizations = ["Taliban"], To = PartialDate.OfDay(2020, 8, 21), DateMatch = DateMatch.Within },
        ["text alias"] = new() { Text = "Tadjikistan" },
        ["punctuation only"] = new() { Text = "--" },
        ["border + type + status"] = new() { Border = "AFG-TJK", Types = [IncidentType.ArmedClash, IncidentType.Deployment], Statuses = [IncidentStatus.Reported] },
        ["no border + country"] = new() { WithoutBorder = true, Countries = ["KGZ"] },
        ["border + dates + text"] = new() { Border = "AFG-TJK", From = PartialDate.OfYear(2010), Text = "border" },
        ["rejected included + org"] = new() { IncludeRejected = true, Organizations = ["Taliban"] },
        // Date ranges the date tallies answer (whole months, year-dated rows by the rule) with the months a day cuts
        // counted per incident; with border, type and status, and with actors (counted from the incidents).
        ["border + month range"] = new() { Border = "AFG-TJK", From = PartialDate.OfMonth(2016, 3), To = PartialDate.OfMonth(2016, 9) },
        ["type + from year"] = new() { Types = [IncidentType.ArmedClash], From = PartialDate.OfYear(2018) },
        ["day edges overlap"] = new() { From = PartialDate.OfDay(2016, 3, 15), To = PartialDate.OfDay(2023, 9, 10) },
        ["day edges within"] = new() { From = PartialDate.OfDay(2016, 3, 15), To = PartialDate.OfDay(2023, 9, 10), DateMatch = DateMatch.Within },
        ["one cut month"] = new() { From = PartialDate.OfDay(2024, 5, 3), To = PartialDate.OfDay(2024, 5, 20) },
        ["status + to a day"] = new() { Statuses = [IncidentStatus.Reported], To = PartialDate.OfDay(2022, 2, 14) },
        ["no border + years within"] = new() { WithoutBorder = true, From = PartialDate.OfYear(2015), To = PartialDate.OfYear(2024), DateMatch = DateMatch.Within },
        ["1 January to 31 December"] = new() { From = PartialDate.OfDay(2021, 1, 1), To = PartialDate.OfDay(2022, 12, 31) },
        ["month to 31 December, within"] = new() { From = PartialDate.OfMonth(2019, 1), To = PartialDate.OfDay(2020, 12, 31), DateMatch = DateMatch.Within },
        ["from after to"] = new() { From = PartialDate.OfYear(2024), To = PartialDate.OfYear(2015) },
        ["country + org + day edges"] = new() { Countries = ["TJK"], Organizations = ["Taliban"], From = PartialDate.OfDay(2015, 6, 10), To = PartialDate.OfMonth(2024, 2) },
        ["border + type + status + day edges"] = new() { Border = "AFG-TJK", Types = [IncidentType.ArmedClash, IncidentType.Deployment],
            Statuses = [IncidentStatus.Reported, IncidentStatus.Unconfirmed], From = PartialDate.OfDay(2012, 7, 4), To = PartialDate.OfDay(2025, 10, 30) },
        ["rejected included + dates"] = new() { IncludeRejected = true, From = PartialDate.OfMonth(2016, 2), To = PartialDate.OfDay(2025, 1, 9) },
        // Two actors (any of them) under dates: one actor group of two, walked under the date bounds, as the export of two
        // large organisations under dates (store26; the reference store has one organisation, so two states stand in).
        ["two actors + years"] = new() { Countries = ["AFG", "KGZ"], From = PartialDate.OfYear(2005), To = PartialDate.OfYear(2024) },
        ["two actors + cut months"] = new() { Countries = ["AFG", "KGZ"], From = PartialDate.OfMonth(2008, 3), To = PartialDate.OfDay(2023, 10, 15) },
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
        await CompareWithReferenceAsync(db, name, filter);
    }

    /// <summary>
    /// With a low id limit, big actor groups are checked per incident (an EXISTS on the link key) and broad text matches
    /// stay a match in each statement, while small groups are still read as ids (told apart by the actor tallies): pages,
    /// totals and facets are the same as the reference's.
    /// </summary>
    [Theory]
    [InlineData("country")]
    [InlineData("two countries, any")]
    [InlineData("two countries, all")]
    [InlineData("country + org + dates")]
    [InlineData("person")]
    [InlineData("text + country")]
    [InlineData("everything")]
    public async Task Groups_past_the_id_limit_are_checked_per_incident_with_the_same_results(string name)
    {
        var options = await Stores.GetValue(fixture, _ => StoreAsync());
        await using var db = StoreSetup.Open(options);
        await CompareWithReferenceAsync(db, name, Filters[name], idLimit: 8);
    }

    /// <summary>
    /// Driving ids past the key-lookup limit are matched while the date index is walked, fewer are looked up by key with
    /// their dates checked one by one: both give the reference's pages, totals and facets.
    /// </summary>
    [Theory]
    [InlineData("country + org + dates", 0)]
    [InlineData("text + years", 0)]
    [InlineData("text + day edges within", 3)]
    [InlineData("org + to a day, within", 0)]
    [InlineData("everything", 5)]
    public async Task Driving_ids_past_the_key_lookup_limit_give_the_same_results(string name, int keyLookupLimit)
    {
        var options = await Stores.GetValue(fixture, _ => StoreAsync());
        await using var db = StoreSetup.Open(options);
        await CompareWithReferenceAsync(db, name, Filters[name], keyLookupLimit: keyLookupLimit);
    }

    /// <summary>
    /// First pages in date order of many driving ids walk the date index with a probe per actor group
    /// (<see cref="ResolvedFilter.WalkedRows"/>), deeper ones read by ids: pages of 40 (two walked, the rest by ids) give the
    /// reference's rows in every order.
    /// </summary>
    [Theory]
    [MemberData(nameof(WalkedFilters))]
    public async Task First_pages_walked_past_the_key_lookup_limit_give_the_same_results(string name)
    {
        var options = await Stores.GetValue(fixture, _ => StoreAsync());
        await using var db = StoreSetup.Open(options);
        await CompareWithReferenceAsync(db, name, Filters[name], keyLookupLimit: 0, pageSize: 40);
    }

    /// <summary>Filters with actor groups (one, several, all of several, with dates and other actors) for the walked pages.</summary>
    public static TheoryData<string> WalkedFilters => new(["country", "two countries, any", "two countries, all", "country + org + dates", "person", "org + to a day, within",
        "two actors + years", "two actors + cut months"]);

    private async Task CompareWithReferenceAsync(BorderWatchDbContext db, string name, IncidentFilter filter, int idLimit = ResolvedFilter.TextIdLimit,
        int keyLookupLimit = ResolvedFilter.KeyLookupLimit, int pageSize = 200)
    {
        var reference = db.Incidents.AsNoTracking().Apply(filter);
        var expectedTotal = await reference.CountAsync();
        if (name is "none" or "country" or "text" or "text + years" or "person + from a month" or "org + to a day, within" or "dates overlap" or "type + from year" or "day edges overlap" or "day edges within"
            or "no border + years within")
            expectedTotal.ShouldBeGreaterThan(0, $"{name}: the store must exercise this filter");
        int? expectedImprecise = filter.From is null && filter.To is null ? null
            : filter.DateMatch == DateMatch.Within ? 0 : await reference.ImpreciseFor(filter).CountAsync();

        foreach (var order in Enum.GetValues<IncidentOrder>())
        {
            var expected = await reference.Ordered(order).Select(i => i.Id).ToListAsync();
            var seen = new List<int>();
            for (var pageNumber = 1; ; pageNumber++)
            {
                var page = await IncidentListing.PageAsync(db, await ResolvedFilter.ResolveAsync(db, filter, idLimit: idLimit, keyLookupLimit: keyLookupLimit), order, pageNumber, pageSize);
                page.Total.ShouldBe(expectedTotal, $"{name} {order} ({fixture.ProviderName})");
                page.TotalIsLowerBound.ShouldBeFalse();
                page.ImpreciseCount.ShouldBe(expectedImprecise, $"{name} {order} imprecise ({fixture.ProviderName})");
                seen.AddRange(page.Items.Select(i => i.Id));
                if (pageNumber >= page.PageCount) break;
            }
            seen.ShouldBe(expected, $"{name} {order} ({fixture.ProviderName})");
        }

        var facets = await IncidentFacets.CountAsync(db, await ResolvedFilter.ResolveAsync(db, filter, idLimit: idLimit, keyLookupLimit: keyLookupLimit), Enum.GetValues<FacetField>(), top: int.MaxValue);
        var expectedFacets = await ReferenceFacetsAsync(db, filter);
        foreach (var facet in facets)
        {
            facet.CountsAreLowerBounds.ShouldBeFalse();
            Shown(facet.Values.Select(v => (v.Value, v.Count))).ShouldBe(expectedFacets[facet.Field], $"{name}: {facet.Field} ({fixture.ProviderName})");
        }
    }

    /// <summary>
    /// Ranges whose bounds cut a month of the store that holds day-dated incidents on both sides of the bound and a
    /// month-dated one (found in the store, so the cut is exercised whatever the generator's dates): the month's rows are
    /// counted one by one, the rest from the tallies, and totals, imprecise counts, pages and facets equal the reference.
    /// </summary>
    [Theory]
    [InlineData(DateMatch.Overlaps)]
    [InlineData(DateMatch.Within)]
    public async Task Ranges_that_cut_a_month_equal_the_reference_query(DateMatch match)
    {
        var options = await Stores.GetValue(fixture, _ => StoreAsync());
        await using var db = StoreSetup.Open(options);
        var hidden = false;
        var days = await db.Incidents.AsNoTracking().Where(i => i.Hidden == hidden && i.DateDay != null)
            .Select(i => new { Year = i.DateYear!.Value, Month = i.DateMonth!.Value, Day = i.DateDay!.Value }).ToListAsync();
        var months = (await db.Incidents.AsNoTracking().Where(i => i.Hidden == hidden && i.DateDay == null && i.DateMonth != null)
            .Select(i => new { Year = i.DateYear!.Value, Month = i.DateMonth!.Value }).ToListAsync()).ToHashSet();
        var cut = days.GroupBy(d => (d.Year, d.Month))
            .Where(g => months.Contains(new { Year = g.Key.Year, Month = g.Key.Month }) && g.Select(d => d.Day).Distinct().Count() >= 2)
            .OrderByDescending(g => g.Count()).First();
        var split = cut.Select(d => d.Day).Distinct().Order().ToList();
        var day = split[split.Count / 2];   // some of the month's days before it, some on or after it
        var (y, m) = cut.Key;
        await CompareWithReferenceAsync(db, $"from {y}-{m}-{day}", new IncidentFilter { From = PartialDate.OfDay(y, m, day), DateMatch = match });
        await CompareWithReferenceAsync(db, $"to {y}-{m}-{day}", new IncidentFilter { To = PartialDate.OfDay(y, m, day), DateMatch = match });
        await CompareWithReferenceAsync(db, $"{y - 3} to {y}-{m}-{day}, border AFG-TJK",
            new IncidentFilter { Border = "AFG-TJK", From = PartialDate.OfYear(y - 3), To = PartialDate.OfDay(y, m, day), DateMatch = match });
        await CompareWithReferenceAsync(db, $"{y}-{m}-{split[1]} to {y}-{m}-{split[^1]}",
            new IncidentFilter { From = PartialDate.OfDay(y, m, split[1]), To = PartialDate.OfDay(y, m, split[^1]), DateMatch = match });
    }
}

public sealed class SqliteResolvedFilterTests(SqliteFixture fixture) : ResolvedFilterCases(fixture), IClassFixture<SqliteFixture>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresResolvedFilterTests(PostgresFixture fixture) : ResolvedFilterCases(fixture);
