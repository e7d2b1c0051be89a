using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Review mends of review25: an act of any kind called joint on a border away from the hub involves both its sides
/// (<c>OneSidedParties.JointSides</c>); a legislature's sitting is no diplomatic meeting (triggers.json classNotEvents);
/// the widened meeting and plan entries of recall24
/// ("sit down", "is due") make no record of an ordinary sitting or cause. Sentences written for these tests, in no corpus.
/// </summary>
public class Review25Tests
{
    [Theory]
    [InlineData("Kazakh troops began a joint deployment along the Chu river section of the Kyrgyz border on Monday.", "KAZ", "KGZ")]
    [InlineData("Uzbek border troops carried out a joint operation on the Tajik border near Bekobod on Monday, detaining four smugglers.", "TJK", "UZB")]
    public void A_joint_act_of_any_kind_away_from_the_hub_involves_both_sides_of_its_border(string text, string a, string b)
    {
        var found = Detect.One(text, "2029-05-10");
        found.Countries().ShouldBe([a, b], Detect.Describe(text, [found]));
    }

    [Fact]
    public void A_joint_deployment_on_the_hub_s_border_leaves_the_hub_out()
    {
        const string text = "Tajik troops began a joint deployment with Russian units along the Afghan border near Panj on Monday.";
        var found = Detect.One(text, "2029-05-10");
        found.Countries().ShouldNotContain("AFG", Detect.Describe(text, [found]));
    }

    [Theory]
    [InlineData("Kyrgyz border guards reopened the Dostuk crossing to lorries on Monday. A session of the Kyrgyz parliament approved the budget on Tuesday.")]
    [InlineData("Kyrgyz and Tajik guards closed the Kulundu road on Monday. On Tuesday the mayor told a session of the district council that the road would reopen in spring.")]
    [InlineData("Tajik and Kyrgyz guards closed the Kulundu road on Monday. Traders at the market fear a new round of price rises.")]
    [InlineData("Kyrgyz border guards reopened the Dostuk crossing to lorries on Monday. At the gate the farmer sat down and waited for the customs officer.")]
    [InlineData("Tajik and Kyrgyz guards closed the Kulundu road on Monday. In the village the old farmer sat down beside the canal with his grandson.")]
    public void A_legislature_s_sitting_a_round_of_price_rises_or_a_farmer_sitting_down_is_no_meeting(string text)
    {
        var found = Detect.All(text, "2029-05-10");
        found.ShouldNotContain(i => i.Type == IncidentType.DiplomaticMeeting, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("Kyrgyz and Uzbek guards closed the Kara-Suu bridge on Monday. The delay at the crossing is due to the weather, officials said.")]
    [InlineData("Kyrgyz and Uzbek guards closed the Kara-Suu bridge on Monday. The queue at the Dostuk crossing is due to heavy snow on the pass.")]
    public void A_cause_told_with_is_due_to_is_no_plan(string text)
    {
        var found = Detect.All(text, "2029-05-10");
        found.ShouldNotContain(i => i.Status == IncidentStatus.Planned, Detect.Describe(text, found));
        found.ShouldNotContain(i => i.Type == IncidentType.DiplomaticMeeting, Detect.Describe(text, found));
    }

    [Fact]
    public void Private_people_heard_in_the_passive_tell_no_incident()
    {
        // The speaker of a passive report is its agent (syntax.json agentPrepositions): herders with no office.
        const string text = "Our correspondent was told by herders on the Kazakh side that the grass has been poor since August.";
        var found = Detect.All(text, "2029-05-10");
        found.ShouldBeEmpty(Detect.Describe(text, found));
    }
}
