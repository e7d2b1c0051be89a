using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;
using Shouldly;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// date27: a header line with a weekday, a day and a month but no year ("Friday 27 November") takes the latest year, up
/// to the received day, in which that day is that weekday; a sentence mentioning a weekday and a day, a line without a
/// weekday, or a text with no received day stays undated. Texts of their own, in no corpus.
/// </summary>
public sealed class WeekdayHeaderTests
{
    private const string Letter =
        "The Naryn Weekly\n\n{0}\n\nGood morning from Naryn. The pass road was shut for most of the week after snow fell on the upper hairpins.\n\n" +
        "On Wednesday, Kyrgyz guards turned back two Chinese lorries at Torugart for want of papers, the border service said.";

    private static DateContext ContextOf(string header, PartialDate received)
    {
        var text = string.Format(Letter, header);
        return DateRules.Default.Resolver.ContextFor(text, TextSegmenter.Sentences(text), PartialDate.Unknown, received);
    }

    [Theory]
    [InlineData("Tuesday 8 December", 2026, 12, 8)]
    [InlineData("Thursday, 3 December | Issue 48", 2026, 12, 3)]
    [InlineData("Sent: Monday, November 30 07:45", 2026, 11, 30)]
    [InlineData("Saturday 14 March", 2026, 3, 14)]
    // 14 March was a Tuesday in 2023: the weekday sends the letter back.
    [InlineData("Tuesday 14 March", 2023, 3, 14)]
    public void A_weekday_header_line_takes_the_year_its_weekday_fits(string header, int y, int m, int d)
    {
        var context = ContextOf(header, PartialDate.OfDay(2026, 12, 9));
        context.Reference.ShouldBe(PartialDate.OfDay(y, m, d));
    }

    [Fact]
    public void The_weekday_date_resolves_the_weekdays_of_the_letter()
    {
        var text = string.Format(Letter, "Friday 4 December");
        var sentences = TextSegmenter.Sentences(text);
        var context = DateRules.Default.Resolver.ContextFor(text, sentences, PartialDate.Unknown, PartialDate.OfDay(2026, 12, 9));
        DateTexts.SentenceAt(sentences, context, "turned back two Chinese lorries").Date.ShouldBe(PartialDate.OfDay(2026, 12, 2));
    }

    [Theory]
    // A sentence that mentions a weekday and a day is no header.
    [InlineData("On Friday 4 December the pass was shut.")]
    // A day and a month without a weekday give no year.
    [InlineData("4 December")]
    // A weekday that fits no year within reach: 31 February does not exist.
    [InlineData("Friday 31 February")]
    // 14 March fell on a Wednesday last in 2018, beyond the reach of one weekday cycle back from 2026.
    [InlineData("Wednesday 14 March")]
    public void Other_lines_do_not_date_the_letter_by_a_weekday(string header)
    {
        var context = ContextOf(header, PartialDate.OfDay(2026, 12, 9));
        (context.Note ?? "").ShouldNotStartWith("weekday date line");
    }

    [Theory]
    // fresh30fix: a week's programme fetched before its days: the coming Monday, not the Monday six years back.
    [InlineData("Monday 14 December", 2026, 12, 9, 2026, 12, 14)]
    // Across the turn of the year.
    [InlineData("Monday 4 January", 2026, 12, 28, 2027, 1, 4)]
    // Beyond two weeks ahead the line is of a past year: 28 December 2026 is a Monday, but nineteen days on.
    [InlineData("Monday 28 December", 2026, 12, 9, 2020, 12, 28)]
    public void A_weekday_line_a_few_days_after_the_received_day_names_a_day_to_come(string header, int ry, int rm, int rd, int y, int m, int d)
    {
        var context = ContextOf(header, PartialDate.OfDay(ry, rm, rd));
        context.Reference.ShouldBe(PartialDate.OfDay(y, m, d));
    }

    [Fact]
    public void Without_a_received_day_the_weekday_line_dates_nothing()
    {
        var context = ContextOf("Friday 4 December", PartialDate.Unknown);
        context.Reference.IsKnown.ShouldBeFalse();
    }

    [Theory]
    // A saved e-mail's own header fields carry the full date: the dateline reading takes them before any weekday line.
    [InlineData("Date: Fri, 4 Dec 2026 08:12:40")]
    [InlineData("Sent: Friday, December 4, 2026 8:12 AM")]
    public void A_saved_e_mail_s_date_field_dates_the_letter(string header)
    {
        var context = ContextOf(header, PartialDate.OfDay(2027, 2, 1));
        context.Reference.ShouldBe(PartialDate.OfDay(2026, 12, 4));
    }
}
