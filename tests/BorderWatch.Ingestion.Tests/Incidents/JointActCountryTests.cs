namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// An exercise or patrol called joint on a border away from the hub involves both its sides, whichever the sentence
/// names; a one-sided act keeps its own side. Sentences of our own, in no corpus.
/// </summary>
public class JointActCountryTests
{
    private const string Text = """
        Uzbek and Kazakh border commanders met at the Daut-Ata crossing on Monday to review the spring season.

        The two services will hold a joint search-and-rescue drill near the crossing in April 2027, the Uzbek border troops said.

        Uzbek guards also patrolled the road near Daut-Ata on Wednesday, facing the Kazakh side.
        """;

    [Fact]
    public void A_joint_drill_on_a_border_away_from_the_hub_carries_both_sides()
    {
        var drill = Detect.Quoting(Text, "joint search-and-rescue drill", "2027-03-10");
        drill.BorderCode.ShouldBe("KAZ-UZB");
        drill.Countries().ShouldBe(["KAZ", "UZB"]);
    }

    [Fact]
    public void A_one_sided_patrol_keeps_its_own_side()
    {
        var patrol = Detect.Quoting(Text, "patrolled the road", "2027-03-10");
        patrol.Countries().ShouldNotContain("KAZ");
    }

    [Fact]
    public void On_the_hubs_border_a_joint_drill_does_not_make_the_hub_a_partner()
    {
        const string text = "Tajik and Russian troops will hold a joint drill near the Afghan border in Khatlon in May, the Tajik defence ministry said.";
        Detect.Quoting(text, "joint drill", "2027-03-10").Countries().ShouldNotContain("AFG");
        // The far bank named after the act stays no party, joint or not.
        const string facing = "In May, Tajik and Chinese border units held a joint drill on the Panj near Ishkashim, facing the Afghan bank.";
        Detect.Quoting(facing, "joint drill", "2027-03-10").Countries().ShouldNotContain("AFG");
    }
}
