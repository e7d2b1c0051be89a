using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;
using BorderWatch.Web.Components.Shared;
using BorderWatch.Web.Dashboard;
using Microsoft.AspNetCore.Components;

namespace BorderWatch.Web.Tests.Components;

/// <summary>
/// A prerendered list writes its rows as markup (IncidentGrid.Static.cs, issue 11: store42); the circuit draws them from
/// the frames of IncidentGrid.razor. Both, written by the same static HTML renderer, must be the same HTML to the byte
/// (whitespace included), for rows holding what a row can hold: a review badge, highlighted words, a place and an
/// attribution, a grouped event's link, chips narrowing the list (one already active), chips linking to an actor's
/// page, no outlet, and text the encoder must escape.
/// </summary>
public sealed class GridRowsMarkupTests
{
    // The same grid, drawn from its rows' frames.
    private sealed class FramedGrid : IncidentGrid
    {
        protected override bool StaticRows => false;
    }

    private static readonly IReadOnlyList<IncidentListItem> Rows =
    [
        new()
        {
            Id = 7001, Type = IncidentType.ArmedClash, Date = PartialDate.OfDay(2031, 4, 9), Status = IncidentStatus.Unconfirmed,
            Summary = "Guards & \"smugglers\" clash near the ford at Dusti <again>", Confidence = 0.815, Location = "Dusti · ford",
            Attribution = "the district's police", OutletName = "Вечерний Курган", Review = ReviewState.Corrected, ReviewedBy = "ana",
            ReviewedAt = new DateTimeOffset(2031, 4, 10, 8, 0, 0, TimeSpan.Zero), Event = new EventReach(42, "Ford clash", 3, 4, 2),
            Actors =
            [
                new(1, ActorKind.State, "TJK", "Tajikistan", ActorRole.Initiator),
                new(2, ActorKind.ArmedGroup, "Smugglers' Ring", "Smugglers' Ring", ActorRole.Counterpart),
                new(2, ActorKind.ArmedGroup, "Smugglers' Ring", "Smugglers' Ring", ActorRole.Affected),
                new(3, ActorKind.Person, "R. Nazarov", "Rustam Nazarov + aide", ActorRole.Speaker),
            ],
        },
        new()
        {
            Id = 7002, Type = IncidentType.Agreement, Date = PartialDate.OfMonth(2030, 11), DateInferred = true, DateNote = "from the dateline",
            Status = IncidentStatus.Planned, Summary = "Two posts agree joint patrols", Confidence = 0.4, ArticleTitle = "Border talks resume",
            Event = new EventReach(null, null, 1, 1, 1),
            Actors = [new(4, ActorKind.Media, "Radio Ozodi", "Radio Ozodi", ActorRole.Speaker), new(1, ActorKind.State, "TJK", "Tajikistan", ActorRole.Participant)],
        },
        new() { Id = 7003, Type = IncidentType.Deployment, Date = PartialDate.OfYear(2029), Status = IncidentStatus.Reported, Summary = "Troops move up", Confidence = 1 },
    ];

    [Fact]
    public async Task Prerendered_rows_written_as_markup_are_the_html_the_rows_frames_write()
    {
        var page = new IncidentPage(Rows, Total: 3, Page: 1, PageSize: 50) { HighlightTerms = ["clash", "ford"] };
        var url = new IncidentListUrl("/borders/AFG-TJK", new IncidentFilter { Border = "AFG-TJK", Countries = ["TJK"], Text = "clash ford" });

        var markup = await RenderAsync<IncidentGrid>(page, url);
        var framed = await RenderAsync<FramedGrid>(page, url);

        // The cases are in the page (so the comparison below compares them).
        markup.ShouldContain("<mark class=\"hit\">clash</mark>");
        markup.ShouldContain("one of 3 reports: 4 sources, 2 outlets");
        markup.ShouldContain("mud-chip-filled");
        markup.ShouldContain("href=\"/actors/4\"");
        markup.ShouldContain("?q=clash%20ford");
        var at = Enumerable.Range(0, Math.Min(markup.Length, framed.Length)).FirstOrDefault(i => markup[i] != framed[i], Math.Min(markup.Length, framed.Length));
        markup.Length.ShouldBe(framed.Length, $"markup: …{Around(markup, at)}… frames: …{Around(framed, at)}…");
        at.ShouldBe(markup.Length, $"markup: …{Around(markup, at)}… frames: …{Around(framed, at)}…");
    }

    private static string Around(string s, int at) => s[Math.Max(0, at - 120)..Math.Min(s.Length, at + 120)];

    private static async Task<string> RenderAsync<TGrid>(IncidentPage page, IncidentListUrl url) where TGrid : IComponent
    {
        var html = await StaticHtml.RenderAsync<TGrid>(new()
        {
            [nameof(IncidentGrid.Results)] = page,
            [nameof(IncidentGrid.Url)] = url,
            [nameof(IncidentGrid.ShowBorder)] = false,
        });
        // MudChip's container id is a new GUID on every render.
        return System.Text.RegularExpressions.Regex.Replace(html, "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "GUID");
    }
}
