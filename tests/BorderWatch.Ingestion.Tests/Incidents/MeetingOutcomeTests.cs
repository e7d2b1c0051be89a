using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// One rule for an agreement told with its meeting (MeetingOutcome): what the parties agree to do is the meeting's
/// outcome, one record; a document signed is an agreement of its own, a second record, whether the signing is
/// coordinated with the meeting or told in a clause on it.
/// </summary>
public class MeetingOutcomeTests
{
    private const string Published = "2026-06-12";

    [Theory]
    [InlineData("The Kazakh and Uzbek governors met in Saryagash on Tuesday and agreed that both sides would clear the canal by July.")]
    [InlineData("The Tajik and Kyrgyz district chiefs met at the Kayragach bridge on Monday and agreed to share their patrol schedules.")]
    [InlineData("The two border commanders held a meeting in Khorog on Monday, during which they agreed to share their patrol schedules.")]
    public void What_the_parties_agree_to_do_is_the_meetings_outcome(string text)
    {
        var found = Detect.All(text, Published);
        found.Select(i => i.Type).ShouldBe([IncidentType.DiplomaticMeeting], Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("The Tajik and Kyrgyz district chiefs met at the Kayragach bridge on Monday and signed a memorandum on the canal.")]
    [InlineData("The Kazakh and Kyrgyz delegations held talks in Taraz on Friday, at the end of which a protocol on the Ak-Zhol crossing was signed.")]
    public void A_document_signed_at_a_meeting_is_an_agreement_beside_the_meeting(string text)
    {
        var found = Detect.All(text, Published);
        found.Select(i => i.Type).ShouldBe([IncidentType.DiplomaticMeeting, IncidentType.Agreement], Detect.Describe(text, found));
    }
}
