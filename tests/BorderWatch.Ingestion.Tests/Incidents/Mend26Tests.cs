using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Mends of meet26 and type26 after a read-only review (mend26): a warning turns a modal into the danger only when it
/// governs the modal; the outlet's own report is its own item, not another party's; time spent together is a meeting only
/// between two sides' officials; a denier's own version is not the claim it denies. Texts of their own, in no corpus
/// (the reviewer's sentences first).
/// </summary>
public class Mend26Tests
{
    [Fact]
    public void Warning_shots_leave_the_reported_modal_unconfirmed()
    {
        // The reviewer's sentence: the firing outranks the crossing; the report of what "may have" happened stays unconfirmed.
        var sentence = "Tajik guards fired warning shots at men who may have crossed the Panj near Khorog, the border service said.";
        var found = Detect.All(sentence, "2029-03-12");
        found.ShouldNotBeEmpty();
        found.ShouldAllBe(i => i.Status == IncidentStatus.Unconfirmed, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Uzbek guards fired warning flares at a boat that may have crossed the Amu Darya near Termez, officials said on Tuesday.")]
    [InlineData("Herders may have crossed the Chu river into Kazakhstan near Tokmok, the Kyrgyz border service said, warning villagers to stay indoors.")]
    public void A_warning_that_does_not_govern_the_modal_leaves_an_uncertain_crossing(string sentence)
    {
        var found = Detect.All(sentence, "2029-03-12");
        found.ShouldContain(i => i.Type == IncidentType.CrossBorderMovement && i.Status == IncidentStatus.Unconfirmed, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("The Uzbek border service issued a warning that smugglers could cross the Amu Darya near Termez once the water falls.")]
    [InlineData("Tajik officials warned villagers on Sunday that armed men might slip across the Panj near Ishkashim after dark.")]
    public void A_warning_that_governs_the_modal_is_the_danger(string sentence) =>
        Detect.All(sentence, "2029-03-12").ShouldNotContain(i => i.Type == IncidentType.CrossBorderMovement);

    [Theory]
    [InlineData("An earlier UN report said Taliban fighters had crossed into Tajikistan in March.")]
    [InlineData("A previous OSCE bulletin said Uzbek soldiers had crossed into Kyrgyzstan near Ala-Buka in April.")]
    [InlineData("The ministry's bulletin was updated on Tuesday to say that Tajik guards had crossed into Kyrgyzstan near Kok-Tash.")]
    public void Another_partys_report_is_no_retelling_of_the_outlets_own(string sentence) =>
        Detect.All(sentence, "2029-03-12").ShouldNotBeEmpty();

    [Theory]
    [InlineData("\u201cWe are monitoring reports of fighters massing on the Afghan side,\u201d the Tajik defence minister told parliament.")]
    [InlineData("\u201cWe are following reports that Afghan gunmen crossed the Panj near Shuroobod,\u201d the Tajik border commander told reporters on Sunday.")]
    public void A_speakers_we_is_not_the_outlet(string sentence)
    {
        var found = Detect.All(sentence, "2029-03-12");
        found.ShouldNotBeEmpty(Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Two Kyrgyz officers spent the night in a Tajik hospital after their car overturned near Isfara.")]
    [InlineData("We spent a day with Kyrgyz border officers on the Tajik frontier.")]
    [InlineData("Two Kazakh customs officers spent a week at the Khorgos post after the Chinese side closed the gate.")]
    public void Time_spent_by_one_side_is_no_meeting(string sentence) =>
        Detect.All(sentence, "2029-03-12").ShouldNotContain(i => i.Type == IncidentType.DiplomaticMeeting || i.Type == IncidentType.Agreement);

    [Fact]
    public void Officials_of_two_named_places_spending_time_together_meet() =>
        Detect.All("The Batken district akim and a deputy khokim of Sughd region spent two hours in a yurt at the Kayragach post on Thursday.", "2029-03-12")
            .ShouldContain(i => i.Type == IncidentType.DiplomaticMeeting);

    [Theory]
    [InlineData("Bishkek denied the Tajik account; its guards had fired only into the air, the Kyrgyz border service said.")]
    [InlineData("Tashkent rejected the Kyrgyz version; its soldiers had shot only at the tyres of a smugglers' van, the Uzbek defence ministry said.")]
    public void The_deniers_own_version_is_not_the_denied_claim(string sentence)
    {
        var found = Detect.All(sentence, "2029-03-12");
        found.ShouldNotContain(i => i.Type == IncidentType.ArmedClash && i.Status == IncidentStatus.Denied, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Local media say Tajik troops seized a hill near Vorukh, but the Tajik border service denies it.")]
    [InlineData("Kabul denies any shooting near Imam Sahib, but our sources in Kunduz describe a firefight between Afghan and Tajik guards at dawn.")]
    public void Another_partys_claim_after_a_denial_stays_denied(string sentence)
    {
        var found = Detect.All(sentence, "2029-03-12");
        found.ShouldContain(i => i.Type != IncidentType.Statement && i.Status == IncidentStatus.Denied, Detect.Describe(sentence, found));
    }
}
