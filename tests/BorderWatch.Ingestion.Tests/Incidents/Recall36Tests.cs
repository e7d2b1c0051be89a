using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Records that gave nothing (recall36): first-person accounts in an interview whose speaker is introduced by a title a
/// state qualifies ("a retired Uzbek border major") or by a page head naming one state's places ("Interview by our Termez
/// correspondent"); an exercise planned by a force of the story. Sentences of our own, in no corpus.
/// </summary>
public class Recall36Tests
{
    private const string Published = "2026-12-02";

    private const string QualifiedHead =
        "Veteran remembers the frontier\n\nNukus, 30 November 2026. We spoke to a retired Uzbek border major about his years with the border troops on the river.\n\nQuestion: What do you remember first?\n\n";

    private const string PlacedHead =
        "\"Memories of the river\": a retired border major on thirty years of service\n\nNukus, Monday 30 November 2026. Interview by our Termez correspondent.\n\nThe major, who left the border troops in 2019, asked that only his rank be used.\n\nQuestion: What do you remember first?\n\n";

    [Theory]
    [InlineData(QualifiedHead)]
    [InlineData(PlacedHead)]
    public void My_men_fought_is_the_speakers_side_in_a_clash(string head)
    {
        var text = head + "Major: The cold. And the drug runners. In the winter of 2011 my men fought a gang of them for two hours; three were caught.";
        var found = Detect.All(text, Published);
        found.ShouldContain(i => i.Type == IncidentType.ArmedClash && i.Countries().Contains("UZB"), Detect.Describe(text, found));
    }

    // Negatives: a speaker whose title no state qualifies and whose head names none gives the clash no side of its own;
    // a state before the title but of another phrase ("the Tajik side and a major") is not the speaker's.
    [Fact]
    public void A_head_naming_no_state_gives_the_speaker_none()
    {
        var text = "Memories: a retired officer on thirty years of service\n\n30 November 2026. Our correspondent spoke to him about his years with the border troops.\n\nQuestion: What do you remember first?\n\nOfficer: The cold. And the drug runners. In the winter of 2011 my men fought a gang of them for two hours; three were caught.";
        var found = Detect.All(text, Published);
        found.ShouldNotContain(i => i.Type == IncidentType.ArmedClash && i.Countries().Count > 0, Detect.Describe(text, found));
    }

    [Fact]
    public void A_force_of_the_story_plans_an_exercise()
    {
        const string text = "Kazakh and Uzbek border guards met at the Zhibek Zholy crossing on Tuesday.\n\nA reserve battalion of the regional defence department plans a winter exercise near the reservoir from 8 to 11 January, the akimat said.";
        var found = Detect.All(text, Published);
        Detect.Quoting(text, found, "plans a winter exercise").ShouldContain(i => i.Type == IncidentType.Exercise, Detect.Describe(text, found));
    }
}
