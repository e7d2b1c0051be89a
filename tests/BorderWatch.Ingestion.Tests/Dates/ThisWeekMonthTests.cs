using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>dates45: "this week" told on a day whose month holds most of the week's days up to it is of that month; when
/// the days so far are split evenly or most lie in the month before, only the year is certain (as before). Sentences of
/// their own, in no corpus.</summary>
public class ThisWeekMonthTests
{
    [Theory]
    // Friday 3 October 2031: Monday 29 September to Friday, three days of five in October.
    [InlineData("Villagers say a drone circled over the pastures this week.", "2031-10-03", "2031-10")]
    // Sunday 4 January 2032: Monday 29 December to Sunday, four days of seven in January.
    [InlineData("Villagers say a drone circled over the pastures this week.", "2032-01-04", "2032-01")]
    // Saturday 1 March 2031: Monday 24 February to Saturday, five days of six in February.
    [InlineData("Villagers say a drone circled over the pastures this week.", "2031-03-01", "2031")]
    // Tuesday 2 December 2031 in a week that began on Monday 1 December: one month.
    [InlineData("Villagers say a drone circled over the pastures this week.", "2031-12-02", "2031-12")]
    public void This_week_is_of_the_month_holding_most_of_its_days_so_far(string text, string reference, string expected)
    {
        var (s, c) = DateTexts.Read(text, DateTexts.D(reference));
        DateRules.Default.Resolver.Resolve(s, 0, s[0].Start, s[0].End, c).Date.ShouldBe(DateTexts.D(expected));
    }

    [Fact]
    public void This_week_told_on_a_wednesday_after_a_month_began_on_monday_is_of_that_month()
    {
        // Wednesday 3 December 2031 (the week began Monday 1 December).
        var (s, c) = DateTexts.Read("Guards have stopped three boats this week.", PartialDate.OfDay(2031, 12, 3));
        DateRules.Default.Resolver.Resolve(s, 0, s[0].Start, s[0].End, c).Date.ShouldBe(PartialDate.OfMonth(2031, 12));
    }

    [Fact]
    public void This_week_split_evenly_between_two_months_keeps_the_year()
    {
        // Tuesday 1 March 2033 (Monday 28 February, Tuesday 1 March): one day each.
        var (s, c) = DateTexts.Read("Villagers say a drone circled over the pastures this week.", PartialDate.OfDay(2033, 3, 1));
        DateRules.Default.Resolver.Resolve(s, 0, s[0].Start, s[0].End, c).Date.ShouldBe(PartialDate.OfYear(2033));
    }
}
