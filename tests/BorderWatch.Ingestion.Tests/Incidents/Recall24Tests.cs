using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Recall on unseen text (recall24): an interview told in the first person whose only security words are a rank or a
/// unit; meetings named by a session, a round or a light verb ("sit down"); closures and restrictions of a crossing place
/// told as its state ("has been shut to lorries since midnight"); an event noun after a first-person light verb ("we held
/// an exercise") on the speaker's side. Texts of their own, in no corpus.
/// </summary>
public class Recall24Tests
{
    // Twelve sentences; the only words naming a security participant are the rank (twice: a long text needs a participant
    // in two sentences) and the unit of the InlineData.
    private static string Interview(string rank, string unit) =>
        "KARAKOL EVENING - Conversations\n\n" +
        $"{rank} Almaz Sydykbekov leads {unit} on the Kazakh section of the Tien Shan above Karkara. " +
        "Our reporter Aida Sultanova met him at his office on Friday. The text has been edited.\n\n" +
        $"Karakol Evening: {rank}, how did the year begin for you?\n\n" +
        "Sydykbekov: Quietly. The snow came early and the passes closed before the herders left.\n\n" +
        "Karakol Evening: Did you get anything new?\n\n" +
        "Sydykbekov: In January we received five tracked snow vehicles from Japan through its aid agency.\n\n" +
        "Karakol Evening: And your neighbours?\n\n" +
        "Sydykbekov: Last week I met my Kazakh counterpart from Kegen for a whole morning.\n\n" +
        "Karakol Evening: Thank you.";

    [Theory]
    [InlineData("Colonel", "the Kyrgyz border detachment")]
    [InlineData("Lieutenant", "a Kyrgyz mountain platoon")]
    [InlineData("Sergeant", "a Kyrgyz mountain battalion")]
    [InlineData("Commandant", "a Kyrgyz mountain regiment")]
    public void An_interview_whose_only_participant_is_named_by_rank_and_unit_is_read(string rank, string unit)
    {
        var text = Interview(rank, unit);
        var found = Detect.All(text, "2029-02-12");
        var transfer = Detect.Quoting(text, found, "five tracked snow vehicles").ShouldHaveSingleItem(Detect.Describe(text, found));
        transfer.Type.ShouldBe(IncidentType.ArmsTransfer);
        transfer.Countries().ShouldContain("KGZ");
        Detect.Quoting(text, found, "my Kazakh counterpart").ShouldHaveSingleItem().Type.ShouldBe(IncidentType.DiplomaticMeeting);
    }

    [Fact]
    public void The_same_interview_with_no_security_participant_is_not_a_border_story()
    {
        var text = Interview("Mr", "a Kyrgyz mountain school");
        Detect.All(text, "2029-02-12").ShouldBeEmpty();
    }

    [Fact]
    public void An_event_noun_after_a_first_person_light_verb_is_the_speakers_side()
    {
        const string text = "SOGDIANA WEEKLY - Interview\n\n" +
                            "Major Rustam Nazarov heads the Tajik border brigades on the section facing Kanibadam.\n\n" +
                            "Sogdiana Weekly: What about the spring?\n\n" +
                            "Nazarov: In March we held a staff exercise together with the Kyrgyz side on the reservoir.";
        var found = Detect.Quoting(text, "staff exercise", "2029-04-20");
        found.Type.ShouldBe(IncidentType.Exercise);
        found.Countries().ShouldContain("TJK");
    }

    [Fact]
    public void Commanding_a_unit_is_no_control_of_a_place()
    {
        const string text = "Major Ilyosov commands the Kyrgyz border unit that watches the Kara-Suu market and the canal bridge.";
        Detect.All(text, "2029-04-20").ShouldNotContain(i => i.Type == IncidentType.TerritorialControl);
    }

    [Theory]
    [InlineData("A session of the joint Kyrgyz-Uzbek demarcation commission was held in Osh on Tuesday.", IncidentStatus.Reported)]
    [InlineData("Kyrgyz and Uzbek deputy ministers held a round table on grazing rights in Osh on Tuesday.", IncidentStatus.Reported)]
    [InlineData("The Kyrgyz and Uzbek deputy ministers will sit down in Osh next Tuesday.", IncidentStatus.Planned)]
    [InlineData("The Kyrgyz and Uzbek deputy ministers sat down in Osh on Tuesday afternoon.", IncidentStatus.Reported)]
    [InlineData("Kyrgyz and Uzbek border chiefs spoke by video link on Tuesday.", IncidentStatus.Reported)]
    [InlineData("Kyrgyz and Uzbek border chiefs held a video call on Tuesday.", IncidentStatus.Reported)]
    public void A_meeting_is_named_by_a_session_a_round_table_a_video_link_or_sitting_down(string sentence, IncidentStatus status)
    {
        var found = Detect.One(sentence, "2029-05-10");
        found.Type.ShouldBe(IncidentType.DiplomaticMeeting);
        found.Status.ShouldBe(status);
    }

    [Theory]
    [InlineData("A further round is due in Osh in June.")]
    [InlineData("Another round is due in Osh in June.")]
    [InlineData("A new round is due in Osh in June.")]
    [InlineData("The next round is due in Osh in June.")]
    [InlineData("A further round is set for Osh in June.")]
    public void A_further_round_after_talks_is_a_planned_meeting(string sentence)
    {
        var text = "Kyrgyz and Uzbek deputy ministers held talks on the water timetable in Andijan on Tuesday. " + sentence;
        var round = Detect.Quoting(text, "round is", "2029-05-10");
        round.Type.ShouldBe(IncidentType.DiplomaticMeeting);
        round.Status.ShouldBe(IncidentStatus.Planned);
        round.Countries().ShouldContain("KGZ");
    }

    [Theory]
    [InlineData("A court hearing was held in Osh on Tuesday in the case of the stolen tractor.")]
    public void A_court_hearing_is_no_meeting(string sentence) =>
        Detect.All(sentence, "2029-05-10").ShouldNotContain(i => i.Type == IncidentType.DiplomaticMeeting);

    [Theory]
    [InlineData("The Guliston crossing on the Uzbek border has been shut to pedestrians since midnight.")]
    [InlineData("Since Sunday the road from Murghab to the Chinese border has been open only to lorries carrying a transit permit.")]
    [InlineData("The bridge to the Uzbek bank was closed to all traffic on Friday evening.")]
    [InlineData("The Guliston crossing on the Uzbek border has been shut to pedestrians since midnight, the customs service said.")]
    [InlineData("Since Friday evening the bridge at Khanabad on the Uzbek border has been closed to everything but fuel tankers, the district administration said.")]
    public void A_crossing_place_shut_or_open_only_to_some_is_a_closure(string sentence)
    {
        var found = Detect.One(sentence, "2029-05-10");
        found.Type.ShouldBe(IncidentType.PatrolSurveillance);
    }

    [Theory]
    [InlineData("The road from Murghab to the Chinese border is open again to all traffic.")]
    [InlineData("Uzbek officials said the Guliston crossing on the Uzbek border is open again to all traffic.")]
    [InlineData("Heavy snow has closed the road from Murghab to the Chinese border since Friday.")]
    [InlineData("In Soviet times the Chinese frontier beyond Murghab was closed, and few people remember it otherwise.")]
    public void A_crossing_place_open_again_shut_by_weather_or_closed_in_undated_background_is_no_closure(string sentence) =>
        Detect.All(sentence, "2029-05-10").ShouldNotContain(i => i.Type == IncidentType.PatrolSurveillance);
}
