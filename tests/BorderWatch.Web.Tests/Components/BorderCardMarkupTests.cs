using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Web.Components.Shared;
using BorderWatch.Web.Dashboard;
using Microsoft.AspNetCore.Components;

namespace BorderWatch.Web.Tests.Components;

/// <summary>
/// A prerendered border card is written as markup (BorderCard.Static.cs, issue 11: store42); the circuit draws it from
/// the frames of BorderCard.razor. Both, written by the same static HTML renderer, must be the same HTML to the byte for
/// cards with a length with and without its article, none, no events, a latest incident or none, and names the encoder
/// must escape.
/// </summary>
public sealed class BorderCardMarkupTests
{
    private sealed class FramedCard : BorderCard
    {
        protected override bool StaticMarkup => false;
    }

    private static readonly IncidentListItem Latest = new()
    {
        Id = 9001, Type = IncidentType.ArmedClash, Date = PartialDate.OfMonth(2031, 2), DateInferred = true, Summary = "Shots & \"flares\" <near> the post · again",
    };

    public static TheoryData<string> Cards => new() { "one length, its article", "one length, no article", "no length, no latest", "no events" };

    private static BorderSummary Card(string which) => new()
    {
        Code = "XXA-XXB", Name = "Xland–Yland & Co", StateA = ("XXA", "Xland"), StateB = ("XXB", "Yland <north>"),
        Lengths = which switch
        {
            "one length, its article" => [new BorderLengthFigure(1357.4, "Field survey 'B'", 77)],
            "one length, no article" => [new BorderLengthFigure(12, "CIA World Factbook", null)],
            _ => [],
        },
        Total = which == "no events" ? 0 : 5, Reports = which == "no events" ? 0 : 7,
        ByType = which == "no events" ? [] : [(IncidentType.ArmedClash, 3), (IncidentType.CrossBorderMovement, 2)],
        Latest = which is "no length, no latest" or "no events" ? null : Latest,
    };

    [Theory]
    [MemberData(nameof(Cards))]
    public async Task A_prerendered_card_written_as_markup_is_the_html_the_cards_frames_write(string which)
    {
        var markup = await RenderAsync<BorderCard>(Card(which));
        var framed = await RenderAsync<FramedCard>(Card(which));

        markup.ShouldContain("Xland&#x2013;Yland &amp; Co");
        markup.ShouldBe(framed, which);
    }

    private static Task<string> RenderAsync<TCard>(BorderSummary border) where TCard : IComponent =>
        StaticHtml.RenderAsync<TCard>(new() { [nameof(BorderCard.Border)] = border });
}
