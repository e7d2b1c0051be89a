using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// A clause keeps what its verb governs: what the parties of a meeting agree that both sides will do is the meeting's
/// outcome, and a reply goes on through its participial adjunct ("telling reporters that ...") to the sentence's end.
/// </summary>
public class ClauseFragmentTests
{
    [Fact]
    public void What_a_meeting_agrees_that_both_sides_will_do_is_the_meetings_outcome()
    {
        const string text = "The Kyrgyz and Tajik district chiefs met near Vorukh on Friday and agreed that both sides would withdraw their patrols from the disputed field.";
        var found = Detect.One(text, "2026-05-04");
        found.Type.ShouldBe(IncidentType.DiplomaticMeeting, Detect.Describe(text, [found]));
        text[found.ExcerptStart..found.ExcerptEnd].ShouldEndWith("disputed field.");
    }

    [Fact]
    public void A_rejection_goes_on_through_what_the_speaker_told_reporters()
    {
        const string text = "A spokeswoman for Uzbekistan's border service, Dilnoza Karimova, dismissed that version on Sunday, telling journalists in Tashkent that no Uzbek guard had crossed the canal.";
        var found = Detect.One(text, "2026-05-04");
        found.Type.ShouldBe(IncidentType.Statement, Detect.Describe(text, [found]));
        text[found.ExcerptStart..found.ExcerptEnd].ShouldEndWith("crossed the canal.");
    }
}
