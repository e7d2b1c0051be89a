using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// precision46 (issue 8, extraction that generalises), on sentences written for these tests: people or animals handed back
/// at a meeting, or under an agreement, told in the meeting's or agreement's sentence are part of it, no record of their own
/// (<c>MeetingHandovers</c>); weapons handed over at a meeting, an agreed exchange of prisoners and a hand-back told alone
/// stay.
/// </summary>
public class Precision46Tests
{
    private const string Day = "2026-12-04";

    private static IReadOnlyList<ExtractedIncident> Found(string text) => Detect.All(text, Day);

    [Theory]
    // People handed back, in a clause joined to the meeting.
    [InlineData("Two Kazakh hunters who lost their way in heavy snow crossed into Kyrgyzstan near the Tuyuk pass on Sunday. ",
        "Kazakh and Kyrgyz border officers met at the Karkara post on Tuesday, and the hunters were handed back to the Kazakh side there.")]
    // Animals handed back.
    [InlineData("A flock of eight Tajik sheep wandered over the canal into Uzbekistan near Sarazm on Monday, villagers said. ",
        "The commanders of the two posts met at the footbridge on Wednesday and the sheep were returned to their owner the same evening.")]
    // A pilot handed over, the meeting read by the parser as a clause on its subject.
    [InlineData("A Tajik pilot whose light aircraft ran short of fuel landed in a field across the Kyrgyz border near Isfara on Friday. ",
        "Tajik and Kyrgyz border officers met at the Guliston post on Sunday, and the pilot was handed over to the Tajik side.")]
    // Hikers returned where the officials met.
    [InlineData("Three Uzbek hikers lost the trail in fog and walked down into Tajikistan near the Chimgan ridge on Saturday. ",
        "Officials of the two border services met at the Oybek crossing on Monday, where the hikers were returned to Uzbekistan.")]
    public void People_or_animals_handed_back_at_a_meeting_are_part_of_it(string before, string meeting)
    {
        var text = before + meeting;
        var found = Found(text);
        var ofMeeting = Detect.Quoting(text, found, meeting[..30]).ToList();
        ofMeeting.Count.ShouldBe(1, Detect.Describe(text, found));
        ofMeeting[0].Type.ShouldBe(IncidentType.DiplomaticMeeting, Detect.Describe(text, found));
        found.Count(i => i.ExcerptStart >= before.Length).ShouldBe(1, Detect.Describe(text, found));
    }

    [Fact]
    public void People_an_agreement_hands_back_are_the_agreement()
    {
        const string before = "Chinese guards found two Kazakh climbers on the Khan Tengri glacier on Sunday after they crossed the ridge into China. ";
        const string agreed = "The two commanders agreed on Tuesday that the climbers and their tent would be handed back at the Narynkol post on Thursday, the service said.";
        var text = before + agreed;
        var found = Found(text);
        var ofAgreement = found.Where(i => i.ExcerptStart >= before.Length).ToList();
        ofAgreement.Count.ShouldBe(1, Detect.Describe(text, found));
        ofAgreement[0].Type.ShouldBe(IncidentType.Agreement, Detect.Describe(text, found));
    }

    [Fact]
    public void Weapons_handed_over_at_a_meeting_stay_an_arms_transfer()
    {
        const string text = "Chinese and Tajik frontier commanders held talks near Kulma on Monday, and four patrol boats were handed over to the Tajik detachment at Murghab.";
        var found = Found(text);
        found.Select(i => i.Type).ShouldContain(IncidentType.ArmsTransfer, Detect.Describe(text, found));
    }

    [Fact]
    public void An_exchange_of_prisoners_agreed_between_states_stays_an_agreement()
    {
        const string text = "Tajikistan and Kyrgyzstan agreed on Monday to exchange all prisoners held since the spring clashes in Batken region.";
        var found = Found(text);
        found.Select(i => i.Type).ShouldContain(IncidentType.Agreement, Detect.Describe(text, found));
    }

    [Fact]
    public void A_hand_back_told_alone_stays_a_crossing()
    {
        // No meeting beside it: the crossing it ends, the only account.
        const string text = "On Tuesday Kazakh guards handed back two Kyrgyz climbers who had crossed the ridge above the Chilik valley on Sunday.";
        var found = Found(text);
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        found[0].Type.ShouldBe(IncidentType.CrossBorderMovement, Detect.Describe(text, found));
    }
}
