using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// An agreement told with its meeting (MeetingOutcome, ClauseSplitter.AgreedAtMeeting): what the parties agree to do or
/// sign in a predicate coordinated with the meeting is the meeting's outcome, one record typed by the meeting (the
/// corpora's convention, type23); a document signed in a clause on the meeting is an agreement of its own, a second
/// record; a meeting to come that is part of what was agreed is the agreement's.
/// </summary>
public class MeetingOutcomeTests
{
    private const string Published = "2026-06-12";

    [Theory]
    [InlineData("The Kazakh and Uzbek governors met in Saryagash on Tuesday and agreed that both sides would clear the canal by July.")]
    [InlineData("The Tajik and Kyrgyz district chiefs met at the Kayragach bridge on Monday and agreed to share their patrol schedules.")]
    [InlineData("The two border commanders held a meeting in Khorog on Monday, during which they agreed to share their patrol schedules.")]
    [InlineData("The Tajik and Kyrgyz district chiefs met at the Kayragach bridge on Monday and signed a memorandum on the canal.")]
    [InlineData("The Uzbek and Kazakh regional governors talked by phone on Friday and agreed that the melon trucks would be let through from Monday.")]
    public void What_the_parties_agree_to_do_is_the_meetings_outcome(string text)
    {
        var found = Detect.All(text, Published);
        found.Select(i => i.Type).ShouldBe([IncidentType.DiplomaticMeeting], Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("The Kazakh and Kyrgyz delegations held talks in Taraz on Friday, at the end of which a protocol on the Ak-Zhol crossing was signed.")]
    public void A_document_signed_in_a_clause_on_the_meeting_is_an_agreement_beside_the_meeting(string text)
    {
        var found = Detect.All(text, Published);
        found.Select(i => i.Type).ShouldBe([IncidentType.DiplomaticMeeting, IncidentType.Agreement], Detect.Describe(text, found));
    }

    [Fact]
    public void A_meeting_to_come_that_was_agreed_is_part_of_the_agreement()
    {
        const string text = "The Kazakh and Kyrgyz customs chiefs agreed to swap their duty rosters and to meet again every two months.";
        var found = Detect.All(text, Published);
        found.Select(i => i.Type).ShouldBe([IncidentType.Agreement], Detect.Describe(text, found));
    }
}
