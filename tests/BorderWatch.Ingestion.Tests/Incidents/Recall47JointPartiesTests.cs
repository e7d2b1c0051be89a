using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// recall47 (issue 8): a joint act told with no state of its own ("The first joint patrol is due on 9 December") is the
/// act of the parties the story named (<c>JointParties</c>, context.json jointWords). Sentences of our own, in no corpus.
/// </summary>
public class Recall47JointPartiesTests
{
    private const string Published = "2026-12-03";
    private const string Story = "Kyrgyz and Kazakh border commanders agreed on Tuesday to patrol the Chu river section together through the winter, the Kazakh department said. ";

    [Theory]
    [InlineData(Story + "The first joint patrol is due on 9 December.", "first joint patrol", "2026-12-09")]
    [InlineData(Story + "The first joint patrols are to start in January.", "first joint patrols", "2027-01")]
    public void A_joint_act_with_no_state_of_its_own_is_the_story_parties_planned_patrol(string text, string words, string date)
    {
        var found = Detect.All(text, Published);
        var patrol = Detect.Quoting(text, found, words).FirstOrDefault();
        patrol.ShouldNotBeNull(Detect.Describe(text, found));
        patrol.Type.ShouldBe(IncidentType.PatrolSurveillance, Detect.Describe(text, found));
        patrol.Status.ShouldBe(IncidentStatus.Planned, Detect.Describe(text, found));
        patrol.Date.ToString().ShouldBe(date, Detect.Describe(text, found));
        patrol.BorderCode.ShouldBe("KAZ-KGZ", Detect.Describe(text, found));
    }

    [Theory]
    // No story naming the parties: nobody to lend.
    [InlineData("The first joint patrol is due on 9 December.")]
    // A patrol with no joint word and no state: not the story's two sides.
    [InlineData("The first patrol is due on 9 December.")]
    public void Without_a_joint_word_and_a_story_there_are_no_parties(string text)
    {
        var found = Detect.All(text, Published);
        found.ShouldBeEmpty(Detect.Describe(text, found));
    }
}
