using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Issue 8, third pass (kinds8, 3 December 2026): predicates that name their event without the trigger lists' words,
/// each on sentences written for these tests (in no corpus): training together, a mock attack,
/// a training centre that is a building, and a place named "X crossing" that is no crossing.
/// </summary>
public class PredicateLemmaRuleTests
{
    private const string Published = "2025-06-02";

    [Theory]
    [InlineData("Kazakh and Kyrgyz border guards trained together near Karakol on Tuesday.")]
    [InlineData("Chinese instructors trained Tajik sappers at a range outside Kulob in March.")]
    public void Training_is_an_exercise(string text) =>
        Detect.One(text, Published).Type.ShouldBe(IncidentType.Exercise);

    [Theory]
    // "the Gulbahor crossing" names a place where the search happens, not a crossing.
    [InlineData("Uzbek customs officers searched every bus at the Gulbahor crossing on Monday.")]
    [InlineData("Kazakh police searched all lorries leaving the Korday post on Friday.")]
    public void A_search_at_a_named_crossing_is_surveillance(string text) =>
        Detect.One(text, Published).Type.ShouldBe(IncidentType.PatrolSurveillance);

    [Fact]
    public void A_training_centre_is_a_building_not_an_exercise()
    {
        const string text = "Turkey has paid for a new training centre for Uzbek border guards in Termez.";
        Detect.All(text, Published).ShouldNotContain(i => i.Type == IncidentType.Exercise, Detect.Describe(text, Detect.All(text, Published)));
    }

    [Fact]
    public void A_mock_attack_is_an_exercise() =>
        Detect.One("Tajik special forces staged a mock raid on a hijacked airliner at Kulob airport on Thursday.", Published)
            .Type.ShouldBe(IncidentType.Exercise);
}
