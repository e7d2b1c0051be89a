using BorderWatch.Core.Domain;
using BorderWatch.Core.Review;
using BorderWatch.Web.Components.Shared;
using BorderWatch.Web.Dashboard;
using Microsoft.AspNetCore.Components;

namespace BorderWatch.Web.Tests.Components;

/// <summary>
/// A prerendered time axis writes its dots as markup (TimeAxis.Static.cs, issue 11: store42); the circuit draws them
/// from the frames of TimeAxis.razor. Both, written by the same static HTML renderer, must be the same HTML to the byte
/// for dots of every kind: a day (a circle), a month and a year (bars), the selected one, a grouped event's reach, lanes
/// stacked where dots meet, and a summary the encoder must escape.
/// </summary>
public sealed class TimeAxisDotsMarkupTests
{
    private sealed class FramedAxis : TimeAxis
    {
        protected override bool StaticDots => false;
    }

    private static readonly IReadOnlyList<TimelinePoint> Points =
    [
        new(11, new(2031, 3, 4), new(2031, 3, 4), DatePrecision.Day, IncidentType.ArmedClash, IncidentStatus.Denied, "Guards & \"smugglers\" <clash> at Dusti · ford"),
        new(12, new(2031, 3, 5), new(2031, 3, 5), DatePrecision.Day, IncidentType.Deployment, IncidentStatus.Reported, "Troops move up", new EventReach(5, "Move", 3, 4, 2)),
        new(13, new(2031, 3, 1), new(2031, 3, 31), DatePrecision.Month, IncidentType.Exercise, IncidentStatus.Planned, "Drills planned"),
        new(14, new(2030, 1, 1), new(2030, 12, 31), DatePrecision.Year, IncidentType.Agreement, IncidentStatus.Unconfirmed, "A pact, they say"),
        new(15, new(2030, 6, 9), new(2030, 6, 9), DatePrecision.Day, IncidentType.Statement, IncidentStatus.Reported, "Вечерний Курган reports"),
    ];

    [Fact]
    public async Task Prerendered_dots_written_as_markup_are_the_html_the_dots_frames_write()
    {
        var data = TimelineData.FromPoints(Points, new DateOnly(2029, 11, 2), new DateOnly(2031, 4, 20), []);

        var markup = await RenderAsync<TimeAxis>(data, selected: 12);
        var framed = await RenderAsync<FramedAxis>(data, selected: 12);

        markup.ShouldContain("<circle class=\"dot selected\"");
        markup.ShouldContain("<rect class=\"dot range \"");
        markup.ShouldContain("(3 reports: 4 sources, 2 outlets)");
        markup.ShouldContain("&lt;clash&gt;");
        markup.ShouldBe(framed);
    }

    private static Task<string> RenderAsync<TAxis>(TimelineData data, int selected) where TAxis : IComponent =>
        StaticHtml.RenderAsync<TAxis>(new() { [nameof(TimeAxis.Data)] = data, [nameof(TimeAxis.Selected)] = selected });
}
