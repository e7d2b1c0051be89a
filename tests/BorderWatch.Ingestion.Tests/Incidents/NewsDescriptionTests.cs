using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// News text (news18): what a place is ("the busiest lorry crossing") and the topics of a meeting just told are no
/// incidents of their own; a prepositional predicate ("is in talks with") stays an event. Texts of their own, in no corpus.
/// </summary>
public class NewsDescriptionTests
{
    private const string Published = "2026-09-12";

    [Fact]
    public void An_event_noun_as_a_present_predicate_describes_a_place()
    {
        const string text = "Kyrgyz guards detained two men who had waded across the canal near Dostuk on Monday. " +
                            "Dostuk is the busiest lorry crossing on the valley road between Osh and Andijan.";
        var found = Detect.All(text, Published);
        found.Select(i => i.Type).ShouldBe([IncidentType.CrossBorderMovement], Detect.Describe(text, found));
    }

    [Fact]
    public void What_the_parties_of_a_meeting_discussed_is_part_of_the_meeting()
    {
        const string text = "On 8 September, the Tajik and Kyrgyz border commanders met at the Kayragach bridge. " +
                            "The sides discussed grazing, water and fuel, as well as the state of the roads.";
        var found = Detect.All(text, Published);
        found.Select(i => i.Type).ShouldBe([IncidentType.DiplomaticMeeting], Detect.Describe(text, found));
    }

    [Fact]
    public void Being_in_talks_is_an_event_going_on()
    {
        const string text = "Kazakhstan says it is in talks with Kyrgyzstan on the Karasu bridge.";
        Detect.All(text, Published).Select(i => i.Type).ShouldContain(IncidentType.DiplomaticMeeting);
    }
}
