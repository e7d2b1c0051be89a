using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// An event dated by a time still to come ("next week", "next spring") is planned even when that time falls in the month
/// of writing; an item told in the present under a day heading after the day of writing (a week-ahead) is planned.
/// Texts of their own, in no corpus.
/// </summary>
public class PlannedAheadTests
{
    [Theory]
    [InlineData("The Uzbek defence ministry plans a river-crossing drill near Termez next week.", "river-crossing drill")]
    [InlineData("Kazakh and Chinese border commanders hold their next liaison meeting at Khorgos next month, the Kazakh border service said.", "liaison meeting")]
    public void An_event_of_next_week_or_month_is_planned(string text, string words) =>
        Detect.Quoting(text, words, "2029-06-05").Status.ShouldBe(IncidentStatus.Planned);

    [Fact]
    public void An_event_of_last_week_stays_reported() =>
        Detect.Quoting("The Uzbek defence ministry held a river-crossing drill near Termez last week.", "river-crossing drill", "2029-06-05")
            .Status.ShouldBe(IncidentStatus.Reported);

    [Fact]
    public void A_meeting_dated_before_the_writing_stays_reported_beside_a_plan_for_next_year()
    {
        // Thursday 7 June 2029: Tuesday is the 5th.
        const string text = "The interior ministers of Kazakhstan and Kyrgyzstan, meeting in Bishkek on Tuesday, approved a road map that foresees a joint border police unit next year.";
        Detect.Quoting(text, "meeting in Bishkek on Tuesday", "2029-06-07").Status.ShouldBe(IncidentStatus.Reported);
    }

    [Fact]
    public void A_week_ahead_item_under_a_later_day_is_planned()
    {
        const string text = "THE WEEK AHEAD, published Friday 1 June 2029\n\n" +
                            "TUESDAY 5 JUNE\n\n" +
                            "OSH - Kyrgyz and Uzbek border commanders hold talks at the Dostuk crossing on the night closures.\n\n" +
                            "WEDNESDAY 6 JUNE\n\n" +
                            "ASHGABAT - Turkmen and Iranian border guards begin a two-day drill near Sarakhs.";
        var talks = Detect.Quoting(text, "hold talks", "2029-06-01");
        talks.Date.ShouldBe(PartialDate.OfDay(2029, 6, 5));
        talks.Status.ShouldBe(IncidentStatus.Planned);
    }
}
