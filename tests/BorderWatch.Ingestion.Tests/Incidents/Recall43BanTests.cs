using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// recall43 (issue 8): a ban told as a state or an order from a dated start ("have barred hunters from the strip since
/// 2 May", "fishing is prohibited at night from 1 June") is a patrol-surveillance record dated from its start, as
/// SCHEMA.md has a zone, river or road closed to people or vehicles (<c>SceneFrames.Ban</c>, scene-frames.json closures
/// banVerbs). Sentences of our own, in no corpus.
/// </summary>
public class Recall43BanTests
{
    private const string Published = "2026-11-20";

    [Theory]
    [InlineData("Since 2 November the Kyrgyz Border Service has barred hunters from the frontier strip above Karamyk.", "2026-11-02")]
    [InlineData("By decision of the Border Troops, fishing in the frontier zone along the Panj is prohibited after dark from 10 November until further notice.", "2026-11-10")]
    public void A_ban_from_a_dated_start_is_a_patrol_record(string text, string date)
    {
        var found = Detect.All(text, Published);
        var ban = found.FirstOrDefault(i => i.Type == IncidentType.PatrolSurveillance);
        ban.ShouldNotBeNull(Detect.Describe(text, found));
        ban.Date.ToString().ShouldBe(date, Detect.Describe(text, found));
    }

    [Theory]
    // No start: how the rule stands.
    [InlineData("Entry into the frontier zone along the Tajik border without a pass is prohibited.")]
    // A ban of a matter that is no border's, with a start.
    [InlineData("Since 1 November smoking has been prohibited in the offices of the Kazakh Ministry of Health.")]
    [InlineData("From 3 November the Uzbek Football Federation has barred two clubs from the cup.")]
    // A start, but nothing banned.
    [InlineData("Since 4 November the Border Service has posted new maps of the frontier zone at the district office.")]
    public void No_ban_from_a_start_in_the_border_zone_is_no_patrol_record(string text)
    {
        var found = Detect.All(text, Published);
        found.ShouldNotContain(i => i.Type == IncidentType.PatrolSurveillance, Detect.Describe(text, found));
    }
}
