using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;
using BorderWatch.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace BorderWatch.Web.Tests.Components;

/// <summary>
/// A prerendered incident card is written as markup (IncidentCard.Static.cs, issue 11: store42); the circuit draws it
/// from the frames of IncidentCard.razor. Both, written by the same static HTML renderer, must be the same HTML to the
/// byte: with and without its border, a review badge, a grouped event, its source (outlet or article title), and text
/// the encoder must escape.
/// </summary>
public sealed class IncidentCardMarkupTests
{
    private sealed class FramedCard : IncidentCard
    {
        protected override bool StaticMarkup => false;
    }

    private static readonly IncidentListItem Full = new()
    {
        Id = 8101, Type = IncidentType.CrossBorderMovement, Date = PartialDate.OfDay(2031, 1, 2), DateNote = "from the dateline",
        Status = IncidentStatus.Denied, Summary = "Herders & \"flocks\" <cross> at the ford · twice", BorderCode = "XXA-XXB",
        ArticleTitle = "Вечерний Курган: the ford", Review = ReviewState.Confirmed, ReviewedBy = "ana",
        ReviewedAt = new DateTimeOffset(2031, 1, 3, 9, 0, 0, TimeSpan.Zero), Event = new EventReach(31, "Ford crossing", 4, 3, 2),
    };

    private static readonly IncidentListItem Plain = new()
    {
        Id = 8102, Type = IncidentType.Statement, Status = IncidentStatus.Reported, Summary = "A statement", OutletName = "Border Desk",
        Event = new EventReach(null, null, 1, 1, 1),
    };

    public static TheoryData<string, bool, bool> Cards => new()
    {
        { "full", true, true }, { "full", false, false }, { "full", true, false }, { "plain", true, true }, { "plain", false, true },
    };

    [Theory]
    [MemberData(nameof(Cards))]
    public async Task A_prerendered_card_written_as_markup_is_the_html_the_cards_frames_write(string which, bool border, bool source)
    {
        var item = which == "full" ? Full : Plain;
        var markup = await RenderAsync<IncidentCard>(item, border, source);
        var framed = await RenderAsync<FramedCard>(item, border, source);

        markup.ShouldContain(which == "full" ? "&lt;cross&gt;" : "A statement");
        markup.ShouldBe(framed, $"{which}, border {border}, source {source}");
    }

    private static Task<string> RenderAsync<TCard>(IncidentListItem item, bool border, bool source) where TCard : IComponent =>
        StaticHtml.RenderAsync<TCard>(new()
        {
            [nameof(IncidentCard.Item)] = item, [nameof(IncidentCard.ShowBorder)] = border, [nameof(IncidentCard.ShowSource)] = source,
        });
}
