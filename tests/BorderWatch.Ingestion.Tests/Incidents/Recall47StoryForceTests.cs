using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// recall47 (issue 8): a standing measure of the story's force told with no state, place or border of its own ("Since
/// Saturday the detachment has kept a checkpoint on ...", "Since late October the unit has also watched ...") is a
/// patrol-surveillance record with the states the story named (<c>SceneFrames.StoryForce</c>, scene-frames.json "standing"
/// storyDeterminers). Sentences of our own, in no corpus.
/// </summary>
public class Recall47StoryForceTests
{
    private const string Published = "2026-12-03";
    private const string Story = "Tajik guards stopped an Afghan trader near Shuroobod on Friday, the Kulob border detachment said. ";
    private const string UnitStory = "Uzbek guards stopped two Tajik herders near Sariosiyo on Friday, the district's border unit said. ";

    [Theory]
    [InlineData(Story + "Since Saturday the detachment has kept a checkpoint on the quarry's access road, it said.", "kept a checkpoint", "2026-11-28", "AFG-TJK")]
    [InlineData(UnitStory + "Since late October the unit has also watched the river bank from a new mast with a thermal camera, it said.", "watched the river bank", "2026-10", "TJK-UZB")]
    public void A_measure_of_the_story_force_since_a_day_is_a_patrol_of_the_story(string text, string words, string date, string border)
    {
        var found = Detect.All(text, Published);
        var standing = Detect.Quoting(text, found, words).FirstOrDefault();
        standing.ShouldNotBeNull(Detect.Describe(text, found));
        standing.Type.ShouldBe(IncidentType.PatrolSurveillance, Detect.Describe(text, found));
        standing.Date.ToString().ShouldBe(date, Detect.Describe(text, found));
        standing.BorderCode.ShouldBe(border, Detect.Describe(text, found));
    }

    [Theory]
    // No force: a shop's hours.
    [InlineData(Story + "Since May the shop has kept long hours.", "long hours")]
    // A force keeping nothing: silence is no measure.
    [InlineData(Story + "Since Monday the detachment has kept quiet about the trader, it said.", "kept quiet")]
    // A team that is no force, pointed back to or not.
    [InlineData(Story + "Since 1 November the football team has kept its place at the top of the league.", "its place")]
    // A habit with no start.
    [InlineData(Story + "The detachment keeps a checkpoint on the quarry's access road.", "access road")]
    public void Without_a_force_acting_from_a_dated_start_there_is_no_standing_patrol(string text, string words)
    {
        var found = Detect.All(text, Published);
        Detect.Quoting(text, found, words).ShouldNotContain(i => i.Type == IncidentType.PatrolSurveillance, Detect.Describe(text, found));
    }

    [Fact]
    public void With_no_story_naming_a_state_the_measure_has_no_parties_and_no_record()
    {
        const string text = "Since Saturday the detachment has kept a checkpoint on the quarry's access road, it said.";
        var found = Detect.All(text, Published);
        found.ShouldBeEmpty(Detect.Describe(text, found));
    }
}
