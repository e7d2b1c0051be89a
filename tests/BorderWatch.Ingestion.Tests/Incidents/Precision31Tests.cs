using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Extras of the dev corpora (precision31), on sentences of our own in no corpus: a line not yet settled told as a negated
/// passive of an agreement word, a closure for works on the place itself, the way home of the men of a clash told under a
/// report with "back" across the line, and a claim told beside its rejection in one sentence. Negatives: an agreement
/// reached, a closure with no works, a flight into another state and a rejected claim with a clause of its own stay.
/// </summary>
public class Precision31Tests
{
    private const string Published = "2029-03-12";

    private static string Excerpt(string text, BorderWatch.Ingestion.Pipeline.ExtractedIncident i) => text.Substring(i.ExcerptStart, i.ExcerptEnd - i.ExcerptStart);

    [Theory]
    // (Each gave an agreement record before the rule.)
    [InlineData("The Tajik-Uzbek frontier runs for some 1,300 km through the Fergana valley and the Zarafshan hills; roughly a fifth of it has not been fully agreed.")]
    [InlineData("Kazakhstan and Turkmenistan share about 400 kilometres of steppe frontier, and parts of it have still not been demarcated.")]
    [InlineData("About 200 km of the Kazakh-Uzbek line in the desert has still not been demarcated on the ground.")]
    [InlineData("Several pastures along the Kyrgyz-Chinese frontier near Irkeshtam have never been formally delimited.")]
    public void A_line_not_yet_agreed_is_no_agreement(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldNotContain(i => i.Type == IncidentType.Agreement, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("On Monday, 5 March, the Kyrgyz and Tajik delegations agreed on the last section of the border near Vorukh.")]
    [InlineData("The last section of the Kyrgyz-Tajik border near Vorukh was agreed by the two delegations in Batken on Monday, 5 March.")]
    public void An_agreement_reached_stays(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldContain(i => i.Type == IncidentType.Agreement, Detect.Describe(sentence, found));
    }

    [Theory]
    // (The first gave a planned closure before the rule.)
    [InlineData("The Termez-Kabul road bridge will be closed for maintenance on Thursday from 08:00 to 18:00, the regional administration said.")]
    [InlineData("The Tejen-Sarakhs highway section will be shut for roadworks on Friday between 10:00 and 16:00.")]
    public void A_closure_for_works_is_no_measure(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldBeEmpty(Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("The Dostuk crossing will be closed on Thursday from 08:00 to 18:00, the Uzbek border service said.")]
    [InlineData("Tajikistan closed the Guliston road crossing to lorries on Tuesday, the Kyrgyz transport ministry said.")]
    public void A_closure_with_no_works_stays(string sentence)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldContain(i => i.Type == IncidentType.PatrolSurveillance, Detect.Describe(sentence, found));
    }

    [Theory]
    // (It gave a deployment beside the rejection's statement before the rule.)
    [InlineData("Dushanbe on Wednesday dismissed as fiction Western press reports that Russian paratroopers are deployed at a new base on Tajik soil near Kulob.", "paratroopers")]
    public void A_claim_beside_its_rejection_is_one_denied_record(string sentence, string act)
    {
        var found = Detect.All(sentence, Published);
        found.Count.ShouldBe(1, Detect.Describe(sentence, found));
        // (status36: typed by the claimed act, no act of its type being on record; it was a denied statement before.)
        found[0].Type.ShouldBe(IncidentType.Deployment, Detect.Describe(sentence, found));
        found[0].Status.ShouldBe(IncidentStatus.Denied, Detect.Describe(sentence, found));
        Excerpt(sentence, found[0]).ShouldContain(act, Case.Sensitive, Detect.Describe(sentence, found));
    }

    [Theory]
    // A claim with a time of its own stays an act of its own; an act beside a rejected claim with a clause of its own stays.
    [InlineData("The Kyrgyz Border Service rejected reports that Tajik soldiers had fired on a post near Kok-Tash on Monday, 5 March.", IncidentType.ArmedClash)]
    [InlineData("Tajik guards detained four Afghan men near Panji Poyon on Monday, 5 March, and rejected claims that they had been beaten.", IncidentType.CrossBorderMovement)]
    public void A_dated_claim_or_another_act_stays(string sentence, IncidentType type)
    {
        var found = Detect.All(sentence, Published);
        found.ShouldContain(i => i.Type == type, Detect.Describe(sentence, found));
    }

    [Fact]
    public void Men_of_a_clash_going_back_across_the_water_under_a_report_are_that_clash()
    {
        const string text = "Tajik guards fired on armed men wading across the Panj near Shurobod on Sunday, 11 March, the border troops said. " +
                            "According to the troops, two of the men were hit and escaped back over the water.";
        var found = Detect.All(text, Published);
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        found[0].Type.ShouldBe(IncidentType.ArmedClash, Detect.Describe(text, found));
    }

    [Fact]
    public void A_flight_into_another_state_after_a_clash_stays_a_crossing()
    {
        const string text = "Tajik guards fired on armed men wading across the Panj near Shurobod on Sunday, 11 March, the border troops said. " +
                            "According to the troops, two of the men swam across the river into Afghanistan after the shooting.";
        var found = Detect.All(text, Published);
        found.ShouldContain(i => i.Type == IncidentType.CrossBorderMovement, Detect.Describe(text, found));
    }
}
