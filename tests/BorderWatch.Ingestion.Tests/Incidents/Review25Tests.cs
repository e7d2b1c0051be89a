using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Review mends of review25: an act of any kind called joint on a border away from the hub involves both its sides
/// (<c>OneSidedParties.JointSides</c>). Sentences written for these tests, in no corpus.
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
        Detect.All(text, "2029-05-10").ShouldAllBe(i => !i.Countries().Contains("AFG"), Detect.Describe(text, Detect.All(text, "2029-05-10")));
    }
}
