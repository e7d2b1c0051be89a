using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Web.Components.Shared;
using BorderWatch.Web.Dashboard;
using Bunit;

namespace BorderWatch.Web.Tests.Components;

/// <summary>The shared components rendered by bUnit with MudBlazor's services.</summary>
public sealed class SharedComponentTests
{
    private static readonly IncidentListUrl List = new("/incidents", new IncidentFilter { Countries = ["TKM"], From = PartialDate.OfYear(2015), DateMatch = DateMatch.Within });

    [Fact]
    public async Task Status_badges_differ_in_word_and_style_and_denied_is_not_struck_through()
    {
        await using var ctx = DashboardBunit.Create();
        var classes = new List<string>();
        foreach (var status in Enum.GetValues<IncidentStatus>())
        {
            var cut = ctx.Render<StatusBadge>(p => p.Add(b => b.Status, status));
            var badge = cut.Find(".bw-badge");
            badge.TextContent.Trim().ShouldBe(status.ToString());
            classes.Add(badge.ClassList.Single(c => c.StartsWith("status-")));
            cut.Markup.ShouldNotContain("line-through");
            cut.FindAll("del, s").ShouldBeEmpty();
        }
        classes.Distinct().Count().ShouldBe(Enum.GetValues<IncidentStatus>().Length);
    }

    [Fact]
    public async Task Active_filter_chips_remove_one_filter_each_and_say_within()
    {
        await using var ctx = DashboardBunit.Create();
        ListStep? step = null;
        var cut = ctx.Render<ActiveFilters>(p => p.Add(a => a.Url, List).Add(a => a.OnNavigate, s => step = s));

        var labels = cut.FindAll(".filter-chip").Select(c => c.TextContent.Trim()).ToList();
        labels.ShouldContain("Country: TKM");
        labels.ShouldContain("From 2015");
        labels.ShouldContain("Dates within the range");
        cut.FindAll(".filter-chip").Single(c => c.TextContent.Contains("Country")).Click();
        step!.Url.ToString().ShouldBe("/incidents?from=2015&dates=within");
        step.Replace.ShouldBeFalse();
    }

    [Fact]
    public async Task Export_links_carry_the_filter_and_the_sort()
    {
        await using var ctx = DashboardBunit.Create();
        var cut = ctx.Render<ExportLinks>(p => p.Add(e => e.Filter, List.Filter with { WithoutBorder = true }).Add(e => e.Order, IncidentOrder.Oldest));

        var hrefs = cut.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        hrefs.ShouldContain("/api/export/incidents.csv?border=none&country=TKM&from=2015&dates=within&sort=oldest");
        hrefs.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Actor_chips_narrow_the_list_or_link_to_the_actor()
    {
        await using var ctx = DashboardBunit.Create();
        ActorRef[] actors = [new(7, ActorKind.Organization, "CSTO", "Collective Security Treaty Organization", ActorRole.Initiator),
            new(3, ActorKind.State, "TKM", "Turkmenistan", ActorRole.Initiator)];
        ListStep? step = null;
        var inList = ctx.Render<ActorChips>(p => p.Add(a => a.Actors, actors).Add(a => a.ListUrl, List).Add(a => a.OnNavigate, s => step = s));
        inList.FindAll(".mud-chip").First(c => c.TextContent.Contains("CSTO")).Click();
        step!.Url.ToString().ShouldBe("/incidents?country=TKM&org=CSTO&from=2015&dates=within");

        var alone = ctx.Render<ActorChips>(p => p.Add(a => a.Actors, actors));
        alone.FindAll("a").Select(a => a.GetAttribute("href")).ShouldBe(["/actors/7", "/actors/3"]);
    }

    [Fact]
    public async Task Excerpts_get_distinct_highlights_in_text_order_and_the_focused_one_is_marked()
    {
        await using var ctx = DashboardBunit.Create();
        const string text = "One. Two. Three.";
        HighlightedText.Highlight H(int id, int s, int e) => new(new MarkedSpan(id, s, e), $"/incidents/{id}", id.ToString(), null);
        var cut = ctx.Render<HighlightedText>(p => p.Add(h => h.Text, text).Add(h => h.Paragraphs, [(0, text.Length)])
            .Add(h => h.Spans, [H(20, 10, 16), H(10, 0, 4), H(30, 5, 9)]).Add(h => h.Focus, 30));

        var marks = cut.FindAll("mark.excerpt");
        marks.Select(m => m.ClassList.First(c => c.StartsWith("hl-"))).ShouldBe(["hl-0", "hl-1", "hl-2"]);
        marks.Single(m => m.ClassList.Contains("focus")).TextContent.ShouldBe("Two.");
        cut.FindAll("a.excerpt-ref").Select(a => a.GetAttribute("href")).ShouldBe(["/incidents/10", "/incidents/30", "/incidents/20"]);
    }

    [Fact]
    public async Task Time_axis_places_incidents_on_a_scaled_axis_and_brushing_reports_the_range()
    {
        await using var ctx = DashboardBunit.Create();
        ctx.JSInterop.Setup<double[]>("borderWatch.bounds", _ => true).SetResult([0, 1000]);
        TimelinePoint P(int id, DateOnly s, DateOnly e, DatePrecision p) => new(id, s, e, p, IncidentType.Statement, IncidentStatus.Reported, "x");
        var data = TimelineData.FromPoints([
            P(1, new(2014, 3, 5), new(2014, 3, 5), DatePrecision.Day),
            P(2, new(2016, 1, 1), new(2016, 12, 31), DatePrecision.Year),
            P(3, new(2019, 12, 1), new(2019, 12, 31), DatePrecision.Month)], new(2014, 3, 5), new(2019, 12, 31), []);
        (DateOnly, DateOnly)? range = null;
        var cut = ctx.Render<TimeAxis>(p => p.Add(t => t.Data, data).Add(t => t.OnRange, r => range = r));

        // years on the axis, a year-dated incident drawn as a bar as wide as the year
        cut.FindAll(".tick-label").Select(t => t.TextContent).ShouldContain("2016");
        var dot = cut.Find("circle[data-incident='1']");
        var bar = cut.Find("rect[data-incident='2']");
        double.Parse(bar.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(100);
        double.Parse(dot.GetAttribute("cx")!, System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBeLessThan(double.Parse(bar.GetAttribute("x")!, System.Globalization.CultureInfo.InvariantCulture));
        cut.Markup.ShouldContain("1 event dated only to a year");

        // the svg spans screen x 0–1000: a click is no range, a drag from 500 to 900 is
        var svg = cut.Find("svg.time-axis");
        await svg.PointerDownAsync(new Microsoft.AspNetCore.Components.Web.PointerEventArgs { Button = 0, ClientX = 500 });
        await cut.Find("svg.time-axis").PointerUpAsync(new Microsoft.AspNetCore.Components.Web.PointerEventArgs { ClientX = 501 });
        range.ShouldBeNull();
        svg = cut.Find("svg.time-axis");
        await svg.PointerDownAsync(new Microsoft.AspNetCore.Components.Web.PointerEventArgs { Button = 0, ClientX = 500 });
        svg = cut.Find("svg.time-axis");
        await svg.PointerMoveAsync(new Microsoft.AspNetCore.Components.Web.PointerEventArgs { ClientX = 900 });
        cut.Find("rect.brush").ShouldNotBeNull();
        await cut.Find("svg.time-axis").PointerUpAsync(new Microsoft.AspNetCore.Components.Web.PointerEventArgs { ClientX = 900 });
        range.ShouldNotBeNull();
        range!.Value.Item1.ShouldBeLessThan(range.Value.Item2);
        range.Value.Item1.Year.ShouldBeInRange(2016, 2017);
        range.Value.Item2.Year.ShouldBeInRange(2018, 2019);
    }

    [Fact]
    public async Task Search_hits_are_marked_as_whole_words_or_by_prefix()
    {
        await using var ctx = DashboardBunit.Create();
        var cut = ctx.Render<HitText>(p => p.Add(h => h.Text, "Taliban fighters crossed the Amu Darya near Kerki; the Talibs said").Add(h => h.Terms, ["amu darya", "talib*", "kerk"]));

        cut.FindAll("mark.hit").Select(m => m.TextContent).ShouldBe(["Taliban", "Amu Darya", "Talibs"]);
        cut.Markup.ShouldContain("Kerki");
    }
}
