using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;

using static BorderWatch.Ingestion.Tests.Dates.DateTexts;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// A day the text plans for ("will meet in Almaty on 20 March") is not a day the story has reached: it does not move the
/// writing date inferred from the text; "a planned road" names a thing, and leaves a weekday in the past. Texts of their
/// own, in no corpus.
/// </summary>
public class PlannedDayReferenceTests
{
    [Fact]
    public void A_planned_day_does_not_carry_the_writing_date_on()
    {
        const string text = "Korday crossing: lorry waiting times\n\nLast updated: 3 March 2031, 08:40.\n\n" +
                            "Kazakh guards closed the Korday crossing to lorries on Sunday.\n\n" +
                            "The heads of the two border services will meet in Almaty on 20 March to discuss the queues.\n\n" +
                            "A second meeting of their deputies will follow in Bishkek on 27 March.";
        var (_, context) = Read(text);
                context.Reference.ShouldBe(PartialDate.OfDay(2031, 3, 3), context.Note);
    }

    [Fact]
    public void A_planned_thing_does_not_send_a_weekday_ahead()
    {
        // Thursday 14 November 2030: Tuesday is the 12th.
        var (s, c) = Read("On Tuesday the two district governors met at the Dostuk post to discuss a planned bypass road.", PartialDate.OfDay(2030, 11, 14));
        At(s, c, "met at the Dostuk post").Date.ShouldBe(PartialDate.OfDay(2030, 11, 12));
    }
}
