using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// A document dated in its header (a newsletter's issue line, a record "of" its sitting day, a field of a reprint's
/// source line, a press release's "City, day month year -") anchors relative days on that date, not on a year the
/// body mentions. Texts of their own, in no corpus.
/// </summary>
public class HeaderDateTests
{
    private static DateContext Context(string text) => QuotedDates.Context(text, PartialDate.Unknown);

    private static PartialDate DateOf(string text, string quoted) => QuotedDates.DateOf(text, quoted, PartialDate.Unknown);

    private const string Newsletter =
        "FERGHANA FORTNIGHT\n" +
        "No. 12 - issued Friday 7 March 2025 - covering 24 February-6 March\n\n" +
        "1. CANAL WORKS\n\n" +
        "Farmers from both banks repaired the Sokh canal on Tuesday, a repair first promised in October 2023.";

    [Fact]
    public void An_issue_line_with_a_covered_period_dates_the_newsletter()
    {
        var context = Context(Newsletter);
        context.Reference.ShouldBe(PartialDate.OfDay(2025, 3, 7));
        context.Source.ShouldBe(PublishedDateSource.StatedInText);
    }

    [Fact]
    public void A_weekday_in_a_newsletter_counts_back_from_its_issue_day_not_from_a_bare_day_of_the_covered_period()
    {
        DateOf(Newsletter, "repaired the Sokh canal on Tuesday").ShouldBe(PartialDate.OfDay(2025, 3, 4));
    }

    [Fact]
    public void A_record_named_by_its_sitting_day_is_dated_by_it()
    {
        var text = "REGIONAL ASSEMBLY OF OSH\n" +
                   "Minutes of the sitting of 3 February 2022 - Committee on Defence\n\n" +
                   "DEPUTY ORMONOV: The land commission walked the disputed pasture on 28 January, as it did in May 2019.";
        Context(text).Reference.ShouldBe(PartialDate.OfDay(2022, 2, 3));
        DateOf(text, "walked the disputed pasture on 28 January").ShouldBe(PartialDate.OfDay(2022, 1, 28));
    }

    [Fact]
    public void A_date_field_of_a_source_line_dates_a_reprint()
    {
        var text = "VALLEY READER - regional digest\n" +
                   "Source: Khujand Evening (Sughd) | Posted: 14/10/2021 09:30 | Section: Tajikistan / Borders\n\n" +
                   "Tajik and Kyrgyz surveyors met at Kulundu on Monday, three years after the talks of 2018 stalled.";
        Context(text).Reference.ShouldBe(PartialDate.OfDay(2021, 10, 14));
        DateOf(text, "surveyors met at Kulundu on Monday").ShouldBe(PartialDate.OfDay(2021, 10, 11));
    }

    [Fact]
    public void A_sentence_with_a_date_and_a_dash_is_no_header()
    {
        var text = "Guards detained two herders on 3 March 2019 - their families say wrongly.\n\n" +
                   "The herders were freed in 2021.";
        Context(text).Source.ShouldNotBe(PublishedDateSource.StatedInText);
    }

    [Fact]
    public void A_press_release_dateline_in_title_case_states_its_filing_day()
    {
        var line = LeadDatelines.Match("Izmir, 12 November 2024 - Delta Yards today announced that two boats were handed over.");
        line.ShouldNotBeNull();
        LeadDatelines.DateIn(line.DateText!, DateRules.Default.Finder)!.Day.ShouldBe(12);
        LeadDatelines.Match("Later, 12 men - all of them armed - crossed the ridge.").ShouldBeNull();
    }

    [Fact]
    public void A_press_release_dates_a_bare_day_of_its_own_month_in_its_own_year()
    {
        var text = "PRESS RELEASE\n\nIzmir, 12 November 2024 - Delta Yards today announced that two patrol boats were handed " +
                   "over to the Georgian coast guard at Batumi on 8 November.\n\nThe yard delivered its first boats in 2019.";
        Context(text).Reference.ShouldBe(PartialDate.OfDay(2024, 11, 12));
        DateOf(text, "over to the Georgian coast guard at Batumi on 8 November").ShouldBe(PartialDate.OfDay(2024, 11, 8));
    }
}
