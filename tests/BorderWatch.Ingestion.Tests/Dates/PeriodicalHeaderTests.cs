using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// A weekly's issue line ("No. 7/2024 - week ending 9 August 2024") dates the issue: its bare days ("on 5 August") and
/// weekdays are read against that day, not pushed into the next year by a calendar of coming days. Texts of their own,
/// in no corpus.
/// </summary>
public class PeriodicalHeaderTests
{
    private const string Weekly =
        "STEPPE LOGISTICS WEEKLY\n" +
        "No. 32/2024 - week ending 9 August 2024\n\n" +
        "The customs service opened a new lane at the Dostyk crossing on 5 August, the agency said.\n\n" +
        "Lorry drivers reported queues of six hours on Tuesday.\n\n" +
        "CALENDAR\n\n" +
        "20 Aug - rail tariff talks in Almaty (9 August 2024 notice).";

    private static DateContext Context(string text) => QuotedDates.Context(text, PartialDate.Unknown);

    private static PartialDate DateOf(string text, string quoted) => QuotedDates.DateOf(text, quoted, PartialDate.Unknown);

    [Fact]
    public void A_week_ending_line_dates_the_issue() =>
        Context(Weekly).Reference.ShouldBe(PartialDate.OfDay(2024, 8, 9));

    [Fact]
    public void A_bare_day_of_the_issue_week_keeps_the_issue_year() =>
        DateOf(Weekly, "opened a new lane at the Dostyk crossing on 5 August").ShouldBe(PartialDate.OfDay(2024, 8, 5));

    [Fact]
    public void A_weekday_counts_back_from_the_issue_day() =>
        DateOf(Weekly, "reported queues of six hours on Tuesday").ShouldBe(PartialDate.OfDay(2024, 8, 6));

    [Fact]
    public void A_lower_case_sentence_ending_in_a_date_is_still_no_header() =>
        Context("MARKET NOTES\n\nThe week ending 9 August 2024 saw wheat prices fall at the border markets.").Source
            .ShouldNotBe(PublishedDateSource.StatedInText, "a sentence is not a header line");
}
