using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// recall22: in a crossing record, the ", who ..." clause on the people caught tells the crossing itself; with no other
/// date in the sentence its date is the event's. Sentences of their own, in no corpus.
/// </summary>
public class CaughtCrossingDateTests
{
    [Fact]
    public void The_day_told_of_those_caught_dates_their_crossing()
    {
        // 14 June 2031 is a Saturday: "late on Thursday" is 12 June.
        const string text = "Kyrgyz border guards detained nine Tajik shepherds, who had driven their flock over the Kyrgyz-Tajik border near Ak-Sai late on Thursday, the Batken border detachment said.";
        var crossing = Detect.One(text, "2031-06-14");
        crossing.Type.ShouldBe(IncidentType.CrossBorderMovement);
        crossing.Date.ShouldBe(PartialDate.OfDay(2031, 6, 12));
    }

    [Fact]
    public void A_date_of_the_main_clause_keeps_the_clause_about_them_out()
    {
        // The detention has its own day; the shepherds' clause tells something else of theirs.
        const string text = "On Friday Kyrgyz border guards detained nine Tajik shepherds, who had been fined in March 2029, near Ak-Sai on the Kyrgyz-Tajik border.";
        Detect.One(text, "2031-06-14").Date.ShouldBe(PartialDate.OfDay(2031, 6, 13));
    }
}
