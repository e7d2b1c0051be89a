using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// model32: the moves frame read a moving subject that is no force and declined its own type (a deployment) for it;
/// the type model is not asked to give that type back (TypeSecondOpinion.Decide). With the retrained model
/// (model31/model32's candidate) "melon traders will move ... to a new market" became a deployment. Sentences written
/// for these tests, in no corpus.
/// </summary>
public class Model32Tests
{
    private const string Shots = "Kyrgyz and Uzbek guards exchanged fire near the canal at Sokh on 3 May 2031.\n\n";

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
}
