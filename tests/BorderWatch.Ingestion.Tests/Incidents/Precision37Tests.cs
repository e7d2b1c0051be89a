using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Extras of fresh29 (precision37), on sentences of our own in no corpus: a turn handed on in a call ("Let me hand over to
/// ..."), an accident on a river (drowned, capsized), a leading "In the run-up to the talks," phrase cut off as a meeting,
/// and an asker's own trip in a question turn. Negatives: a transfer with its materiel after the recipient, a detention
/// coordinated with the accident, and the answer to the question stay records.
/// </summary>
public class Precision37Tests
{
    private const string Published = "2029-03-02";

    [Theory]
    [InlineData("CHAIRWOMAN: Thank you all for joining. With that, I would like to hand over to the finance director for the numbers.")]
    [InlineData("MODERATOR: Good evening. Let me hand over to my colleague in Aktau.")]
    public void A_turn_handed_on_is_no_transfer(string text)
    {
        var found = Detect.All(text, Published);
        found.ShouldNotContain(i => i.Type == IncidentType.ArmsTransfer, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("Russia handed over to the Khorog detachment ten lorries on Tuesday, the Tajik border troops said.")]
    [InlineData("Twelve pickup trucks were handed over to the Kyrgyz border service in Osh on 3 February.")]
    public void A_transfer_of_materiel_stays(string text)
    {
        var found = Detect.All(text, Published);
        found.ShouldContain(i => i.Type == IncidentType.ArmsTransfer, Detect.Describe(text, found));
    }

    [Theory]
    [InlineData("Two Afghan fishermen drowned when their boat overturned in the Panj river near the Tajik town of Panji Poyon, officials in Khatlon said.")]
    [InlineData("Two Afghan fishermen drowned when their boat overturned in the Panj river near the Tajik town of Panji Poyon, and a third was rescued by Tajik border guards, officials in Khatlon said.")]
    public void An_accident_on_the_river_is_no_incident(string text)
    {
        var found = Detect.All("Boat lost on the Panj. " + text, Published);
        found.ShouldNotContain(i => i.Type != IncidentType.Statement, Detect.Describe(text, found));
    }

    [Fact]
    public void A_detention_coordinated_with_an_accident_stays()
    {
        const string text = "A raft carrying four Afghan men capsized near Panji Poyon on Monday night, and Tajik border guards detained " +
                            "the four men after they swam to the Tajik bank, the Border Troops said.";
        var found = Detect.All(text, Published);
        found.ShouldNotBeEmpty(Detect.Describe(text, found));
    }

    [Fact]
    public void A_leading_phrase_on_a_meeting_belongs_to_the_signing()
    {
        const string text = "The defence ministers of Kazakhstan and Turkmenistan will meet in Turkmenbashi on 20 January. In the run-up to the talks, " +
                            "on 19 January, the coast guards of Kazakhstan and Turkmenistan will sign a memorandum on joint searches at sea, the hosts said.";
        var found = Detect.All(text, Published);
        found.Count.ShouldBe(2, Detect.Describe(text, found));
        found.Count(i => i.Type == IncidentType.Agreement).ShouldBe(1, Detect.Describe(text, found));
        text[found.Single(i => i.Type == IncidentType.Agreement).ExcerptStart..].ShouldStartWith("In the run-up");
    }

    [Fact]
    public void A_call_whose_outcome_follows_is_not_a_setting()
    {
        const string text = "In a video call on Friday, the Kazakh and Kyrgyz prime ministers agreed to open two more lanes at Korday.";
        var found = Detect.All(text, Published);
        found.ShouldContain(i => i.Type == IncidentType.Agreement, Detect.Describe(text, found));
    }

    [Fact]
    public void A_promise_to_hand_over_men_is_no_turn_handed_on()
    {
        const string text = "The Afghan border police promised to hand over any smugglers they caught on the island, the Tajik side said.";
        var found = Detect.All(text, Published);
        found.ShouldNotBeEmpty(Detect.Describe(text, found));
    }

    [Fact]
    public void An_askers_own_trip_is_no_crossing()
    {
        const string text = "ASK THE GUIDE\n\nQ: I plan to ride my motorbike from Osh to Kashgar over the Irkeshtam pass on 3 March. " +
                            "Is the border open, and which papers do I need?\n\nThe Kyrgyz and Chinese sides agreed last week to keep " +
                            "Irkeshtam open all winter, Kyrgyz border officials said.";
        var found = Detect.All(text, Published);
        found.ShouldNotContain(i => i.Type == IncidentType.CrossBorderMovement, Detect.Describe(text, found));
        found.ShouldContain(i => i.Type == IncidentType.Agreement, Detect.Describe(text, found));
    }
}
