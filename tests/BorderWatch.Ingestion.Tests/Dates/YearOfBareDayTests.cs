using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using static BorderWatch.Ingestion.Tests.Dates.DateTexts;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// A day or month written without a year takes the year that puts a reported event at or before the text's date, and
/// after it only for a plan; a title or an export line states that date. Texts of their own, in no corpus.
/// </summary>
public class YearOfBareDayTests
{
    private const string Past = "Herders from Alay said that Kyrgyz guards turned back their flocks at the ford on 26 November.";

    [Fact]
    public void A_past_day_told_a_few_days_later_is_in_the_same_year()
    {
        var (sentences, context) = Read(Past, PartialDate.OfDay(2026, 12, 1));
        SentenceAt(sentences, context, "turned back their flocks").Date.ShouldBe(D("2026-11-26"));
    }

    [Fact]
    public void A_past_day_told_after_new_year_is_in_the_year_before()
    {
        var (sentences, context) = Read(Past, PartialDate.OfDay(2027, 1, 3));
        SentenceAt(sentences, context, "turned back their flocks").Date.ShouldBe(D("2026-11-26"));
    }

    [Fact]
    public void A_planned_day_before_the_text_s_date_in_the_calendar_is_in_the_next_year()
    {
        var text = "The two governors will meet at the Dostuk crossing on 5 January to reopen the lorry lane.";
        var (sentences, context) = Read(text, PartialDate.OfDay(2026, 12, 14));
        SentenceAt(sentences, context, "will meet at the Dostuk crossing").Date.ShouldBe(D("2027-01-05"));
    }

    [Fact]
    public void An_export_line_of_a_saved_thread_dates_it_and_its_bare_days_stay_in_its_year()
    {
        var text = "Posts by @steppe_watch (Steppe Watch) - 9 posts - exported 6 Oct 2025, 08:40 UTC\n\n" +
                   "1/ A convoy of six lorries crossed the dry riverbed near Kayrak on 2 October, two days after the cordon of 30 September.\n\n" +
                   "2/ Local drivers said the guards had widened the track in August.";
        var (sentences, context) = Read(text);
        context.Reference.ShouldBe(D("2025-10-06"));
        SentenceAt(sentences, context, "convoy of six lorries").Date.ShouldBe(D("2025-10-02"));
        SentenceAt(sentences, context, "widened the track").Date.ShouldBe(D("2025-08"));
    }

    [Fact]
    public void A_long_title_dates_a_briefing_and_a_bare_day_of_its_month_is_not_pushed_into_the_next_year()
    {
        var text = "Interior Ministry Deputy Spokesperson Aida Nurlanova's Weekly Briefing on October 14, 2025\n\n" +
                   "Question: What happened at the Kyzyl-Bel post?\n\n" +
                   "Nurlanova: On October 11 our patrol stopped a truck carrying fuel across the line.";
        var (sentences, context) = Read(text);
        context.Reference.ShouldBe(D("2025-10-14"));
        SentenceAt(sentences, context, "our patrol stopped a truck").Date.ShouldBe(D("2025-10-11"));
    }

    [Fact]
    public void A_year_of_birth_dates_no_event_and_leaves_the_day_of_the_shooting()
    {
        var text = "On Saturday, 14 March, guards fired on a shepherd, born 1984, who was looking for a lost cow near the ford.";
        var (sentences, context) = Read(text, PartialDate.OfDay(2026, 3, 16));
        SentenceAt(sentences, context, "guards fired on a shepherd").Date.ShouldBe(D("2026-03-14"));
        BorderWatch.Ingestion.Dates.DateRules.Default.Finder.Find("A driver born in 1990 was held at the post.").ShouldBeEmpty();
    }

    [Fact]
    public void A_planned_span_of_days_takes_its_first_day_and_a_month_planned_for_the_month()
    {
        var text = "Uzbek and Afghan customs teams will inspect the Hairatan bridge from March 9 to 12. A joint drill of the river police is planned for April.";
        var (sentences, context) = Read(text, PartialDate.OfDay(2026, 2, 20));
        SentenceAt(sentences, context, "will inspect the Hairatan bridge").Date.ShouldBe(D("2026-03-09"));
        SentenceAt(sentences, context, "is planned for April").Date.ShouldBe(D("2026-04"));
    }
}
