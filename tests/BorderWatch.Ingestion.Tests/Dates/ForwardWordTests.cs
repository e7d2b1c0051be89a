using BorderWatch.Core.Domain;

using static BorderWatch.Ingestion.Tests.Dates.DateTexts;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// A weekday in a past clause stays past when the only forward-looking words of its clause belong to something else: a
/// later time of its own ("next year", "next month") or a noun's modifier ("their last scheduled session"). A forward
/// word of the date's own ("will meet on Friday", "a drill scheduled for Friday") still looks ahead. Sentences of their
/// own, in no corpus (date23).
/// </summary>
public class ForwardWordTests
{
    // Thursday 6 March 2031.
    private static readonly PartialDate Written = PartialDate.OfDay(2031, 3, 6);

    [Fact]
    public void A_later_time_of_its_own_does_not_push_a_weekday_ahead()
    {
        var (s, c) = Read("The two governors, talking in Khorog on Tuesday, discussed a joint market for the valley next year.", Written);
        At(s, c, "talking in Khorog on Tuesday").Date.ShouldBe(PartialDate.OfDay(2031, 3, 4));
    }

    [Fact]
    public void A_planned_thing_named_by_its_modifier_does_not_push_a_weekday_ahead()
    {
        var (s, c) = Read("Officers of both detachments sat down at the Irkeshtam post on Monday for their third scheduled round of the winter.", Written);
        At(s, c, "post on Monday").Date.ShouldBe(PartialDate.OfDay(2031, 3, 3));
    }

    [Fact]
    public void A_weekday_of_a_schedule_still_looks_ahead()
    {
        var (s, c) = Read("A joint drill scheduled for Monday will test the radio links between the two posts.", Written);
        At(s, c, "scheduled for Monday").Date.ShouldBe(PartialDate.OfDay(2031, 3, 10));
        var (s2, c2) = Read("The commanders will sit down at the post on Monday to plan next year's patrols.", Written);
        At(s2, c2, "post on Monday").Date.ShouldBe(PartialDate.OfDay(2031, 3, 10));
    }
}
