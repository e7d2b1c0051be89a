using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// Issue 8, precision47: a patrol that comes upon the people or the vehicle of the event just told tells that event further
/// (<see cref="SameEvent.FoundParticipants"/>); people with no office telling how things are is no incident, whatever
/// event word the telling holds (<see cref="NonIncidents.PrivateCondition"/>); training the people who will work equipment just
/// handed over is part of that transfer (<see cref="SameEvent.TransferTraining"/>). Texts written for these tests, in no corpus.
/// </summary>
public class FindsAndConditionsTests
{
    private const string Boat = "Two Afghan men rowed a rubber boat across the Panj near Shuroobod on Friday night, the Tajik border troops said. ";
    private const string Herders = "Iranian border guards detained two Turkmen herders and their flock near Sarakhs on Monday, the Turkmen border service said. ";

    [Fact]
    public void A_patrol_that_spots_the_boat_just_told_is_that_crossing_found()
    {
        var text = Boat + "A Tajik patrol spotted the boat at dawn.";
        var found = Detect.All(text, "2026-11-30");
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        found[0].Type.ShouldBe(IncidentType.CrossBorderMovement);
    }

    [Fact]
    public void A_patrol_that_finds_something_not_told_before_stays_a_patrol()
    {
        var text = Boat + "A Tajik patrol found a second boat hidden in the reeds.";
        var found = Detect.All(text, "2026-11-30");
        found.Count.ShouldBe(2, Detect.Describe(text, found));
        found.Count(i => i.Type == IncidentType.PatrolSurveillance).ShouldBe(1, Detect.Describe(text, found));
    }

    [Fact]
    public void A_patrol_that_found_smugglers_stays()
    {
        var text = "A Kazakh patrol found three smugglers with forty sacks of sugar near Zhibek Zholy on Tuesday.";
        var found = Detect.All(text, "2026-12-02");
        found.Count.ShouldBe(1, Detect.Describe(text, found));
    }

    [Fact]
    public void Drivers_saying_how_long_the_customs_queue_is_report_no_incident()
    {
        var text = Herders + "Lorry drivers at the Sarakhs terminal say the queue for Iranian customs is now three days long because of the snow.";
        var found = Detect.All(text, "2026-12-02");
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        Detect.Quoting(text, found, "queue").ShouldBeEmpty();
    }

    [Fact]
    public void Shepherds_saying_how_old_a_trade_over_the_pass_is_report_no_incident()
    {
        var text = Herders + "Shepherds in the valley say the salt trade across the pass is older than the border.";
        var found = Detect.All(text, "2026-12-02");
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        Detect.Quoting(text, found, "salt trade").ShouldBeEmpty();
    }

    [Fact]
    public void Drivers_telling_what_guards_did_on_a_day_still_report_it()
    {
        var text = Herders + "Drivers at the Sarakhs terminal say Iranian guards turned back twelve lorries at the crossing on Tuesday.";
        var found = Detect.All(text, "2026-12-02");
        Detect.Quoting(text, found, "twelve lorries").Count().ShouldBe(1, Detect.Describe(text, found));
    }

    [Fact]
    public void Residents_saying_a_post_is_in_a_party_s_hands_still_report_its_control()
    {
        var text = "Taliban fighters attacked a post of the former government's militia near Ishkashim on Sunday, local officials said. " +
                   "Residents of the village say the post is now in Taliban hands.";
        var found = Detect.All(text, "2026-12-02");
        Detect.Quoting(text, found, "in Taliban hands").Count().ShouldBe(1, Detect.Describe(text, found));
    }

    private const string Gift = "Turkmen border units on the Caspian coast were given six patrol boats and two radar sets by Turkey at a ceremony in Turkmenbashi on Monday, the Turkish embassy in Ashgabat said. " +
                                "The boats were built in a shipyard near Izmir. ";

    [Fact]
    public void Training_the_operators_of_equipment_just_handed_over_is_part_of_the_transfer()
    {
        var text = Gift + "The embassy said Turkish instructors would train operators of the radar sets next spring.";
        var found = Detect.All(text, "2026-12-02");
        found.Count.ShouldBe(1, Detect.Describe(text, found));
        found[0].Type.ShouldBe(IncidentType.ArmsTransfer);
    }

    [Fact]
    public void Training_guards_after_a_transfer_stays_an_exercise()
    {
        var text = Gift + "The embassy said Turkish instructors would train forty Turkmen border guards in boarding drills next spring.";
        var found = Detect.All(text, "2026-12-02");
        found.Count(i => i.Type == IncidentType.Exercise).ShouldBe(1, Detect.Describe(text, found));
    }
}
