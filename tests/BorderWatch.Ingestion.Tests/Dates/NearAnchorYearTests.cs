using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using static BorderWatch.Ingestion.Tests.Dates.DateTexts;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// A day without its year lies near the text's date; a year or a month-year naming a thing dates no event; "this year"
/// only frames a day; "last week" is the calendar week before. Sentences of their own, in no corpus.
/// </summary>
public class NearAnchorYearTests
{
    [Fact]
    public void A_day_a_week_after_the_text_is_that_coming_day_even_in_the_present_tense()
    {
        var (sentences, context) = Read("The customs council meets in Aktau on 9 December; the ministers will sign a transit protocol.", PartialDate.OfDay(2026, 12, 2));
        At(sentences, context, "meets in Aktau on 9 December").Date.ShouldBe(D("2026-12-09"));
    }

    [Fact]
    public void A_day_just_before_the_text_stays_in_its_year_when_a_plan_is_told_that_day()
    {
        var (sentences, context) = Read("On 27 November, the agency said it would open a second gate at the crossing.", PartialDate.OfDay(2026, 12, 1));
        SentenceAt(sentences, context, "the agency said").Date.ShouldBe(D("2026-11-27"));
    }

    [Fact]
    public void A_past_day_months_before_the_text_keeps_the_tense_s_year()
    {
        var (sentences, context) = Read("Herders said guards had seized their sheep on 14 August.", PartialDate.OfDay(2026, 12, 1));
        SentenceAt(sentences, context, "seized their sheep").Date.ShouldBe(D("2026-08-14"));
        RelativeDates.MonthInReferenceYear(12, 20, PartialDate.OfDay(2026, 6, 1), future: false).ShouldBe(D("2025-12-20"));
    }

    [Fact]
    public void Last_week_is_the_calendar_week_before()
    {
        // Friday 4 December 2026: the week before ran 23-29 November.
        var (sentences, context) = Read("Two lorries of fuel were seized at the bridge last week.", PartialDate.OfDay(2026, 12, 4));
        SentenceAt(sentences, context, "were seized").Date.ShouldBe(D("2026-11"));
    }

    [Theory]
    [InlineData("On 3 June, the joint drill “Altai Shield 2027” began at the Sary-Ozek range.")]
    [InlineData("On 3 June, the operation Granit-2027 began at the Sary-Ozek range.")]
    public void A_year_in_the_name_of_a_drill_leaves_the_day(string text)
    {
        var (sentences, context) = Read(text, PartialDate.OfDay(2027, 6, 5));
        SentenceAt(sentences, context, "began").Date.ShouldBe(D("2027-06-03"));
    }

    [Fact]
    public void A_year_after_mid_is_no_name()
    {
        var found = DateRules.Default.Finder.Find("Guards built the fence in Mid-2019 near the pass.");
        var year = found.ShouldHaveSingleItem();
        IncidentDating.InAName("Guards built the fence in Mid-2019 near the pass.", year).ShouldBeFalse();
    }

    [Fact]
    public void This_year_frames_a_day_and_does_not_replace_it()
    {
        var (sentences, context) = Read("On 12 May, some 400 lorries crossed at Dostyk in one day, the most this year.", PartialDate.OfDay(2027, 5, 20));
        SentenceAt(sentences, context, "lorries crossed").Date.ShouldBe(D("2027-05-12"));
    }

    [Fact]
    public void A_month_and_year_of_the_event_named_before_a_verb_still_dates_it()
    {
        var (sentences, context) = Read("The raids of October 2021 emptied three villages on the river.", PartialDate.OfDay(2026, 11, 2));
        SentenceAt(sentences, context, "emptied three villages").Date.ShouldBe(D("2021-10"));
    }

    [Fact]
    public void A_month_and_year_naming_a_treaty_is_not_the_date_of_the_review()
    {
        var (sentences, context) = Read("The commission met in Osh on 12 November and reviewed implementation of April 2024 water protocol.", PartialDate.OfMonth(2026, 11));
        At(sentences, context, "reviewed implementation of April 2024 water protocol").Date.ShouldBe(D("2026-11-12"));
    }
}
