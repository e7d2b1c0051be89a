using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// A claimed event and its rejection in one sentence (RejectedClaims, type23): one record typed by the claimed event,
/// denied, when the claim tells the event with a time of its own (status36: or with none, when no act of its type is on
/// record, Status36Tests); a rejection whose only time is the rejection's, or that answers a question, stays a denied statement. Sentences written for these tests, in no corpus.
/// </summary>
public class RejectedClaimTests
{
    [Theory]
    [InlineData("Claims in Kyrgyz media of a Tajik incursion near Ak-Sai on 14 October are groundless, the Tajik Border Troops said.", IncidentType.CrossBorderMovement)]
    [InlineData("Turkmen officials rejected as invented posts alleging that Afghan gunmen had crossed the Murghab river near Tagtabazar on Tuesday night.", IncidentType.CrossBorderMovement)]
    // status36: a claim with no time of its own, no act of its type on record, is recorded so too.
    [InlineData("Turkmen officials rejected as invented posts alleging that Afghan gunmen had crossed the Murghab river near Tagtabazar.", IncidentType.CrossBorderMovement)]
    public void A_claim_with_a_time_of_its_own_rejected_in_the_same_sentence_is_the_claimed_event_denied(string text, IncidentType type)
    {
        var found = Detect.One(text, "2026-11-20");
        found.Type.ShouldBe(type, Detect.Describe(text, [found]));
        found.Status.ShouldBe(IncidentStatus.Denied);
    }

    [Theory]
    // The only time is the rejection's.
    [InlineData("The Kazakh ministry dismissed the reports on Monday as pure invention.")]
    // The time belongs to another speech act after the claim.
    [InlineData("Asked about reports that Kazakh troops had moved closer to Shardara, the Uzbek ambassador said on Friday that the reports were lies.")]
    // The event is said not to have happened.
    [InlineData("The Tajik committee said on Thursday that no crossing had happened near Ak-Sai and called the posts a provocation.")]
    public void A_rejection_without_a_timed_claim_stays_a_denied_statement(string text)
    {
        var found = Detect.One(text, "2026-11-20");
        found.Type.ShouldBe(IncidentType.Statement, Detect.Describe(text, [found]));
        found.Status.ShouldBe(IncidentStatus.Denied);
    }
}
