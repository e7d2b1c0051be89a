using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// A clause with no party of its own told by someone the document named (news20): an answer in the first person in a
/// speaker's turn takes the state the speaker was introduced with; "..., it added." goes on with the report just told.
/// Texts of their own, in no corpus.
/// </summary>
public class SpeakerPartyTests
{
    private const string Studio =
        "Border talk on Radio Vakhsh\n\n" +
        "HOST: Tonight we talk about the border. With me is Colonel Davron Qodirzoda, deputy commander of the border troops of Tajikistan, and " +
        "Marat Ismailov, a farmer from Isfara.\n\n" +
        "HOST: Colonel, what changes on the canal this spring?\n\n";

    [Fact]
    public void A_first_person_answer_in_a_speakers_turn_is_the_speakers_side()
    {
        const string text = Studio + "QODIRZODA: From next month we will deploy a pontoon unit on the canal near the pumping station.";
        var found = Detect.Quoting(text, "pontoon unit", "2029-03-04");
        found.Type.ShouldBe(IncidentType.Deployment);
        found.Status.ShouldBe(IncidentStatus.Planned);
        found.Countries().ShouldContain("TJK");
    }

    [Fact]
    public void The_same_words_outside_a_speakers_turn_name_no_party()
    {
        const string text = "Notes from the canal\n\nSpring came early this year.\n\nFrom next month we will deploy a pontoon unit on the canal near the pumping station.";
        Detect.All(text, "2029-03-04").Any(i => text[i.ExcerptStart..i.ExcerptEnd].Contains("pontoon unit")).ShouldBeFalse(Detect.Describe(text, Detect.All(text, "2029-03-04")));
    }

    [Fact]
    public void What_the_speaker_only_asks_for_is_no_incident_of_the_speakers_side()
    {
        const string text = Studio + "QODIRZODA: I ask listeners to call us when they see strangers near the pumping station.";
        Detect.All(text, "2029-03-04").Any(i => text[i.ExcerptStart..i.ExcerptEnd].Contains("strangers")).ShouldBeFalse(Detect.Describe(text, Detect.All(text, "2029-03-04")));
    }

    [Fact]
    public void A_report_continued_by_it_added_speaks_of_the_parties_just_named()
    {
        const string text = "Herders detained at Ak-Sai\n\n" +
                            "Kyrgyz border guards detained two Tajik herders near Ak-Sai on Monday, the Kyrgyz Border Service said on Tuesday. " +
                            "Mixed night patrols along the irrigation ditch are to begin in August, it added.";
        var found = Detect.Quoting(text, "Mixed night patrols", "2029-06-05");
        found.Type.ShouldBe(IncidentType.PatrolSurveillance);
        found.Status.ShouldBe(IncidentStatus.Planned);
        found.Countries().ShouldContain("KGZ");
    }

    [Fact]
    public void Without_the_pronoun_source_an_unnamed_plan_stays_out()
    {
        const string text = "Herders detained at Ak-Sai\n\n" +
                            "Kyrgyz border guards detained two Tajik herders near Ak-Sai on Monday, the Kyrgyz Border Service said on Tuesday.\n\n" +
                            "A village fair opened in the square.\n\n" +
                            "Mixed night patrols along the irrigation ditch are to begin in August.";
        Detect.All(text, "2029-06-05").Any(i => text[i.ExcerptStart..i.ExcerptEnd].Contains("Mixed night patrols")).ShouldBeFalse(Detect.Describe(text, Detect.All(text, "2029-06-05")));
    }

    [Fact]
    public void A_first_person_answer_naming_another_party_adds_the_speakers_state()
    {
        const string text = Studio + "QODIRZODA: On Monday our guards patrolled the canal together with Kyrgyz guards near the pumping station.";
        var found = Detect.Quoting(text, "patrolled the canal", "2029-03-04");
        found.Countries().ShouldBe(["KGZ", "TJK"]);
    }

    [Fact]
    public void A_place_in_the_speakers_introduction_stands_for_its_state()
    {
        const string text = "Border talk on Radio Vakhsh\n\n" +
                            "HOST: With me is Colonel Davron Qodirzoda, deputy commander of the Sughd regional border department.\n\n" +
                            "HOST: Colonel, what changes on the canal this spring?\n\n" +
                            "QODIRZODA: From next month we will deploy a pontoon unit on the canal near the pumping station.";
        Detect.Quoting(text, "pontoon unit", "2029-03-04").Countries().ShouldBe(["TJK"]);
    }

    [Theory]
    [InlineData("QODIRZODA: Last week I met my counterpart from the Kyrgyz detachment at the pass, and we agreed to warn each other about rockfalls.")]
    public void What_we_or_they_agree_to_do_after_a_meeting_is_its_outcome(string answer)
    {
        var text = Studio + answer;
        var found = Detect.All(text, "2029-03-04").Where(i => i.ExcerptEnd > text.Length - answer.Length).ToList();
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        found[0].Type.ShouldBe(IncidentType.DiplomaticMeeting);
    }
}
