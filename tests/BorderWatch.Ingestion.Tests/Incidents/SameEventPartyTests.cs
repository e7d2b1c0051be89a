using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// What a participant of an event goes on to do is that event told further, also when the clause names a state the
/// event already has ("the Afghan bank" after a crossing from Afghanistan); a state the event did not have is a new
/// party, so a new event. Texts written for these tests.
/// </summary>
public class SameEventPartyTests
{
    [Fact]
    public void A_group_retreating_to_the_bank_it_came_from_is_the_crossing_told_further()
    {
        const string text = "On Sunday night a group of twelve men tried to cross the Panj from Afghanistan into Tajikistan near Shuroobod, the Tajik border troops said. " +
                            "The group retreated to the Afghan bank, leaving behind a rubber boat and two sacks of hashish.";
        var found = Detect.One(text, "2026-05-04");
        found.Type.ShouldBe(IncidentType.CrossBorderMovement, Detect.Describe(text, [found]));
    }

    [Fact]
    public void The_same_participants_facing_a_state_not_in_the_event_make_a_new_incident()
    {
        const string text = "Kyrgyz guards exchanged fire with Tajik troops near Vorukh on Monday. The guards then fired on Uzbek smugglers near Aravan.";
        var found = Detect.All(text, "2026-05-04");
        found.Count.ShouldBe(2, Detect.Describe(text, found));
    }
}
