using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// para21 (issue 8): the arrangement a sentence's state of things holds under (scene-frames.json arrangements: "under"
/// a noun with a relative clause whose subject or agent names a party, two states named) is an agreement, whatever the
/// verbs. Sentences written for these tests, in no corpus.
/// </summary>
public class ArrangementFrameTests
{
    [Fact]
    public void What_holds_under_a_swap_two_capitals_settled_is_an_agreement() =>
        Detect.RuleTypes("Under a swap that Bishkek and Dushanbe settled on Monday, forty hectares of hayfields near Vorukh go to Tajikistan and a stretch of road near Ak-Sai goes to Kyrgyzstan.")
            .ShouldBe([IncidentType.Agreement]);

    [Theory]
    [InlineData("Under a roof that the villagers repaired, Kyrgyz and Tajik traders sold apples at the Vorukh market on Sunday.")]
    [InlineData("Under a plan the Kazakh ministry drew up, herders near Zharkent graze their flocks in the hills.")]
    public void No_party_made_it_or_one_state_only_is_none(string sentence) =>
        Detect.RuleTypes(sentence).ShouldNotContain(IncidentType.Agreement);
}
