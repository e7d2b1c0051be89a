using BorderWatch.Core.Domain;
using BorderWatch.Web.Components.Shared;
using BorderWatch.Web.Dashboard;

namespace BorderWatch.Web.Tests.Components;

public sealed class BadgeAndChartTests
{
    [Theory]
    [InlineData(IncidentStatus.Reported, "Reported", "bi-check2")]
    [InlineData(IncidentStatus.Unconfirmed, "Unconfirmed", "bi-question-diamond")]
    [InlineData(IncidentStatus.Denied, "Denied", "bi-x-octagon")]
    [InlineData(IncidentStatus.Planned, "Planned", "bi-calendar-event")]
    public async Task Each_status_has_its_own_class_icon_and_words(IncidentStatus status, string label, string icon)
    {
        var doc = await ComponentRenderer.RenderAsync<StatusBadge>(new() { ["Status"] = status });

        var badge = doc.QuerySelector(".badge.status")!;
        badge.ClassList.ShouldContain($"status-{status.ToCode()}");
        badge.TextContent.Trim().ShouldBe(label);
        badge.QuerySelector($"i.{icon}[aria-hidden=true]").ShouldNotBeNull();
        badge.GetAttribute("title").ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task The_activity_chart_draws_one_bar_per_active_month_scaled_to_the_busiest()
    {
        var months = BorderActivity.Window((2021, 7), 6).Select((m, i) => new MonthCount(m.Year, m.Month, i switch { 1 => 2, 5 => 4, _ => 0 })).ToList();

        var doc = await ComponentRenderer.RenderAsync<ActivityChart>(new() { ["Months"] = months, ["Width"] = 60.0, ["Height"] = 40.0 });

        var bars = doc.QuerySelectorAll("rect.bar");
        bars.Length.ShouldBe(2);
        bars.Select(b => double.Parse(b.GetAttribute("height")!, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe([20, 40]);
        bars[1].QuerySelector("title")!.TextContent.ShouldBe("Jul 2021: 4");
        doc.QuerySelector("svg")!.GetAttribute("aria-label")!.ShouldContain("6 month-dated incidents from Feb 2021 to Jul 2021; busiest month Jul 2021 with 4");
    }

    [Fact]
    public void Chart_window_runs_over_year_ends()
    {
        BorderActivity.Window((2021, 2), 4).ShouldBe([(2020, 11), (2020, 12), (2021, 1), (2021, 2)]);
    }

    [Theory]
    [InlineData(0, 10, 0)]
    [InlineData(1, 10, 1)]
    [InlineData(3, 10, 2)]
    [InlineData(6, 10, 3)]
    [InlineData(10, 10, 4)]
    public void Map_colour_level_grows_with_the_share_of_the_busiest_border(int count, int max, int level) =>
        RegionMapView.Level(count, max).ShouldBe(level);
}
