using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Tests.Incidents;

using static BorderWatch.Ingestion.Tests.Dates.DateTexts;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// "on Friday or at any other time" names a day only to say "never": it dates nothing, and a rejection built on it is
/// dated when it is made. Sentences of their own, in no corpus (date23).
/// </summary>
public class NeverDayTests
{
    // Thursday 6 March 2031.
    private static readonly PartialDate Written = PartialDate.OfDay(2031, 3, 6);

    [Fact]
    public void A_day_said_to_mean_never_is_no_date()
    {
        var (s, c) = Read("No Uzbek boat entered Kazakh waters near Aralsk, on Tuesday or at any other time.", Written);
        SentenceAt(s, c, "No Uzbek boat").HasExpression.ShouldBeFalse();
    }

    [Fact]
    public void A_day_of_its_own_is_still_a_date()
    {
        var (s, c) = Read("An Uzbek boat entered Kazakh waters near Aralsk on Tuesday, or so the fishermen say.", Written);
        SentenceAt(s, c, "An Uzbek boat").Date.ShouldBe(PartialDate.OfDay(2031, 3, 4));
    }

    [Fact]
    public void A_rejection_built_on_a_never_day_is_dated_when_made()
    {
        const string text = "The Kazakh border service rejected the fishermen's story: no Uzbek boat has entered Kazakh waters near Aralsk, on Tuesday or on any other day.";
        var rejection = Detect.Quoting(text, "rejected the fishermen's story", "2031-03-06");
        rejection.Date.ShouldBe(PartialDate.OfDay(2031, 3, 6));
    }
}

/// <summary>
/// "Guards detained six men, who had waded across the river late on Sunday, an official said on Tuesday": the crossing told
/// in the clause about those caught is dated by its own day, not by the day of the saying at the end. Sentences of their
/// own, in no corpus (date23).
/// </summary>
public class CrossingDayBeforeSayingTests
{
    [Fact]
    public void The_crossing_of_those_caught_keeps_its_day_when_the_saying_has_another()
    {
        // Thursday 6 March 2031: Sunday is the 2nd, Tuesday the 4th.
        const string text = "Turkmen guards detained six Afghan men, who had waded across the Murghab river near Takhtabazar late on Sunday, a regional official said on Tuesday.";
        var crossing = Detect.Quoting(text, "waded across", "2031-03-06");
        crossing.Type.ShouldBe(IncidentType.CrossBorderMovement);
        crossing.Date.ShouldBe(PartialDate.OfDay(2031, 3, 2));
    }
}
