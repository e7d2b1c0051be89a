using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;
using BorderWatch.Web.Api;
using BorderWatch.Web.Components.Pages;
using BorderWatch.Web.Dashboard;
using BorderWatch.Web.Tests.Components;
using BorderWatch.Web.Tests.Hosting;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Tests.Review;

/// <summary>Two listed, month-dated reports on one border from articles of two different outlets with no syndicated copies.</summary>
internal sealed record TwoOutlets(string Border, int First, int Second, int SecondYear, int SecondMonth);

/// <summary>
/// The border timeline and the incident lists count events (ADR 0008, EventCounts): two reports of one event from two
/// outlets count once, with "2 sources, 2 outlets", on the timeline's totals and histogram and as one row of
/// <c>/api/incidents?by=event</c>, while the report list keeps both; a rejected report leaves every count. One case
/// list on the app's own seeded SQLite store and on a real PostgreSQL server (the cases change the store).
/// </summary>
public abstract class EventRowCases(DashboardFactory app)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    internal static async Task<TwoOutlets> TwoOutletsAsync(DashboardFactory app, params int[] taken)
    {
        await using var db = app.OpenStore();
        var rows = await db.Incidents.AsNoTracking()
            .Where(i => !i.Hidden && i.BorderSegmentId != null && i.DateMonth != null && i.Article!.OutletId != null
                && !db.Articles.Any(c => c.DuplicateOfId == i.ArticleId) && !db.EventReports.Any(r => r.IncidentId == i.Id)
                && !taken.Contains(i.Id))
            .Select(i => new { i.Id, Border = i.BorderSegment!.Code, i.Article!.OutletId, Year = i.DateYear!.Value, Month = i.DateMonth!.Value })
            .ToListAsync();
        foreach (var border in rows.GroupBy(r => r.Border).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var byOutlet = border.GroupBy(r => r.OutletId).Select(g => g.MinBy(r => r.Id)!).OrderBy(r => r.Id).Take(2).ToList();
            if (byOutlet.Count == 2)
                return new TwoOutlets(border.Key, byOutlet[0].Id, byOutlet[1].Id, byOutlet[1].Year, byOutlet[1].Month);
        }
        throw new InvalidOperationException("the seeds have no border with month-dated reports from two outlets");
    }

    private async Task<ApiIncidentPage> ListAsync(string query)
    {
        var response = await app.CreateClient().GetAsync("/api/incidents?pageSize=500&" + query);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonSerializer.Deserialize<ApiIncidentPage>(body, Web)!;
    }

    private async Task<TimelineData> TimelineAsync(string border)
    {
        await using var db = app.OpenStore();
        return await TimelineData.LoadAsync(db, new IncidentFilter { Border = border });
    }

    [Fact]
    public async Task Two_reports_from_two_outlets_count_once_on_the_timeline_and_in_event_rows_and_a_rejected_report_leaves_every_count()
    {
        var pair = await TwoOutletsAsync(app);
        var month = new DateOnly(pair.SecondYear, pair.SecondMonth, 1);
        var before = await TimelineAsync(pair.Border);
        var reportsBefore = await ListAsync($"border={pair.Border}");
        var eventsBefore = await ListAsync($"border={pair.Border}&by=event");
        reportsBefore.By.ShouldBe("report");
        eventsBefore.By.ShouldBe("event");
        eventsBefore.Total.ShouldBe(before.Events, "the list by event and the timeline count the same events");
        before.Reports.ShouldBe(reportsBefore.Total);

        int eventId;
        await using (var db = app.OpenStore())
            eventId = await new EventService(db).CreateAsync([pair.First, pair.Second], "ana", "One clash, two outlets");

        var after = await TimelineAsync(pair.Border);
        after.Reports.ShouldBe(before.Reports, "both reports are still listed");
        // The border page hands the store's repeat reports (read for its summary) to the timeline: the same months.
        await using (var db = app.OpenStore())
        {
            var storeRepeats = await EventCounts.RepeatsAsync(db);
            storeRepeats.ShouldNotBeEmpty();
            foreach (var f in new IncidentFilter[] { new() { Border = pair.Border }, new() { WithoutBorder = true }, new() })
            {
                var read = await TimelineData.LoadAsync(db, f);
                var handed = await TimelineData.LoadAsync(db, f, storeRepeats: storeRepeats);
                (handed.Events, handed.Dated, handed.YearOnly, handed.UndatedCount).ShouldBe((read.Events, read.Dated, read.YearOnly, read.UndatedCount), f.ToString());
                handed.MonthCounts.OrderBy(m => m.Key).ShouldBe(read.MonthCounts.OrderBy(m => m.Key), f.ToString());
            }
        }
        after.Events.ShouldBe(before.Events - 1, "two reports of one event count once");
        (before.MonthCounts.GetValueOrDefault(month) - after.MonthCounts.GetValueOrDefault(month)).ShouldBe(1,
            "the later report leaves its month's bar: the event counts on its first report's month");
        (after.MonthCounts.Values.Sum() + after.YearOnly + after.UndatedCount).ShouldBe(after.Events);

        var reports = await ListAsync($"border={pair.Border}");
        reports.Total.ShouldBe(reportsBefore.Total, "the default list stays one row per report");
        reports.Items.Select(i => i.Id).ShouldContain(pair.First);
        reports.Items.Select(i => i.Id).ShouldContain(pair.Second);
        reports.Items.Single(i => i.Id == pair.Second).Event.ShouldBe(new ApiEventReach(eventId, $"/events/{eventId}", 2, 2, 2));

        var events = await ListAsync($"border={pair.Border}&by=event");
        events.Total.ShouldBe(eventsBefore.Total - 1);
        events.Total.ShouldBe(after.Events);
        events.Items.Select(i => i.Id).ShouldNotContain(pair.Second, "the event's row is its first report");
        events.Items.Single(i => i.Id == pair.First).Event.ShouldBe(new ApiEventReach(eventId, $"/events/{eventId}", 2, 2, 2));
        events.Items.Where(i => i.Id != pair.First).ShouldAllBe(i => i.Event!.Reports >= 1);
        await using (var db = app.OpenStore())
            (await EventCounts.CountAsync(db, new IncidentFilter { Border = pair.Border })).ShouldBe(events.Total, "the overview's definition");

        // Rejecting the first report: the event stays one event, now stood for by the other report alone.
        await using (var db = app.OpenStore())
            await new ReviewService(db).RejectAsync(pair.First, RejectionReason.MisreadText, null, "ana");
        var rejected = await TimelineAsync(pair.Border);
        rejected.Reports.ShouldBe(before.Reports - 1);
        rejected.Events.ShouldBe(before.Events - 1);
        (await ListAsync($"border={pair.Border}")).Total.ShouldBe(reportsBefore.Total - 1);
        events = await ListAsync($"border={pair.Border}&by=event");
        events.Total.ShouldBe(eventsBefore.Total - 1);
        events.Items.Select(i => i.Id).ShouldNotContain(pair.First);
        events.Items.Single(i => i.Id == pair.Second).Event.ShouldBe(new ApiEventReach(eventId, $"/events/{eventId}", 1, 1, 1),
            "a rejected report is no source of the event's count");
    }

    [Fact]
    public async Task A_bad_list_unit_is_named_and_the_event_rows_of_a_filter_the_tallies_do_not_answer_match_the_count()
    {
        var response = await app.CreateClient().GetAsync("/api/incidents?by=outlet");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("by: 'outlet'");

        var pair = await TwoOutletsAsync(app, await TakenAsync());
        await using (var db = app.OpenStore())
            await new EventService(db).CreateAsync([pair.First, pair.Second], "ana", "Counted under a date filter");
        // From the second report's year on: a filter the tallies cannot answer, so rows and total are counted from the incidents.
        var query = $"border={pair.Border}&from={pair.SecondYear}&by=event";
        var page = await ListAsync(query);
        page.Items.Count.ShouldBe(page.Total);
        page.Items.Select(i => i.Id).ShouldNotContain(pair.Second);
        await using (var db = app.OpenStore())
            (await EventCounts.CountAsync(db, new IncidentFilter { Border = pair.Border, From = PartialDate.OfYear(pair.SecondYear) })).ShouldBe(page.Total);
    }

    private async Task<int[]> TakenAsync()
    {
        await using var db = app.OpenStore();
        return await db.EventReports.Select(r => r.IncidentId).ToArrayAsync();
    }
}

public sealed class SqliteEventRowTests(DashboardFactory app) : EventRowCases(app), IClassFixture<DashboardFactory>;

public sealed class PostgresEventRowTests(SeededPostgresDashboard dashboard) : EventRowCases(dashboard.App), IClassFixture<SeededPostgresDashboard>;

/// <summary>
/// The rendering of event counts on the seeded SQLite store with bUnit: the border page's totals and dots, the
/// incident list's "one row per event" switch and its round trip through the URL.
/// </summary>
public sealed class EventRowRenderingTests(OwnSeededDashboard fixture) : IClassFixture<OwnSeededDashboard>
{
    private readonly DashboardFactory app = fixture;

    [Fact]
    public async Task The_border_page_says_events_from_reports_and_one_dot_stands_for_both_reports_of_an_event()
    {
        var pair = await EventRowCases.TwoOutletsAsync(app);
        await using (var db = app.OpenStore())
            await new EventService(db).CreateAsync([pair.First, pair.Second], "ana", "Seen by two outlets");
        TimelineData timeline;
        await using (var db = app.OpenStore())
            timeline = await TimelineData.LoadAsync(db, new IncidentFilter { Border = pair.Border });

        await using var ctx = ReviewBunit.Create(app, user: null);
        ctx.JSInterop.Setup<double[]>("borderWatch.bounds", _ => true).SetResult([0, 1000]);
        ctx.Navigation().NavigateTo($"/borders/{pair.Border}?sort=oldest&by=event");
        var cut = ctx.Render<BorderTimeline>(p => p.Add(b => b.Code, pair.Border));
        cut.WaitForAssertion(() => cut.Find(".timeline-total").TextContent.ShouldStartWith($"{timeline.Events:N0} events from {timeline.Reports:N0} reports"));
        cut.Find(".border-total").TextContent.ShouldContain($"from {timeline.Reports} reports");
        // A page holding both reports draws the event as one dot, at its first report, saying its reach.
        await using (var db = app.OpenStore())
        {
            var items = await EventReaches.AttachAsync(db, await IncidentListing.LoadAsync(db, [pair.First, pair.Second]));
            var points = TimelinePoint.OfPage(items);
            points.ShouldHaveSingleItem().Id.ShouldBe(pair.First);
            points[0].Event!.Text.ShouldBe("2 sources, 2 outlets");
        }
    }

    [Fact]
    public async Task The_incident_list_switches_to_one_row_per_event_through_the_url_and_back()
    {
        var pair = await EventRowCases.TwoOutletsAsync(app, await TakenAsync());
        await using (var db = app.OpenStore())
            await new EventService(db).CreateAsync([pair.First, pair.Second], "ana", "Listed once");

        await using var ctx = ReviewBunit.Create(app, user: null);
        ctx.Render<MudBlazor.MudPopoverProvider>();
        var nav = ctx.Navigation();
        nav.NavigateTo($"/incidents?border={pair.Border}&sort=oldest");
        var cut = ctx.Render<IncidentList>();
        cut.WaitForAssertion(() => cut.FindAll("a.incident-link").ShouldNotBeEmpty());
        cut.Find(".result-count").TextContent.ShouldContain("incident");
        var grouped = cut.FindAll("a.event-reach").Where(a => a.GetAttribute("href") != null).ToList();
        grouped.Select(a => a.TextContent.Trim()).ShouldContain("one of 2 reports: 2 sources, 2 outlets");

        cut.Find(".by-event input").Change(true);
        cut.WaitForAssertion(() => nav.Uri.ShouldEndWith($"/incidents?border={pair.Border}&by=event&sort=oldest"));
        cut.WaitForAssertion(() => cut.Find(".result-count").TextContent.ShouldContain("event"));
        var row = cut.FindAll(".event-reports").Single(r => r.GetAttribute("data-reports") == "2");
        row.QuerySelector(".event-reach")!.TextContent.Trim().ShouldBe("2 sources, 2 outlets");
        row.QuerySelector("a.event-link")!.TextContent.Trim().ShouldBe("2 reports");
        cut.FindAll("a.incident-link").Select(a => int.Parse(a.GetAttribute("data-incident")!)).ShouldNotContain(pair.Second);

        cut.Find(".by-event input").Change(false);
        cut.WaitForAssertion(() => nav.Uri.ShouldEndWith($"/incidents?border={pair.Border}&sort=oldest"));
        cut.WaitForAssertion(() => cut.FindAll(".event-reports").ShouldBeEmpty());
    }

    private async Task<int[]> TakenAsync()
    {
        await using var db = app.OpenStore();
        return await db.EventReports.Select(r => r.IncidentId).ToArrayAsync();
    }
}

/// <summary>A seeded SQLite dashboard of its own for a class that changes the store.</summary>
public sealed class OwnSeededDashboard : DashboardFactory;
