using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;

using static BorderWatch.Ingestion.Tests.Dates.DateTexts;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// A register's numbered entries headed by a numeric date and label fields ("07. 21/04/2027 | Kyrgyzstan / Osh / Aravan"):
/// each entry is dated by its heading's day. Numeric dates are day first (the region's convention) unless a number above
/// 12 settles the order; ISO dates are year-month-day. Texts of their own, in no corpus.
/// </summary>
public class NumberedEntryDateTests
{
    private const string Register = """
        PAMIR WATCH QUARTERLY REGISTER

        ENTRIES

        07. 02/04/2027 | Kyrgyzstan / Osh / Aravan
        Type: clash | Sources: two
        Note: Kyrgyz and Uzbek guards exchanged fire over a disputed orchard near Aravan.

        08. 4.16.2027 | Uzbekistan / Andijan / Khanabad
        Note: Uzbek guards detained four Kyrgyz herders near Khanabad.

        09. 2027-05-03 | Tajikistan / Sughd / Isfara
        Note: Tajik officials closed the Isfara road gate for repairs.
        """;

    [Fact]
    public void A_numbered_entry_is_dated_by_the_numeric_day_that_heads_it()
    {
        var (sentences, context) = Read(Register, PartialDate.OfMonth(2027, 6));
        context.Sections.DayOf(IndexOf(sentences, "exchanged fire")).ShouldBe(PartialDate.OfDay(2027, 4, 2));
        context.Sections.DayOf(IndexOf(sentences, "detained four")).ShouldBe(PartialDate.OfDay(2027, 4, 16));
        context.Sections.DayOf(IndexOf(sentences, "closed the Isfara")).ShouldBe(PartialDate.OfDay(2027, 5, 3));
    }

    [Fact]
    public void A_numbered_line_with_a_date_and_a_sentence_is_no_heading()
    {
        var (sentences, context) = Read("""
            Notes

            1. 02/04/2027 | a quiet weekend along the whole of the valley
            Guards exchanged fire over a disputed orchard.

            2. 04/04/2027 | talks that went on well into the night
            Officials of both sides agreed on a ceasefire.
            """, PartialDate.OfMonth(2027, 6));
        context.Sections.DayOf(IndexOf(sentences, "exchanged fire")).ShouldBe(PartialDate.Unknown);
    }

    [Theory]
    [InlineData("The gate reopened on 05/03/2027 after the talks.", 2027, 3, 5)]
    [InlineData("The gate reopened on 5.3.2027 after the talks.", 2027, 3, 5)]
    [InlineData("The gate reopened on 3.25.2027 after the talks.", 2027, 3, 25)]
    [InlineData("The gate reopened on 2027-03-05 after the talks.", 2027, 3, 5)]
    public void A_numeric_date_is_day_first_unless_a_day_above_twelve_settles_it(string text, int year, int month, int day)
    {
        var date = DateRules.Default.Finder.Find(text).ShouldHaveSingleItem();
        (date.Year, date.Month, date.Day).ShouldBe((year, month, day));
    }
}
