using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Incidents.TypeModel;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// para21 (issue 8): a verb of moving oneself crosses a frontier by a path coordinated with another ("along a ditch and
/// under the fence": the parser hangs the second path on the first), as by a path of its own. Sentences written for
/// these tests, in no corpus.
/// </summary>
public class CoordinatedPathTests
{
    private static readonly Lazy<IncidentDetector> Rules = new(() =>
        TypeModelServices.Detector(TypeModelOptions.Off, new TreebankSentenceParser(LanguageModels.LoadEmbedded())));

    private static List<IncidentType> RuleTypes(string sentence) => Rules.Value.Detect(AnalysisInput.FromText(sentence)).Select(i => i.Type).ToList();

    [Fact]
    public void A_second_path_under_the_fence_is_a_crossing() =>
        RuleTypes("A Tajik shepherd rode a donkey along a dry canal and under the Uzbek border fence near Bekabad on Friday.")
            .ShouldBe([IncidentType.CrossBorderMovement]);

    [Fact]
    public void A_second_path_into_an_orchard_is_none() =>
        RuleTypes("A Tajik shepherd rode a donkey along a dry canal and into an orchard near Bekabad on Friday.")
            .ShouldNotContain(IncidentType.CrossBorderMovement);
}
