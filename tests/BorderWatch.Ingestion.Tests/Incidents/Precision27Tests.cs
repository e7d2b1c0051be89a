using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Extras of the dev corpora (precision27): the writer's analysis ("The pattern ... is one of ...", "The greater danger
/// lies with ..."), the outlet's forecast ("We expect both capitals to keep ...") and the outlet asking for comment ("could
/// not reach the consulate for comment") are no events at the border. Texts of their own, in no corpus; the negatives are
/// real events in the same shapes.
/// </summary>
public class Precision27Tests
{
    [Theory]
    [InlineData("In the lakeside villages the pattern has shifted towards daytime smuggling and away from boats at night.")]
    [InlineData("For the coming winter the real risk comes from armed herders feuding over the high pastures.")]
    [InlineData("The likelihood is that militias on the far bank will try to cross the Panj again once the ice forms.")]
    [InlineData("The trend on the Kazakh side is towards more checks on lorries at every crossing and longer queues.")]
    public void The_writers_analysis_of_a_tendency_is_no_event(string sentence)
    {
        var found = Detect.All(sentence, "2029-03-12");
        found.ShouldBeEmpty(Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("We predict that the Kyrgyz side will station more drones at the lake before the thaw.")]
    [InlineData("We anticipate that Dushanbe will move more guards to the Panj before the winter.")]
    public void The_outlets_forecast_is_no_event(string sentence)
    {
        var found = Detect.All(sentence, "2029-03-12");
        found.ShouldBeEmpty(Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Our correspondent could not reach the Kyrgyz border service for comment.")]
    [InlineData("The Tajik consulate in Osh did not reply to a request for comment.")]
    [InlineData("Officials of the Uzbek border troops were not available for comment on Friday.")]
    public void Asking_a_party_for_comment_is_the_outlets_own_work(string sentence)
    {
        var found = Detect.All(sentence, "2029-03-12");
        found.ShouldBeEmpty(Detect.Describe(sentence, found));
    }

    [Theory]
    // An adverbial clause with a subject of its own tells its event, whatever the main clause judges.
    [InlineData("The risk of new fighting rose after Kyrgyz and Tajik guards exchanged fire near Vorukh on Monday.", IncidentType.ArmedClash)]
    // An analysis word that only modifies the subject.
    [InlineData("The danger zone near Isfara came under mortar fire on Tuesday, the Kyrgyz border service said.", IncidentType.ArmedClash)]
    // Another party's expectation is its plan, not the outlet's forecast.
    [InlineData("The Uzbek foreign ministry expects the two border commissions to meet in Andijan next week.", IncidentType.DiplomaticMeeting)]
    public void Events_in_the_same_shapes_are_still_found(string sentence, IncidentType type)
    {
        var found = Detect.All(sentence, "2029-03-12");
        found.ShouldContain(i => i.Type == type, Detect.Describe(sentence, found));
    }

    [Fact]
    public void An_interviewees_expectation_is_his_plan_not_the_outlets_forecast()
    {
        // The same words as the outlet's forecast give nothing; in an interviewee's turn they are his side's planned delivery.
        const string said = "We expect the Chinese side to deliver four thermal cameras to the Murghab post in May.";
        Detect.All(said, "2029-03-12").ShouldBeEmpty();
        var text = "QUESTION: What equipment is your post waiting for?\nCOLONEL SAFAROV: " + said;
        var found = Detect.All(text, "2029-03-12");
        found.ShouldContain(i => i.Type == IncidentType.ArmsTransfer, Detect.Describe(text, found));
    }

    [Fact]
    public void An_event_beside_a_comment_request_stays()
    {
        // The outlet's request alone gives nothing; the arrest told before it is kept, in a sentence of its own or the same one.
        const string request = "The Kazakh embassy in Bishkek did not answer a request for comment.";
        Detect.All(request, "2029-03-12").ShouldBeEmpty();
        const string arrest = "Kyrgyz police arrested three Kazakh traders who had crossed the Chu with stolen cattle at night";
        foreach (var text in new[] { arrest + ". " + request, arrest + ", and t" + request[1..] })
        {
            var found = Detect.All(text, "2029-03-12");
            found.Count.ShouldBe(1, Detect.Describe(text, found));
            found[0].Type.ShouldBe(IncidentType.CrossBorderMovement, Detect.Describe(text, found));
        }
    }
}
