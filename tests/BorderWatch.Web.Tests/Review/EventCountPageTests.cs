using System.Net;
using System.Text.Json;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Review;
using BorderWatch.Web.Components.Pages;
using BorderWatch.Web.Tests.Components;
using BorderWatch.Web.Tests.Hosting;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Tests.Review;

/// <summary>
/// The overview counts events and reviewed values: a correction moves an incident to its new border's card, the API
/// and the export; reports grouped into an accepted event count once on the cards and the map; the /events list with
/// its reach, filters and URL state. On the seeded store, served in-process.
/// </summary>
public sealed class EventCountPageTests(DashboardFactory app) : IClassFixture<DashboardFactory>
{
    private async Task<int> CardCountAsync(string border)
    {
        var (_, doc) = await app.CreateClient().GetPageAsync("/");
        var card = doc.QuerySelectorAll(".border-card").Single(c => c.QuerySelector("h3 a")!.GetAttribute("href") == $"/borders/{border}");
        return int.Parse(card.QuerySelector(".activity-badge")!.TextContent.Trim());
    }

    private async Task<int> OverviewEventsAsync()
    {
        var (_, doc) = await app.CreateClient().GetPageAsync("/");
        return int.Parse(doc.QuerySelector(".event-total")!.TextContent.Trim().Split(' ')[0]);
    }

    [Fact]
    public async Task A_corrected_border_moves_the_incident_on_the_cards_the_api_and_the_export_and_an_event_counts_once()
    {
        int moved, first, second;
        await using (var db = app.OpenStore())
        {
            var onTkm = await db.Incidents.Where(i => !i.Hidden && i.BorderSegment!.Code == "AFG-TKM").OrderBy(i => i.Id).Select(i => new { i.Id, i.ArticleId }).ToListAsync();
            onTkm.Count.ShouldBeGreaterThan(2, "the seeds report several AFG-TKM incidents");
            moved = onTkm[0].Id;
            first = onTkm[1].Id;
            second = onTkm[2].Id;
        }
        var (tkm, tjk) = (await CardCountAsync("AFG-TKM"), await CardCountAsync("AFG-TJK"));
        var events = await OverviewEventsAsync();

        await using (var db = app.OpenStore())
            await new ReviewService(db).CorrectAsync(moved, new IncidentCorrection { Border = "AFG-TJK" }, "ana", "the post is on the Tajik stretch");
        (await CardCountAsync("AFG-TKM")).ShouldBe(tkm - 1);
        (await CardCountAsync("AFG-TJK")).ShouldBe(tjk + 1);
        var client = app.CreateClient();
        var exported = await client.GetStringAsync("/api/export/incidents.json?border=AFG-TJK");
        JsonDocument.Parse(exported).RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetInt32()).ShouldContain(moved);

        await using (var db = app.OpenStore())
            await new EventService(db).CreateAsync([first, second], "ana", "One clash, two reports");
        (await CardCountAsync("AFG-TKM")).ShouldBe(tkm - 2, "two reports of one event count once");
        (await OverviewEventsAsync()).ShouldBe(events - 1);
        var borders = JsonDocument.Parse(await client.GetStringAsync("/api/borders")).RootElement.EnumerateArray()
            .Single(b => b.GetProperty("code").GetString() == "AFG-TKM");
        (borders.GetProperty("events").GetInt32(), borders.GetProperty("incidents").GetInt32()).ShouldBe((tkm - 2, tkm - 1));
    }

    [Fact]
    public async Task The_event_list_shows_each_events_reach_filters_by_border_and_type_and_names_a_bad_query()
    {
        int eventId;
        await using (var db = app.OpenStore())
        {
            var byArticle = await db.Incidents.Where(i => !i.Hidden && i.BorderSegment!.Code == "AFG-TJK")
                .GroupBy(i => i.ArticleId).Select(g => g.Min(i => i.Id)).Take(2).ToListAsync();
            byArticle.Count.ShouldBe(2, "the seeds report AFG-TJK incidents in two articles");
            eventId = await new EventService(db).CreateAsync(byArticle, "ana", "Tajik border report");
        }
        var client = app.CreateClient();
        var (response, doc) = await client.GetPageAsync("/events?border=AFG-TJK");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var row = doc.QuerySelectorAll(".event-row").Single(r => r.QuerySelector("a.event-link")!.GetAttribute("data-event") == eventId.ToString());
        row.QuerySelector("a.event-link")!.GetAttribute("href").ShouldBe($"/events/{eventId}");
        row.QuerySelector(".event-reach")!.TextContent.ShouldMatch(@"^[2-9] sources, \d+ outlets?$");
        doc.QuerySelector(".event-count")!.TextContent.ShouldContain("event");

        (_, doc) = await client.GetPageAsync("/events?border=AFG-KGZ");
        doc.QuerySelectorAll(".event-row").ShouldBeEmpty();
        doc.QuerySelector(".event-count")!.TextContent.ShouldContain("No events match");

        (response, doc) = await client.GetPageAsync("/events?sort=loudest&from=yesterday");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var alert = doc.QuerySelector(".events-list [role=alert]")!.TextContent;
        alert.ShouldContain("sort: 'loudest'");
        alert.ShouldContain("from");
    }

    [Fact]
    public async Task The_event_list_keeps_its_state_in_the_url_when_sorted_and_filtered()
    {
        await using var ctx = ReviewBunit.Create(app, user: null);
        ctx.Render<MudBlazor.MudPopoverProvider>();
        var nav = ctx.Navigation();
        nav.NavigateTo("/events?type=armed-clash,statement");
        var cut = ctx.Render<Events>();
        cut.WaitForAssertion(() => cut.Find(".event-count").TextContent.ShouldNotBeEmpty());

        cut.WaitForAssertion(() => cut.Find(".event-grid").ShouldNotBeNull());
        cut.FindAll(".sort-button").First(b => b.TextContent.Contains("Date")).Click();
        cut.WaitForAssertion(() => nav.Uri.ShouldEndWith("/events?type=armed-clash,statement&sort=oldest"));
        cut.Find(".event-proposals input").Change(false);
        cut.WaitForAssertion(() => nav.Uri.ShouldEndWith("/events?type=armed-clash,statement&proposals=hide&sort=oldest"));
        cut.Find(".event-from input").Change("2021");
        cut.WaitForAssertion(() => nav.Uri.ShouldContain("from=2021"));
    }
}
