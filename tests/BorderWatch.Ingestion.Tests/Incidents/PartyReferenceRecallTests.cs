using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// recall22: a clause that names no state but points back to the parties or the meeting just told ("the two regional
/// chiefs agreed a truce", "at the talks a memorandum was signed") speaks of them. Sentences of their own, in no corpus.
/// </summary>
public class PartyReferenceRecallTests
{
    private const string Shots =
        "Uzbek and Kazakh guards traded shots across the Kazakh-Uzbek border near a melon field on 3 May 2031.\n\n";

    [Fact]
    public void Chiefs_named_by_a_definite_reference_are_the_parties_told_before()
    {
        var text = Shots + "Late that evening the two regional chiefs agreed a truce along the canal.";
        var truce = Detect.Quoting(text, "regional chiefs", "2031-05-04");
        truce.BorderCode.ShouldBe("KAZ-UZB");
        truce.Countries().ShouldBe(["KAZ", "UZB"], ignoreOrder: true);
    }

    [Fact]
    public void What_was_signed_at_the_meeting_just_told_is_that_meetings_agreement()
    {
        var text = "Kazakh and Uzbek border commanders met at the Zhibek Zholy post on the Kazakh-Uzbek border on 3 May 2031.\n\n" +
                   "At the meeting a memorandum on joint night patrols was signed by both commanders.";
        var memorandum = Detect.Quoting(text, "memorandum", "2031-05-04");
        memorandum.Type.ShouldBe(IncidentType.Agreement);
        memorandum.BorderCode.ShouldBe("KAZ-UZB");
    }

    [Fact]
    public void During_the_talks_points_back_to_the_talks_just_told()
    {
        var text = "Kyrgyz and Tajik delegations held talks on the Kyrgyz-Tajik border in Isfara on 3 May 2031.\n\n" +
                   "During the talks a protocol on the Kok-Tash road was signed.";
        Detect.Quoting(text, "protocol on the Kok-Tash", "2031-05-04").BorderCode.ShouldBe("KGZ-TJK");
    }

    [Fact]
    public void A_passive_signing_with_nothing_told_before_has_no_parties_and_no_incident()
    {
        Detect.All("At the meeting a memorandum on joint night patrols was signed.", "2031-05-04").ShouldBeEmpty();
    }

    [Fact]
    public void A_witness_telling_of_his_detachment_speaks_of_the_side_told_before()
    {
        var text = Shots + "A sergeant who testified at the hearing said that after the shooting his company had tripled its night patrols along the canal.";
        var patrols = Detect.Quoting(text, "tripled its night patrols", "2031-05-20");
        patrols.Type.ShouldBe(IncidentType.PatrolSurveillance);
        patrols.BorderCode.ShouldBe("KAZ-UZB");
    }

    [Fact]
    public void Units_that_move_somewhere_are_a_deployment_even_without_an_object()
    {
        var text = Shots + "Next month two Kazakh army units will move from Shymkent to a new camp at Saryagash.";
        var move = Detect.Quoting(text, "army units will move", "2031-05-04");
        move.Type.ShouldBe(IncidentType.Deployment);
        move.Status.ShouldBe(IncidentStatus.Planned);
    }

    [Fact]
    public void Traders_who_move_to_a_town_are_no_deployment()
    {
        var text = Shots + "Next month two Kazakh melon traders will move from Shymkent to a new market at Saryagash.";
        Detect.Quoting(text, Detect.All(text, "2031-05-04"), "melon traders").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("During the meeting a memorandum on joint night patrols was signed.")]
    [InlineData("At the talks a memorandum on joint night patrols was signed.")]
    public void A_signing_set_in_the_meeting_just_told_is_its_agreement(string sentence)
    {
        var text = "Kazakh and Uzbek border commanders held talks at the Zhibek Zholy post on the Kazakh-Uzbek border on 3 May 2031.\n\n" + sentence;
        Detect.Quoting(text, "memorandum", "2031-05-04").BorderCode.ShouldBe("KAZ-UZB");
    }

    [Fact]
    public void A_saying_after_the_meeting_is_not_set_in_it()
    {
        var text = "Kazakh and Uzbek border commanders met at the Zhibek Zholy post on the Kazakh-Uzbek border on 3 May 2031.\n\n" +
                   "\"We want quiet nights,\" one participant said after the meeting.";
        Detect.Quoting(text, Detect.All(text, "2031-05-04"), "one participant said").ShouldBeEmpty();
    }
}
