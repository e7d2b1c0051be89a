using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Incidents.TypeModel;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// model31: two constructions the committed type model used to cover and the rules did not: fortification works by a
/// force (a verb of the build class with a fortification as its theme: syntax.json themeRules "agents") and checks made
/// stricter on a border's traffic (syntax.json intensifiedChecks). Read by the rules alone (the type model off), so the
/// rows fail without the rules. Sentences written for these tests, in no corpus.
/// </summary>
public class Model31Tests
{
    private static readonly Lazy<IncidentDetector> Rules = new(() => TypeModelServices.Detector(TypeModelOptions.Off));

    private static List<IncidentType> Types(string sentence) =>
        Rules.Value.Detect(AnalysisInput.FromText(sentence)).OrderBy(i => i.ExcerptStart).Select(i => i.Type).ToList();

    [Theory]
    [InlineData("Kyrgyz border troops erected two watchtowers opposite the Sokh enclave this week.")]
    [InlineData("Uzbek soldiers laid mines along the riverbank on Tuesday.")]
    [InlineData("Chinese troops have built concrete bunkers on the hills above the Karasu pass.")]
    [InlineData("A new barbed-wire fence was put up along the Kazakh side of the frontier in May.")]
    [InlineData("Kazakhstan has raised a second fence along the river opposite Khorgos.")]
    public void Fortification_works_are_a_deployment(string sentence) =>
        Types(sentence).ShouldBe([IncidentType.Deployment], string.Join(", ", Types(sentence)));

    [Theory]
    // Neither a fortification nor a force: a school, a well, a ditch for a field, a herder's fence.
    [InlineData("The Tajik government built a new school in Vorukh last year.")]
    [InlineData("Villagers dug a well beside the mosque in Chorku on Sunday.")]
    [InlineData("Farmers dug a trench to drain the flooded field near the village.")]
    [InlineData("Kyrgyz herders put up a fence around their summer pasture near the lake.")]
    public void Building_that_is_no_fortification_by_a_force_is_no_deployment(string sentence) =>
        Types(sentence).ShouldNotContain(IncidentType.Deployment, string.Join(", ", Types(sentence)));

    [Theory]
    [InlineData("Uzbek customs officers tightened controls on freight trains at the Galaba station this week.")]
    [InlineData("Checks on buses entering from Tajikistan were stepped up at the Oybek crossing on Friday.")]
    [InlineData("Turkmen guards intensified searches of travellers at the Farap checkpoint.")]
    [InlineData("Kyrgyz police have toughened checks on cars coming from Batken.")]
    public void Checks_made_stricter_on_a_borders_traffic_are_a_patrol(string sentence) =>
        Types(sentence).ShouldBe([IncidentType.PatrolSurveillance], string.Join(", ", Types(sentence)));

    [Theory]
    // Checks on money: nothing of a border, no force.
    [InlineData("The finance ministry stepped up checks on the budget of the regional councils.")]
    [InlineData("The central bank tightened controls on foreign currency in October.")]
    public void Checks_on_no_border_traffic_are_no_patrol(string sentence) =>
        Types(sentence).ShouldNotContain(IncidentType.PatrolSurveillance, string.Join(", ", Types(sentence)));
}
