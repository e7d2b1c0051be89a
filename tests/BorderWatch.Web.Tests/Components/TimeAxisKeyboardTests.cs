using BorderWatch.Core.Domain;
using BorderWatch.Web.Components.Shared;
using BorderWatch.Web.Dashboard;
using Bunit;
using Microsoft.AspNetCore.Components.Web;

namespace BorderWatch.Web.Tests.Components;

/// <summary>The time axis brushed from the keyboard (bUnit): focusable, labelled, a pending selection shown and announced, Enter applies, Escape clears.</summary>
public sealed class TimeAxisKeyboardTests
{
    private static readonly TimelineData Data = TimelineData.FromPoints([
        new(1, new(2014, 3, 5), new(2014, 3, 5), DatePrecision.Day, IncidentType.Statement, IncidentStatus.Reported, "x"),
        new(2, new(2019, 12, 1), new(2019, 12, 31), DatePrecision.Month, IncidentType.Statement, IncidentStatus.Reported, "y")],
        new(2014, 3, 5), new(2019, 12, 31), []);

    private static async Task Key(IRenderedComponent<TimeAxis> cut, string key, bool shift = false) =>
        await cut.Find("svg.time-axis").KeyDownAsync(new KeyboardEventArgs { Key = key, ShiftKey = shift });

    [Fact]
    public async Task Arrows_move_and_resize_a_pending_selection_that_enter_applies()
    {
        await using var ctx = DashboardBunit.Create();
        var ranges = new List<(DateOnly From, DateOnly To)?>();
        var cut = ctx.Render<TimeAxis>(p => p.Add(t => t.Data, Data).Add(t => t.OnRange, r => ranges.Add(r)));

        var svg = cut.Find("svg.time-axis");
        svg.GetAttribute("tabindex").ShouldBe("0");
        svg.GetAttribute("aria-describedby")!.Split(' ').ShouldBe(["time-axis-keys", "time-axis-status"]);
        cut.Find("#time-axis-keys").TextContent.ShouldContain("Enter applies");
        cut.FindAll("rect.brush").ShouldBeEmpty();

        await Key(cut, "ArrowRight");           // March 2014: the axis's first month
        await Key(cut, "ArrowRight");           // April 2014
        await Key(cut, "ArrowRight", shift: true);
        await Key(cut, "ArrowRight", shift: true);   // April to June 2014
        cut.Find("rect.brush.pending").ShouldNotBeNull();
        cut.Find("#time-axis-status").TextContent.ShouldBe("Selected April 2014 to June 2014: Enter shows its incidents, Escape clears it.");
        ranges.ShouldBeEmpty("nothing is applied before Enter");

        await Key(cut, "Enter");
        ranges.ShouldHaveSingleItem().ShouldBe((new DateOnly(2014, 4, 1), new DateOnly(2014, 6, 30)));
        cut.FindAll("rect.brush.pending").ShouldBeEmpty();
        cut.Find("#time-axis-status").TextContent.ShouldBeEmpty();
    }

    [Fact]
    public async Task Escape_clears_an_applied_range_and_other_keys_do_nothing()
    {
        await using var ctx = DashboardBunit.Create();
        var ranges = new List<(DateOnly From, DateOnly To)?>();
        var cut = ctx.Render<TimeAxis>(p => p.Add(t => t.Data, Data).Add(t => t.From, new DateOnly(2016, 1, 1)).Add(t => t.To, new DateOnly(2016, 12, 31))
            .Add(t => t.OnRange, r => ranges.Add(r)));

        await Key(cut, "Tab");
        await Key(cut, "a");
        ranges.ShouldBeEmpty();
        await Key(cut, "ArrowLeft");   // picks up the applied year
        cut.Find("#time-axis-status").TextContent.ShouldStartWith("Selected January 2016 to December 2016");
        await Key(cut, "Escape");
        ranges.ShouldHaveSingleItem().ShouldBeNull();
    }
}
