using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// model37: a force turning back or stopping vehicles checks traffic at the line (syntax.json themeRules, a rule with its
/// own verbs): a patrol, not a deployment of the vehicles. Own sentences, in no corpus.
/// </summary>
public class Model37Tests
{
    [Theory]
    [InlineData("Kazakh border troops halted a column of eleven Chinese trucks outside Khorgos before dawn on Saturday.")]
    [InlineData("Uzbek soldiers turned back six Tajik lorries at the Oybek crossing last Thursday.")]
    public void A_force_turning_back_or_stopping_vehicles_is_a_patrol(string sentence) =>
        Detect.RuleTypes(sentence).ShouldContain(IncidentType.PatrolSurveillance, sentence);

    [Theory]
    [InlineData("Kazakh border troops halted a column of eleven Chinese trucks outside Khorgos before dawn on Saturday.")]
    public void Vehicles_turned_back_are_no_deployment(string sentence) =>
        Detect.RuleTypes(sentence).ShouldNotContain(IncidentType.Deployment, sentence);

    [Theory]
    [InlineData("The farmers stopped their tractors at the edge of the orchard near Isfara.")]
    [InlineData("The drivers turned back their lorries at the flooded ford near Termez.")]
    public void Others_stopping_their_own_vehicles_make_no_patrol(string sentence) =>
        Detect.RuleTypes(sentence).ShouldNotContain(IncidentType.PatrolSurveillance, sentence);
}
