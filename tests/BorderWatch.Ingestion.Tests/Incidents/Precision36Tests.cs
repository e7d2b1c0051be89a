using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Extras of the dev corpora (precision36), on sentences of our own in no corpus: an explainer's section labels and its
/// points retelling the page's one clash from each side, a report of no casualties, what a place is like ("hard to
/// patrol"), a hearing's deliberation on a draft law and a decisions list in the imperative. Negatives: an account with a
/// place of its own or told beside two clashes, a vote on ratification, "Recall that ..." and a crossing told with
/// "easy" outside a to-infinitive stay records.
/// </summary>
public class Precision36Tests
{
    private const string Published = "2029-05-11";

    [Fact]
    public void An_explainers_points_retelling_its_one_clash_are_one_record()
    {
        const string text = "Zhibek Zholy firing: the essentials. What we know. Kazakh and Uzbek guards exchanged fire near Zhibek Zholy on " +
                            "Tuesday evening for about twenty minutes, both services said. Injuries. The Kazakh Border Service says two of its " +
                            "conscripts were wounded by ricochets. The Uzbek side has reported no casualties. Who fired first. The Uzbek border troops " +
                            "say their patrol was shot at first.";
        var found = Detect.All(text, Published);
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        found[0].Type.ShouldBe(IncidentType.ArmedClash);
    }

    [Theory]
    [InlineData("Reinforcements.")]
    [InlineData("Troop movements.")]
    [InlineData("Border crossings.")]
    public void A_section_label_is_no_record(string label)
    {
        var text = label + " Kazakhstan moved a motor rifle company to the Beineu post on 4 May, its defence ministry said.";
        var found = Detect.All(text, Published);
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        text[found[0].ExcerptStart..found[0].ExcerptEnd].ShouldStartWith("Kazakhstan moved");
    }

    [Fact]
    public void An_account_of_another_place_stays()
    {
        const string text = "Kazakh and Uzbek guards exchanged fire near Zhibek Zholy on Tuesday evening, both services said. The Uzbek " +
                            "border troops say their post near Saryagash was also shot at.";
        var found = Detect.All(text, Published);
        found.Count(i => i.Type == IncidentType.ArmedClash).ShouldBe(2, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("The Chuy runs shallow in August, which makes it a simple stream to cross.")]
    [InlineData("The ridge above Ak-Tatyr is hard to patrol in winter, a Kyrgyz officer said.")]
    [InlineData("It is difficult to smuggle fuel across the Murghab at this point.")]
    public void What_a_place_is_like_is_no_record(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldNotContain(i => i.Type != IncidentType.Statement, Detect.Describe(sentence, found));
    }

    [Fact]
    public void A_crossing_told_beside_an_easy_road_stays()
    {
        const string sentence = "Four Afghan men crossed the Murghab near Takhtabazar on 2 May, where the bank is easy, Turkmen guards said.";
        Detect.All(sentence, Published).ShouldContain(i => i.Type == IncidentType.CrossBorderMovement, Detect.Describe(sentence, Detect.All(sentence, Published)));
    }

    [Theory]
    [InlineData("The parliamentary commission reviewed the bill on joint patrols along the Caspian coast.")]
    [InlineData("Deputies considered the draft law on the deployment of border units to the Fergana valley.")]
    public void A_hearings_deliberation_on_a_draft_law_is_no_record(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldBeEmpty(Detect.Describe(sentence, found));
    }

    [Fact]
    public void A_vote_on_ratification_stays()
    {
        const string sentence = "The Mazhilis is to vote on 20 May on ratifying the agreement with Kyrgyzstan on the Karkara pastures.";
        var found = Detect.All(sentence, Published);
        found.ShouldNotBeEmpty(Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Request an update from the border troops on the Turkmen section by 1 June 2029.")]
    [InlineData("Ask the foreign ministry to brief the commission on the talks with Dushanbe.")]
    public void A_decision_in_the_imperative_is_no_record(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldBeEmpty(Detect.Describe(sentence, found));
    }

    [Fact]
    public void Recall_that_keeps_its_event()
    {
        const string sentence = "Recall that Kazakh and Chinese guards held a joint patrol near Khorgos on 3 May.";
        var found = Detect.All(sentence, Published);
        found.ShouldContain(i => i.Type == IncidentType.PatrolSurveillance, Detect.Describe(sentence, found));
    }
}
