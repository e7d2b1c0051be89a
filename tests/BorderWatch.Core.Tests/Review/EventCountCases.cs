using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using BorderWatch.Core.Tests.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Tests.Review;

/// <summary>
/// Counting events, not reports: the reports an analyst grouped into an accepted event count once (by the first
/// listed one), proposals and undone events do not group; and the event list filters, sorts and pages in the store.
/// </summary>
public abstract class EventCountCases(StoreFixture stores)
{
    /// <summary>The sample store plus I10, another outlet's report of I1's clash at Kerki.</summary>
    private async Task<(StoreOptions Options, SampleIncidents Sample)> NewStoreAsync()
    {
        var options = await stores.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        var s = await SampleIncidents.SeedAsync(db);
        const string text = "Militants fired on a Turkmen border post near Kerki in early July, the Taliban said.";
        var a4 = SampleIncidents.NewArticle("seeds/004_other.txt", text, "Post attacked");
        a4.Outlet = new Outlet { Name = "Outlet B" };
        var i10 = new Incident
        {
            Article = a4, Type = IncidentType.ArmedClash, Date = PartialDate.OfMonth(2021, 7), Status = IncidentStatus.Reported,
            Summary = "Post attacked near Kerki", Fingerprint = "i10", Confidence = 0.7,
            BorderSegment = await db.BorderSegments.SingleAsync(b => b.Code == "AFG-TKM"), Place = await db.Places.SingleAsync(p => p.Key == "kerki"),
        };
        i10.Excerpts.Add(new Excerpt { Article = a4, Start = 0, End = text.Length, Text = text });
        db.Incidents.Add(i10);
        await db.SaveChangesAsync();
        s.Incidents["I10"] = i10.Id;
        return (options, s);
    }

    [Fact]
    public async Task The_reports_of_an_accepted_event_count_once_and_an_undone_grouping_counts_each_again()
    {
        var (options, s) = await NewStoreAsync();
        await using var db = StoreSetup.Open(options);
        var afgTkm = new IncidentFilter { Border = "AFG-TKM" };
        (await EventCounts.CountAsync(db, new IncidentFilter())).ShouldBe(6, "no grouping yet: every listed report is its own event");

        var events = new EventService(db);
        var ev = await events.CreateAsync([s.Incidents["I1"], s.Incidents["I10"]], "ana", "Clash near Kerki");
        (await EventCounts.CountAsync(db, new IncidentFilter())).ShouldBe(5);
        (await EventCounts.CountAsync(db, afgTkm)).ShouldBe(2, "I1 and I10 once, I2");
        (await EventCounts.CountAsync(db, afgTkm with { From = PartialDate.OfYear(2021) })).ShouldBe(1, "counted from the incidents under a date filter too");
        var repeat = (await EventCounts.RepeatsAsync(db)).ShouldHaveSingleItem();
        (repeat.Type, repeat.Year, repeat.Month, repeat.Count).ShouldBe((IncidentType.ArmedClash, 2021, 7, 1));
        repeat.PlaceId.ShouldBe(await db.Places.Where(p => p.Key == "kerki").Select(p => (int?)p.Id).SingleAsync());

        // The first report rejected: the other one carries the event.
        await new ReviewService(db).RejectAsync(s.Incidents["I1"], RejectionReason.MisreadText, null, "ana");
        (await EventCounts.CountAsync(db, afgTkm)).ShouldBe(2);
        (await EventCounts.RepeatsAsync(db)).ShouldBeEmpty();
        await new ReviewService(db).ConfirmAsync(s.Incidents["I1"], "ana");

        await events.UndoAsync(ev, "ana", "two clashes after all");
        (await EventCounts.CountAsync(db, afgTkm)).ShouldBe(3, "an undone grouping no longer groups");
    }

    [Fact]
    public async Task The_event_list_filters_sorts_and_pages_with_each_events_reach()
    {
        var (options, s) = await NewStoreAsync();
        await using var db = StoreSetup.Open(options);
        var events = new EventService(db);
        var clash = await events.CreateAsync([s.Incidents["I1"], s.Incidents["I10"]], "ana", "Clash near Kerki");
        var talks = await events.CreateAsync([s.Incidents["I2"], s.Incidents["I8"]], "ana", "Talks and an accord");
        await events.UndoAsync(await events.CreateAsync([s.Incidents["I3"], s.Incidents["I4"]], "ana"), "ana");

        var all = await EventListing.PageAsync(db, new EventFilter(), EventOrder.Newest, 1, 10);
        all.Total.ShouldBe(2, "undone events are not listed");
        all.Rows.Select(r => r.Id).ShouldBe([clash, talks], "newest first: July 2021, then 2016-2020");
        var row = all.Rows[0];
        (row.Reports, row.Sources, row.Outlets, row.Border).ShouldBe((2, 3, 1, "AFG-TKM"), "A1, its syndicated copy A2 and A4; only A4 has an outlet");
        row.Disagreements.ShouldBeEmpty("2021-07-05 and 2021-07 can be the same day; same type, status and attribution");
        all.Rows[1].Disagreements.ShouldBe([EventField.Date, EventField.Type], "a 2016 meeting and a 2020 accord");

        (await EventListing.PageAsync(db, new EventFilter(), EventOrder.Oldest, 1, 10)).Rows.Select(r => r.Id).ShouldBe([talks, clash]);
        (await EventListing.PageAsync(db, new EventFilter { Types = [IncidentType.ArmedClash] }, EventOrder.Newest, 1, 10)).Rows.Select(r => r.Id).ShouldBe([clash]);
        (await EventListing.PageAsync(db, new EventFilter { From = PartialDate.OfYear(2021) }, EventOrder.Newest, 1, 10)).Rows.Select(r => r.Id).ShouldBe([clash]);
        (await EventListing.PageAsync(db, new EventFilter { Border = "afg-tjk" }, EventOrder.Newest, 1, 10)).Total.ShouldBe(0);
        var second = await EventListing.PageAsync(db, new EventFilter(), EventOrder.Newest, 2, 1);
        (second.Rows.Single().Id, second.PageCount).ShouldBe((talks, 2));

        // A syndicated copy (A2 copies A1) has no incidents; it links to the events of its original's reports.
        (await EventQueries.EventsOfArticleAsync(db, s.Articles["A2"])).Select(e => e.Id).ShouldBe([clash, talks], "A1 reports I1 and I2");
        (await EventQueries.EventsOfArticleAsync(db, s.Articles["A3"])).Select(e => e.Id).ShouldBe([talks], "the undone grouping is left out");
    }

    [Fact]
    public async Task A_rejected_reports_source_and_outlet_leave_the_events_reach_on_its_page_and_in_the_list()
    {
        var (options, s) = await NewStoreAsync();
        await using var db = StoreSetup.Open(options);
        var clash = await new EventService(db).CreateAsync([s.Incidents["I1"], s.Incidents["I10"]], "ana", "Clash near Kerki");
        var view = (await EventQueries.ViewAsync(db, clash))!;
        (view.Reports, view.Sources, view.Outlets).ShouldBe((2, 3, 1));

        // I10 is the only report from an outlet (A4, Outlet B): rejected, it leaves the reach, as EventReach says.
        await new ReviewService(db).RejectAsync(s.Incidents["I10"], RejectionReason.MisreadText, null, "ana");
        view = (await EventQueries.ViewAsync(db, clash))!;
        view.Versions.Count.ShouldBe(2, "the rejected report is still shown beside the others");
        (view.Reports, view.Sources, view.Outlets).ShouldBe((1, 2, 0), "A1 and its syndicated copy A2; no outlet");
        var reach = (await EventReaches.OfAsync(db, [(s.Incidents["I1"], s.Articles["A1"])]))[s.Incidents["I1"]];
        (view.Sources, view.Outlets).ShouldBe((reach.Sources, reach.Outlets), "the event page and the lists agree");
        var row = (await EventListing.PageAsync(db, new EventFilter(), EventOrder.Newest, 1, 10)).Rows.Single(r => r.Id == clash);
        (row.Reports, row.Sources, row.Outlets).ShouldBe((1, 2, 0));
    }

    [Fact]
    public async Task Facets_in_event_mode_count_events_as_the_event_counts_do()
    {
        var (options, s) = await NewStoreAsync();
        await using var db = StoreSetup.Open(options);
        await new EventService(db).CreateAsync([s.Incidents["I1"], s.Incidents["I10"]], "ana", "Clash near Kerki");
        var fields = new[] { FacetField.Border, FacetField.Country, FacetField.Organization, FacetField.Type, FacetField.Status };
        var filter = new IncidentFilter();
        var byReport = await IncidentFacets.CountAsync(db, filter, fields, top: int.MaxValue);
        var byEvent = await EventFacets.OfEventsAsync(db, filter, byReport);

        int CountOf(IReadOnlyList<Facet> facets, FacetField field, string value) =>
            facets.Single(f => f.Field == field).Values.SingleOrDefault(v => v.Value.Equals(value, StringComparison.OrdinalIgnoreCase))?.Count ?? 0;
        CountOf(byReport, FacetField.Type, "armed-clash").ShouldBe(CountOf(byEvent, FacetField.Type, "armed-clash") + 1, "I1 and I10 are one event");
        CountOf(byReport, FacetField.Border, "AFG-TKM").ShouldBe(CountOf(byEvent, FacetField.Border, "AFG-TKM") + 1);
        // Every value's event count is what the event count under that value says (the same definition).
        foreach (var facet in byEvent)
        foreach (var value in facet.Values)
        {
            var under = IncidentFacets.WithValues(filter, facet.Field, [value.Value]);
            value.Count.ShouldBe(await EventCounts.CountAsync(db, under), $"{facet.Key}={value.Value}");
        }
        // Under a filter on another dimension the same holds.
        var onBorder = new IncidentFilter { Border = "AFG-TKM" };
        var typeFacet = (await EventFacets.OfEventsAsync(db, onBorder, await IncidentFacets.CountAsync(db, onBorder, [FacetField.Type], top: int.MaxValue))).Single();
        foreach (var value in typeFacet.Values)
            value.Count.ShouldBe(await EventCounts.CountAsync(db, IncidentFacets.WithValues(onBorder, FacetField.Type, [value.Value])));
    }
}

public sealed class SqliteEventCountTests(SqliteFixture fixture) : EventCountCases(fixture), IClassFixture<SqliteFixture>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresEventCountTests(PostgresFixture fixture) : EventCountCases(fixture);
