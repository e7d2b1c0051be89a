using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// para21 (issue 8): a verb of moving oneself crosses a frontier by a path coordinated with another ("along a ditch and
/// under the fence": the parser hangs the second path on the first), as by a path of its own. Sentences written for
/// these tests, in no corpus.
/// </summary>
public class CoordinatedPathTests
{
    [Fact]
    public void A_second_path_under_the_fence_is_a_crossing() =>
        Detect.RuleTypes("A Tajik shepherd rode a donkey along a dry canal and under the Uzbek border fence near Bekabad on Friday.")
            .ShouldBe([IncidentType.CrossBorderMovement]);

    [Fact]
    public void A_second_path_into_an_orchard_is_none() =>
        Detect.RuleTypes("A Tajik shepherd rode a donkey along a dry canal and into an orchard near Bekabad on Friday.")
            .ShouldNotContain(IncidentType.CrossBorderMovement);
}
