using BorderWatch.Core.Domain;

using static BorderWatch.Ingestion.Tests.Dates.DateTexts;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>"would" after a past saying looks ahead from it; "would have" looks back. Sentences of their own, in no corpus.</summary>
public class FutureInPastTests
{
    // Wednesday 9 April 2031.
    private static readonly PartialDate Written = PartialDate.OfDay(2031, 4, 9);

    [Fact]
    public void A_meeting_someone_would_hold_on_a_weekday_is_the_next_such_day()
    {
        var (s, c) = Read("The governor said the two commanders would meet at the Dostuk post on Friday.", Written);
        At(s, c, "would meet").Date.ShouldBe(PartialDate.OfDay(2031, 4, 11));
    }

    [Fact]
    public void What_would_have_happened_on_a_weekday_is_past()
    {
        var (s, c) = Read("The governor said the two commanders would have met at the Dostuk post on Friday.", Written);
        At(s, c, "would have met").Date.ShouldBe(PartialDate.OfDay(2031, 4, 4));
    }
}
