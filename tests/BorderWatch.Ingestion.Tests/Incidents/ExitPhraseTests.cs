using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Incidents.TypeModel;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Exit phrases (triggers.json exitPhrases, para19): "left the", "withdrew from", "quit the" are an agreement when a bloc
/// or a treaty is left; leaving a place is a force withdrawn (a deployment) or nothing. Sentences written for these
/// tests (in no corpus); the rules alone, so the trained model's fill does not hide what the rule does.
/// </summary>
public class ExitPhraseTests
{
    private static readonly Lazy<IncidentDetector> Rules = new(() =>
        TypeModelServices.Detector(TypeModelOptions.Off, new TreebankSentenceParser(LanguageModels.LoadEmbedded())));

    private static List<IncidentType> Types(string sentence) => Rules.Value.Detect(AnalysisInput.FromText(sentence)).Select(i => i.Type).ToList();

    [Theory]
    [InlineData("A Kazakh motor-rifle battalion withdrew from the hills above Zhetysay on Thursday.")]
    [InlineData("Turkmen tanks left the district of Serhetabat on Sunday.")]
    public void A_force_leaving_a_place_is_withdrawn(string sentence) => Types(sentence).ShouldBe([IncidentType.Deployment]);

    [Theory]
    [InlineData("Tajikistan left the CSTO on Monday.")]
    [InlineData("Kyrgyzstan withdrew from the water treaty with Tajikistan on Friday.")]
    // A place word that modifies the thing left names no place.
    [InlineData("Turkmenistan quit the frontier trade accord with Iran on Wednesday.")]
    public void A_state_leaving_a_bloc_or_a_treaty_is_an_agreement(string sentence) => Types(sentence).ShouldBe([IncidentType.Agreement]);

    [Fact]
    public void People_leaving_a_place_make_no_agreement() =>
        Types("Two Uzbek diplomats left the village of Sokh on Monday.").ShouldNotContain(IncidentType.Agreement);
}
