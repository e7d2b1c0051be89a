using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Tests.Store;

/// <summary>Paged lists and facet counts, run against every provider (see the concrete classes).</summary>
public abstract class IncidentListingCases(StoreFixture fixture)
{
    private static string Labels(SampleIncidents s, IEnumerable<int> ids) => string.Join(" ", ids.Select(s.LabelOf));

    [Fact]
    public async Task Newest_first_puts_undated_incidents_last_and_oldest_first_too()
    {
        var (options, sample) = await fixture.SeededAsync();
        await using var db = StoreSetup.Open(options);

        var newest = await IncidentListing.PageAsync(db, new IncidentFilter(), IncidentOrder.Newest, 1, 10);
        var oldest = await IncidentListing.PageAsync(db, new IncidentFilter(), IncidentOrder.Oldest, 1, 10);

        Labels(sample, newest.Items.Select(i => i.Id)).ShouldBe("I3 I1 I8 I2 I4", fixture.ProviderName);
        Labels(sample, oldest.Items.Select(i => i.Id)).ShouldBe("I2 I8 I1 I3 I4", fixture.ProviderName);
        newest.Total.ShouldBe(5);
    }

    [Fact]
    public async Task Pages_split_the_list_and_a_page_past_the_end_shows_the_last()
    {
        var (options, sample) = await fixture.SeededAsync();
        await using var db = StoreSetup.Open(options);

        var pages = new List<string>();
        for (var p = 1; p <= 3; p++)
            pages.Add(Labels(sample, (await IncidentListing.PageAsync(db, new IncidentFilter(), IncidentOrder.Newest, p, 2)).Items.Select(i => i.Id)));
        var beyond = await IncidentListing.PageAsync(db, new IncidentFilter(), IncidentOrder.Newest, 99, 2);

        pages.ShouldBe(["I3 I1", "I8 I2", "I4"]);
        beyond.Page.ShouldBe(3);
        beyond.PageCount.ShouldBe(3);
        Labels(sample, beyond.Items.Select(i => i.Id)).ShouldBe("I4");
    }

    [Fact]
    public async Task A_page_loads_the_incidents_asked_for_beside_it_with_its_own_rows_and_leaves_the_page_as_it_was()
    {
        var (options, sample) = await fixture.SeededAsync();
        await using var db = StoreSetup.Open(options);

        var plain = await IncidentListing.PageAsync(db, new IncidentFilter(), IncidentOrder.Newest, 1, 2);
        var withOthers = await IncidentListing.PageAsync(db, await ResolvedFilter.ResolveAsync(db, new IncidentFilter()), IncidentOrder.Newest, 1, 2,
            alsoLoad: [sample.Incidents["I4"], sample.Incidents["I1"], int.MaxValue]);

        Labels(sample, withOthers.Items.Select(i => i.Id)).ShouldBe(Labels(sample, plain.Items.Select(i => i.Id)), fixture.ProviderName);
        Labels(sample, withOthers.Items.Select(i => i.Id)).ShouldBe("I3 I1");
        withOthers.Total.ShouldBe(plain.Total);
        // In the order asked, an id on the page too (I1) as well, one that does not exist left out.
        Labels(sample, withOthers.AlsoLoaded.Select(i => i.Id)).ShouldBe("I4 I1");
        withOthers.AlsoLoaded[1].ShouldBeSameAs(withOthers.Items[1]);
        var own = (await IncidentListing.PageAsync(db, new IncidentFilter(), IncidentOrder.Newest, 3, 2)).Items.Single(i => i.Id == sample.Incidents["I4"]);
        static string Shown(IncidentListItem i) => $"{i.Summary}|{i.Date}|{i.SourceCount}|{string.Join(",", i.Actors.Select(a => a.CanonicalName))}|{i.Excerpts.Count}|{i.Event?.Reports}";
        Shown(withOthers.AlsoLoaded[0]).ShouldBe(Shown(own), "the same row a page of its own shows");
        plain.AlsoLoaded.ShouldBeEmpty();
    }

    [Fact]
    public async Task List_items_carry_actors_excerpts_border_and_sources_including_syndicated_copies()
    {
        var (options, sample) = await fixture.SeededAsync();
        await using var db = StoreSetup.Open(options);

        var items = await IncidentListing.LoadAsync(db, [sample.Incidents["I4"], sample.Incidents["I1"]]);

        items.Select(i => sample.LabelOf(i.Id)).ShouldBe(["I4", "I1"], "in the order asked for");
        var clash = items[1];
        clash.Type.ShouldBe(IncidentType.ArmedClash);
        clash.Date.ShouldBe(PartialDate.OfDay(2021, 7, 5));
        clash.BorderCode.ShouldBe("AFG-TKM");
        clash.BorderName.ShouldBe("Afghanistan–Turkmenistan");
        clash.Location.ShouldBe("Kerki");
        clash.Actors.Select(a => a.CanonicalName).ShouldBe(["AFG", "TKM", "Taliban"]);
        clash.Excerpts.ShouldHaveSingleItem().Text.ShouldBe("Taliban fighters attacked a Turkmen post near Kerki");
        clash.SourceCount.ShouldBe(2, "article A1 and its syndicated copy A2");
        items[0].SourceCount.ShouldBe(1);
        items[0].BorderCode.ShouldBeNull();
    }

    [Fact]
    public async Task Facets_count_each_value_under_the_other_filters()
    {
        var (options, _) = await fixture.SeededAsync();
        await using var db = StoreSetup.Open(options);

        var facets = (await IncidentFacets.CountAsync(db, new IncidentFilter { Countries = ["TKM"] },
            [FacetField.Country, FacetField.Type, FacetField.Border, FacetField.Organization, FacetField.Person, FacetField.Status]))
            .ToDictionary(f => f.Field);

        string Values(FacetField f) => string.Join(" ", facets[f].Values.Select(v => $"{v.Value}={v.Count}{(v.Selected ? "*" : "")}"));
        Values(FacetField.Country).ShouldBe("RUS=3 TKM=2* AFG=1", fixture.ProviderName);
        Values(FacetField.Type).ShouldBe("armed-clash=1 diplomatic-meeting=1");
        Values(FacetField.Border).ShouldBe("AFG-TKM=2");
        Values(FacetField.Organization).ShouldBe("Taliban=1");
        Values(FacetField.Person).ShouldBe("Sergey Lavrov=1");
        Values(FacetField.Status).ShouldBe("reported=2");
        facets[FacetField.Type].Values[0].Label.ShouldBe("Armed clash");
        facets[FacetField.Country].Values[0].Label.ShouldBe("Russia");
    }

    [Fact]
    public async Task Other_orders_group_by_their_column_newest_first_within_a_group()
    {
        var (options, sample) = await fixture.SeededAsync();
        await using var db = StoreSetup.Open(options);
        async Task<string> Order(IncidentOrder order) =>
            Labels(sample, (await IncidentListing.PageAsync(db, new IncidentFilter { IncludeRejected = true }, order, 1, 20)).Items.Select(i => i.Id));

        // I1..I9: clash, meeting, exercise, statement, clash (copy), deployment x2, agreement x2; stored as enum names.
        (await Order(IncidentOrder.Type)).ShouldBe("I8 I9 I5 I1 I7 I6 I2 I3 I4", fixture.ProviderName);
        (await Order(IncidentOrder.Border)).ShouldBe("I3 I5 I1 I2 I7 I6 I8 I9 I4", "AFG-TJK, AFG-TKM, then no border");
        (await Order(IncidentOrder.Status)).ShouldBe("I3 I7 I5 I1 I8 I9 I2 I6 I4");
    }

    [Fact]
    public async Task Confidence_order_puts_the_surest_first()
    {
        var options = await fixture.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        var sample = await SampleIncidents.SeedAsync(db);
        await db.Incidents.Where(i => i.Id == sample.Incidents["I4"]).ExecuteUpdateAsync(u => u.SetProperty(i => i.Confidence, 0.95));
        await db.Incidents.Where(i => i.Id == sample.Incidents["I2"]).ExecuteUpdateAsync(u => u.SetProperty(i => i.Confidence, 0.3));

        var page = await IncidentListing.PageAsync(db, new IncidentFilter(), IncidentOrder.Confidence, 1, 10);

        Labels(sample, page.Items.Select(i => i.Id)).ShouldBe("I4 I3 I1 I8 I2");
    }

    [Fact]
    public async Task A_date_filter_says_how_many_results_are_imprecise_for_it()
    {
        var (options, _) = await fixture.SeededAsync();
        await using var db = StoreSetup.Open(options);
        var july = new IncidentFilter { From = PartialDate.OfMonth(2021, 7), To = PartialDate.OfMonth(2021, 7) };
        var years = new IncidentFilter { From = PartialDate.OfMonth(2016, 6), To = PartialDate.OfYear(2021) };

        var overlaps = await IncidentListing.PageAsync(db, years, IncidentOrder.Newest, 1, 10);
        var within = await IncidentListing.PageAsync(db, years with { DateMatch = DateMatch.Within }, IncidentOrder.Newest, 1, 10);
        var exact = await IncidentListing.PageAsync(db, july, IncidentOrder.Newest, 1, 10);
        var none = await IncidentListing.PageAsync(db, new IncidentFilter(), IncidentOrder.Newest, 1, 10);

        overlaps.Total.ShouldBe(4, fixture.ProviderName);   // I1 I2 I3 I8
        overlaps.ImpreciseCount.ShouldBe(1, "the 2016 incident reaches before June 2016");
        within.Total.ShouldBe(3);
        within.ImpreciseCount.ShouldBe(0);
        exact.ImpreciseCount.ShouldBe(0);
        none.ImpreciseCount.ShouldBeNull();
    }

    [Fact]
    public async Task The_border_facet_counts_incidents_without_a_border_and_the_value_filters_them()
    {
        var (options, sample) = await fixture.SeededAsync();
        await using var db = StoreSetup.Open(options);

        var border = (await IncidentFacets.CountAsync(db, new IncidentFilter(), [FacetField.Border])).Single();
        var noBorder = IncidentFacets.WithValues(new IncidentFilter { Border = "AFG-TKM" }, FacetField.Border, [IncidentFacets.NoBorder]);
        var selected = (await IncidentFacets.CountAsync(db, noBorder, [FacetField.Border])).Single();
        var page = await IncidentListing.PageAsync(db, noBorder, IncidentOrder.Newest, 1, 10);

        string.Join(" ", border.Values.Select(v => $"{v.Value}={v.Count}")).ShouldBe("AFG-TKM=2 none=2 AFG-TJK=1", fixture.ProviderName);
        border.Values.Single(v => v.Value == "none").Label.ShouldBe("No border");
        noBorder.WithoutBorder.ShouldBeTrue();
        noBorder.Border.ShouldBeNull();
        IncidentFacets.ValuesOf(noBorder, FacetField.Border).ShouldBe(["none"]);
        selected.Values.Single(v => v.Selected).Value.ShouldBe("none");
        Labels(sample, page.Items.Select(i => i.Id)).ShouldBe("I8 I4");
    }

    [Fact]
    public async Task A_text_search_page_returns_the_terms_to_highlight()
    {
        var (options, _) = await fixture.SeededAsync();
        await using var db = StoreSetup.Open(options);

        var page = await IncidentListing.PageAsync(db, new IncidentFilter { Text = "\"Turkmen post\" Kér*" }, IncidentOrder.Newest, 1, 10);

        page.Total.ShouldBe(1);
        page.HighlightTerms.ShouldBe(["turkmen post", "turkmenpost", "ker*"]);
        var excerpt = page.Items[0].Excerpts[0].Text;
        var hits = SearchQuery.Parse("\"Turkmen post\" Kér*").FindHits(excerpt);
        hits.Select(h => excerpt.Substring(h.Start, h.Length)).ShouldBe(["Turkmen post", "Kerki"]);
    }

    [Fact]
    public async Task A_selected_value_with_no_incidents_stays_listed_and_the_rest_is_counted_as_hidden()
    {
        var (options, _) = await fixture.SeededAsync();
        await using var db = StoreSetup.Open(options);

        var country = (await IncidentFacets.CountAsync(db, new IncidentFilter { Countries = ["UZB"] }, [FacetField.Country], top: 1)).Single();

        country.Values.Select(v => (v.Value, v.Count, v.Selected)).ShouldBe([("RUS", 3, false), ("UZB", 0, true)]);
        country.Hidden.ShouldBe(2, "TKM and AFG are left out at top 1");
    }

    [Fact]
    public async Task An_actor_with_two_roles_in_one_incident_counts_once()
    {
        var options = await fixture.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        var sample = await SampleIncidents.SeedAsync(db);
        db.IncidentActors.Add(new IncidentActor { IncidentId = sample.Incidents["I1"], ActorId = sample.Actors["TKM"], Role = ActorRole.Affected });
        await db.SaveChangesAsync();

        var country = (await IncidentFacets.CountAsync(db, new IncidentFilter(), [FacetField.Country])).Single();

        country.Values.Single(v => v.Value == "TKM").Count.ShouldBe(2);
    }
}

public sealed class SqliteIncidentListingTests(SqliteFixture fixture) : IncidentListingCases(fixture), IClassFixture<SqliteFixture>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresIncidentListingTests(PostgresFixture fixture) : IncidentListingCases(fixture);
