using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Incidents.TypeModel;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// model32: what the retrained type model broke in the rules' tests, mended in general: the moves frame read a moving
/// subject that is no force and declined its own type (a deployment) for it, and the type model is not asked to give
/// that type back (TypeSecondOpinion.Decide); a year is no count of troops ("In March 2018 soldiers ...": the weak
/// trigger "# ... soldiers" read the year as a count, weak evidence the model overrode); digging trenches by a force is
/// a fortification work (the build class takes dig.v.2). Sentences written for these tests, in no corpus.
/// </summary>
public class Model32Tests
{
    private const string Shots = "Kyrgyz and Uzbek guards exchanged fire near the canal at Sokh on 3 May 2031.\n\n";

    private static readonly Lazy<IncidentDetector> Rules = new(() => TypeModelServices.Detector(TypeModelOptions.Off));

    private static List<IncidentType> RuleTypes(string text) =>
        Rules.Value.Detect(AnalysisInput.FromText(text)).OrderBy(i => i.ExcerptStart).Select(i => i.Type).ToList();

    private static IReadOnlyList<PhraseMatch> Counted(string sentence) =>
        new PhraseSet(["# ... soldiers", "# ... troops"]).Matches(NameNormalizer.Tokenize(sentence));

    [Theory]
    [InlineData("In June four Kyrgyz fruit sellers will move from Batken to a new cold store at Isfana.", "fruit sellers")]
    [InlineData("Two Uzbek bakers relocated from Sokh to a bigger shop in Rishtan last week.", "bakers")]
    public void Civilians_who_move_are_no_deployment_for_the_model(string sentence, string words)
    {
        var text = Shots + sentence;
        Detect.Quoting(text, Detect.All(text, "2031-05-05"), words).ShouldNotContain(i => i.Type == IncidentType.Deployment);
    }

    [Fact]
    public void Border_units_that_move_are_a_deployment()
    {
        var text = Shots + "Next week a Kyrgyz army unit is being shifted from Batken to the posts at Isfana.";
        Detect.Quoting(text, "army unit", "2031-05-05").Type.ShouldBe(IncidentType.Deployment);
    }

    [Theory]
    [InlineData("In June 2021 troops arrived at the post.")]
    [InlineData("By October 1999 soldiers were guarding the bridge.")]
    [InlineData("Since 2016 border troops have manned the pass.")]
    public void A_year_is_no_count_of_troops(string sentence) => Counted(sentence).ShouldBeEmpty();

    [Theory]
    [InlineData("Some 2,000 troops arrived at the post.")]
    [InlineData("About 1500 soldiers were guarding the bridge.")]
    [InlineData("Another 300 border troops have manned the pass.")]
    public void A_number_before_troops_is_their_count(string sentence) => Counted(sentence).ShouldNotBeEmpty();

    [Theory]
    [InlineData("Kyrgyz border guards have dug trenches beside the canal near Sokh.")]
    [InlineData("Uzbek soldiers were digging trenches beside the canal near Sokh, villagers said.")]
    [InlineData("In April 2020 Kyrgyz soldiers dug trenches beside the canal near Sokh.")]
    public void Trenches_dug_by_a_force_are_a_deployment(string sentence) => RuleTypes(sentence).ShouldContain(IncidentType.Deployment);

    [Theory]
    [InlineData("Kyrgyz farmers dug a ditch to drain the orchard near Batken.")]
    [InlineData("Uzbek volunteers dug a new well for the school in Sokh.")]
    public void Ditches_and_wells_dug_by_civilians_are_none(string sentence) => RuleTypes(sentence).ShouldBeEmpty();

    [Fact]
    public void A_year_before_unnamed_soldiers_leaves_the_type_to_the_predicate()
    {
        var text = Shots + "In October 2019 soldiers dug trenches beside the same canal.\n";
        Detect.Quoting(text, "October 2019", "2031-05-05").Type.ShouldBe(IncidentType.Deployment);
    }
}
