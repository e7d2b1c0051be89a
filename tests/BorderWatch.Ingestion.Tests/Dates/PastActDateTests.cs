using BorderWatch.Core.Domain;

using static BorderWatch.Ingestion.Tests.Dates.DateTexts;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// A date told right after a past act ("signed in Osh in October", "agreed in Almaty on Tuesday", "first planned for
/// August") is past, even when the clause looks ahead ("will patrol", "will open"). Sentences of their own, in no corpus.
/// </summary>
public class PastActDateTests
{
    // Thursday 14 November 2030.
    private static readonly PartialDate Written = PartialDate.OfDay(2030, 11, 14);

    [Fact]
    public void A_month_after_a_past_participle_is_the_last_such_month()
    {
        var (s, c) = Read("Under a protocol approved in Osh in October, the two customs services will inspect lorries together.", Written);
        At(s, c, "approved in Osh in October").Date.ShouldBe(PartialDate.OfMonth(2030, 10));
    }

    [Fact]
    public void A_weekday_after_a_past_verb_is_the_last_such_day()
    {
        var (s, c) = Read("Under a memorandum the two governors initialled in Almaty on Tuesday, the bridge will stay open at night from March.", Written);
        At(s, c, "initialled in Almaty on Tuesday").Date.ShouldBe(PartialDate.OfDay(2030, 11, 12));
    }

    [Fact]
    public void A_first_plan_is_past_but_a_schedule_looks_ahead()
    {
        var (s, c) = Read("The drill, originally planned for August, will take place next spring.", Written);
        At(s, c, "originally planned for August").Date.ShouldBe(PartialDate.OfMonth(2030, 8));
        var (s2, c2) = Read("A drill scheduled for February will test the new radio links.", Written);
        At(s2, c2, "scheduled for February").Date.ShouldBe(PartialDate.OfMonth(2031, 2));
    }

    [Fact]
    public void A_passive_with_be_still_looks_ahead()
    {
        var (s, c) = Read("The next round of talks will be held in Khujand in February.", Written);
        At(s, c, "held in Khujand in February").Date.ShouldBe(PartialDate.OfMonth(2031, 2));
    }
}
