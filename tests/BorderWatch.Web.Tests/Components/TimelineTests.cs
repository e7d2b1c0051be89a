using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Web.Components.Shared;
using BorderWatch.Web.Dashboard;

namespace BorderWatch.Web.Tests.Components;

public sealed class TimelineTests
{
    private static IncidentListItem Item(int id, PartialDate date, IncidentStatus status = IncidentStatus.Reported) => new()
    {
        Id = id, Type = IncidentType.Deployment, Date = date, Status = status, Summary = $"Incident {id}", SourceCount = 1,
        ArticleId = 1, Actors = [new ActorRef(7, ActorKind.State, "TKM", "Turkmenistan", ActorRole.Initiator)],
        Excerpts = [new ExcerptRef(id * 10, 1, "Title", "a.txt", 0, 5, $"Excerpt {id}")],
    };

    [Fact]
    public void Grouping_keeps_the_list_order_and_puts_year_only_dates_in_their_own_month_group()
    {
        var dates = new[]
        {
            PartialDate.OfDay(2021, 7, 9), PartialDate.OfMonth(2021, 7), PartialDate.OfMonth(2021, 3), PartialDate.OfYear(2021),
            PartialDate.OfMonth(2019, 12), PartialDate.Unknown, PartialDate.Unknown,
        };

        var groups = TimelineGrouping.Group(dates, d => d);

        groups.Select(y => y.Year).ShouldBe([2021, 2019, null]);
        groups[0].Months.Select(m => m.Month).ShouldBe([7, 3, null]);
        groups[0].Months[0].Items.Count.ShouldBe(2);
        groups[0].Count.ShouldBe(4);
        groups[2].Count.ShouldBe(2);
    }

    [Fact]
    public void Oldest_first_groups_the_same_way_in_reverse()
    {
        var groups = TimelineGrouping.Group(new[] { PartialDate.OfYear(2016), PartialDate.OfMonth(2016, 6), PartialDate.OfMonth(2018, 1) }, d => d);

        groups.Select(y => y.Year).ShouldBe([2016, 2018]);
        groups[0].Months.Select(m => m.Month).ShouldBe([null, 6]);
    }

    [Fact]
    public async Task The_timeline_renders_year_and_month_headings_and_one_card_per_incident()
    {
        var items = new[]
        {
            Item(1, PartialDate.OfDay(2021, 7, 9)), Item(2, PartialDate.OfMonth(2021, 3), IncidentStatus.Denied),
            Item(3, PartialDate.OfYear(2021)), Item(4, PartialDate.Unknown, IncidentStatus.Planned),
        };
        var url = new IncidentListUrl("/borders/AFG-TKM", new IncidentFilter());

        var doc = await ComponentRenderer.RenderAsync<IncidentTimeline>(new() { ["Items"] = items, ["ListUrl"] = url, ["Swap"] = true });

        doc.QuerySelectorAll(".timeline-year-heading").Select(h => h.FirstChild!.TextContent.Trim()).ShouldBe(["2021", "Date unknown"]);
        doc.QuerySelectorAll(".timeline-year-heading .badge").Select(b => b.TextContent).ShouldBe(["3", "1"]);
        doc.QuerySelectorAll(".timeline-month-heading").Select(h => h.TextContent).ShouldBe(["July", "March", "Month not given"]);
        doc.QuerySelectorAll("article.incident-card").Select(a => a.Id).ShouldBe(["incident-1", "incident-2", "incident-3", "incident-4"]);
        var headingIds = doc.QuerySelectorAll(".timeline-year-heading").Select(h => h.Id).ToList();
        headingIds.Distinct().Count().ShouldBe(headingIds.Count);
        doc.QuerySelector("#incident-2 .badge.status-denied").ShouldNotBeNull();
        doc.QuerySelector("#incident-4 .badge.status-planned").ShouldNotBeNull();
        // An actor chip narrows the current list, through htmx and as a plain link.
        var chip = doc.QuerySelector("#incident-1 a.chip-state")!;
        chip.GetAttribute("href").ShouldBe("/borders/AFG-TKM?country=TKM");
        chip.GetAttribute("hx-get").ShouldBe("/borders/AFG-TKM?country=TKM");
        doc.QuerySelector("#incident-1 details blockquote")!.TextContent.ShouldBe("Excerpt 1");
    }
}
