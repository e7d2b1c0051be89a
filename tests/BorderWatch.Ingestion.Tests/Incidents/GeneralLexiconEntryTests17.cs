using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Lexicon entries that the seventeenth fresh batch left matching exactly one corpus sentence once it was unsealed: each
/// is a general phrase, shown here on sentences of its own, written for this test and in no corpus (the guard in
/// <see cref="LexiconCoverageTests"/>).
/// </summary>
public class GeneralLexiconEntryTests17
{
    [Theory]
    [InlineData("On Monday the Uzbek border chief sat down with his Kazakh counterpart at Zhibek Zholy to go over the lorry queues.")]
    [InlineData("The Tajik deputy foreign minister will sit down with Kyrgyz envoys in Isfara on Thursday.")]
    public void Sitting_down_with_a_counterpart_is_a_meeting(string sentence)
    {
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldContain(i => i.Type == IncidentType.DiplomaticMeeting, Detect.Describe(sentence, found));
    }

    [Theory]
    [InlineData("Tashkent said on Friday that reports of Uzbek troops crossing into Kyrgyzstan near Kara-Suu were unfounded.")]
    [InlineData("The Kyrgyz border service called claims that its guards had fired on Tajik herders near Vorukh unfounded.")]
    public void A_claim_called_unfounded_is_denied(string sentence)
    {
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldContain(i => i.Status == IncidentStatus.Denied, Detect.Describe(sentence, found));
    }

    [Fact]
    public void What_talks_are_about_is_their_topic_not_an_event()
    {
        const string sentence = "Uzbek and Kyrgyz envoys opened talks about joint night patrols along the Shahrikhan canal on Tuesday.";
        var found = Detect.All(sentence, "2025-05-01");
        found.ShouldContain(i => i.Type == IncidentType.DiplomaticMeeting, Detect.Describe(sentence, found));
        found.ShouldNotContain(i => i.Type == IncidentType.PatrolSurveillance, Detect.Describe(sentence, found));
    }
}
