using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>dates45: an event of several days told with its days ("on Monday and Tuesday", "from 5 to 7 May") is dated by its
/// first day, not its month; one told by its last day ("the five-day drills ended on Tuesday") by that day; one told by
/// its month by that month.
/// Sentences of their own, in no corpus; the page is dated Thursday 8 May 2031.</summary>
public class FirstDayTests
{
    private static readonly PartialDate Published = PartialDate.OfDay(2031, 5, 8);

    private static ExtractedIncident Exercise(string text) =>
        IncidentDetector.Default.Detect(AnalysisInput.FromText(text, Published)).First(i => i.Type == IncidentType.Exercise);

    [Theory]
    [InlineData("Kazakh border guards held a two-day exercise near the Kolzhat post on Monday and Tuesday, the regional department said.", "2031-05-05")]
    [InlineData("Uzbek and Tajik border units held a three-day exercise near Bekabad from 5 to 7 May, the Uzbek command said.", "2031-05-05")]
    public void Days_told_for_an_event_of_several_days_date_it_by_the_first(string text, string expected) =>
        Exercise(text).Date.ShouldBe(DateTexts.D(expected));

    [Fact]
    public void The_last_day_of_an_event_of_several_days_dates_it_when_no_other_is_given()
    {
        const string text = "The five-day exercise of Kazakh border units near the Kolzhat post ended on Tuesday, the regional department said.";
        Exercise(text).Date.ShouldBe(PartialDate.OfDay(2031, 5, 6));
    }

    [Fact]
    public void An_event_of_several_days_told_by_its_month_keeps_the_month()
    {
        const string text = "Kazakh border units held a five-day exercise near the Kolzhat post last month, the regional department said.";
        Exercise(text).Date.ShouldBe(PartialDate.OfMonth(2031, 4));
    }
}
