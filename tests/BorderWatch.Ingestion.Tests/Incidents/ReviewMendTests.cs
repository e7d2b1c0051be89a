using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// The review of the session's rules (5 December 2026): the passive skip of a lay account, the place of an event told
/// again, a plan told in the past. Sentences written for these tests.
/// </summary>
public class ReviewMendTests
{
    [Fact]
    public void People_who_are_saying_something_give_an_account()
    {
        const string text = "Residents of Vorukh are saying that Kyrgyz guards fired at a Tajik patrol on Sunday.";
        var found = Detect.All(text, "2031-05-06");
        found.ShouldContain(i => i.Status == IncidentStatus.Unconfirmed, Detect.Describe(text, found));
    }

    [Fact]
    public void Shooting_on_the_same_day_at_another_place_of_the_border_is_another_event()
    {
        const string text = "Kyrgyz and Tajik border guards exchanged fire near Vorukh on Sunday morning, the Tajik border service said. " +
                            "Later that day there was also shooting near Chorkuh.";
        var found = Detect.All(text, "2031-05-06");
        found.Count(i => i.Type == IncidentType.ArmedClash).ShouldBe(2, Detect.Describe(text, found));
    }

    [Fact]
    public void A_plan_told_in_the_past_is_not_a_planned_event()
    {
        const string text = "Tajik police said the gunmen planned the attack on the Kyrgyz border post near Vorukh that left two guards wounded on Friday.";
        var found = Detect.All(text, "2031-05-12");
        found.ShouldContain(i => i.Type == IncidentType.ArmedClash, Detect.Describe(text, found));
        found.ShouldNotContain(i => i.Status == IncidentStatus.Planned, Detect.Describe(text, found));
    }
}
