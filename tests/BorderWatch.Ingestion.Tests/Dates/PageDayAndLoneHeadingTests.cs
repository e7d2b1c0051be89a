using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;
using Shouldly;

using static BorderWatch.Ingestion.Tests.Dates.DateTexts;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// fresh30fix: a page dated one day (its metadata) whose only day heading, further down, names another day ("Tuesday 9
/// March - notice ahead" closing a day's diary): the text above the heading is of the page's day, the text below of the
/// heading's. Texts of their own, in no corpus.
/// </summary>
public sealed class PageDayAndLoneHeadingTests
{
    private const string Diary = """
        Mayor's diary

        Schedule kept by the city press office. Entries added through the day.

        10:15 - Talks with a delegation from across the river

        Notes: The mayor hosted the district head of Balkh and his aides to discuss the Hairatan bridge traffic.

        15:40 - Visit to the water utility

        Tuesday 9 March - notice ahead

        The mayor will attend a drill of customs and frontier units at the river port.
        """;

    [Fact]
    public void Above_the_lone_heading_the_page_day_dates_the_entries()
    {
        var (sentences, context) = Read(Diary, PartialDate.OfDay(2027, 3, 8));
        context.Sections.DayOf(IndexOf(sentences, "hosted the district head")).ShouldBe(PartialDate.OfDay(2027, 3, 8));
        context.Sections.DayOf(IndexOf(sentences, "will attend a drill")).ShouldBe(PartialDate.OfDay(2027, 3, 9));
    }

    [Fact]
    public void A_heading_naming_the_page_day_itself_makes_no_section()
    {
        var text = Diary.Replace("Tuesday 9 March - notice ahead", "Monday 8 March - entries", StringComparison.Ordinal);
        var (sentences, context) = Read(text, PartialDate.OfDay(2027, 3, 8));
        context.Sections.DayOf(IndexOf(sentences, "hosted the district head")).ShouldBe(PartialDate.Unknown);
    }

    [Fact]
    public void Without_a_day_for_the_page_the_lone_heading_makes_no_section()
    {
        var (sentences, context) = Read(Diary, PartialDate.OfMonth(2027, 3));
        context.Sections.DayOf(IndexOf(sentences, "hosted the district head")).ShouldBe(PartialDate.Unknown);
    }
}
