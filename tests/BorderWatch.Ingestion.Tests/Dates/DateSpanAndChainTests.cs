using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;
using static BorderWatch.Ingestion.Tests.Dates.DateTexts;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// Item datelines of a roundup, weekdays restated by a date, chains that name the event they count from, spans of
/// days, dates of a report or of a qualified noun. Texts of their own, in no corpus.
/// </summary>
public class DateSpanAndChainTests
{
    private const string Roundup = """
        REGIONAL BORDER DIGEST
        Tuesday, 9 June 2026 / 18:00 GMT

        KABUL, June 9 (Digest) - Afghan police fought smugglers near the river port on Sunday, officials said.

        DUSHANBE, June 8 (Digest) - Tajik border officers held talks with Afghan officials at the bridge on Saturday.

        ASHGABAT, June 9 (Digest) - Turkmen engineers inspected the new fence last Friday, state television said.
        """;

    [Fact]
    public void Each_item_of_a_roundup_is_read_against_its_own_dateline_not_dated_by_it()
    {
        var (sentences, context) = Read(Roundup);
        SentenceAt(sentences, context, "Afghan police fought").Date.ShouldBe(D("2026-06-07"));
        SentenceAt(sentences, context, "Tajik border officers").Date.ShouldBe(D("2026-06-06"));
        SentenceAt(sentences, context, "Turkmen engineers").Date.ShouldBe(D("2026-06-05"));
    }

    [Fact]
    public void A_weekday_restated_by_its_date_takes_the_date()
    {
        var (sentences, context) = Read("Last Friday, the 4th of September 2026, the two commissions met in Osh to discuss the pasture.");
        SentenceAt(sentences, context, "commissions met").Date.ShouldBe(D("2026-09-04"));
    }

    [Fact]
    public void Days_after_a_named_event_count_from_the_last_day_told_before_even_several_sentences_back()
    {
        const string text = """
            The governors held talks in Osh on 10 March 2026.
            Both sides praised the mood. Nobody spoke of the fence. Farmers were not invited. The weather was cold. Buses were late.
            Guards reopened the footbridge three days after the talks.
            """;
        var (sentences, context) = Read(text);
        SentenceAt(sentences, context, "reopened the footbridge").Date.ShouldBe(D("2026-03-13"));
        DateRules.Default.Finder.Find("the day after the vote").Single().Offset.ShouldBe(1);
        DateRules.Default.Finder.Find("two days after 5 May").ShouldAllBe(e => e.Kind != DateExpressionKind.Anaphoric);
    }

    [Fact]
    public void A_date_inside_an_according_to_phrase_is_the_reports_not_the_events()
    {
        var (sentences, context) = Read("According to the charge sheet read out at a hearing in May, the men waded across the river on 2 February 2025.",
            PartialDate.OfDay(2026, 6, 1));
        SentenceAt(sentences, context, "waded across").Date.ShouldBe(D("2025-02-02"));
    }

    [Theory]
    [InlineData("Guards said the herders had grazed land that belongs to the village under the 2019 accord.", null)]
    [InlineData("The 2019 accord gave the herders a pasture.", "2019")]
    public void A_year_qualifying_a_noun_dates_that_noun_unless_the_sentence_is_about_it(string text, string? expected)
    {
        var (sentences, context) = Read(text, PartialDate.OfDay(2026, 5, 20));
        var r = SentenceAt(sentences, context, "accord");
        (r.HasExpression ? r.Date.ToString() : null).ShouldBe(expected);
    }

    [Fact]
    public void A_year_qualifying_the_event_word_dates_the_event()
    {
        var sentence = TextSegmenter.Sentences("Patrols follow the 2019 accord on the reservoir.")[0];
        var at = sentence.Text.IndexOf("accord", StringComparison.Ordinal);
        DateRules.Default.Dating.Candidates(sentence, PartialDate.OfDay(2026, 5, 20), false, at).ShouldContain(e => e.Year == 2019);
        DateRules.Default.Dating.Candidates(sentence, PartialDate.OfDay(2026, 5, 20), false, 0).ShouldBeEmpty();
    }

    [Theory]
    // date33: a span of days is dated by its first day, as a night is (a gold record keeping the month is met by it: the
    // score compares at the gold's precision).
    [InlineData("guards trained from 3 to 9 May", DateExpressionKind.MonthDay, null, 5, 3)]
    [InlineData("the fighting of 11 to 13 April 2024", DateExpressionKind.Absolute, 2024, 4, 11)]
    [InlineData("Drills: 4-6 Mar at the range", DateExpressionKind.MonthDay, null, 3, 4)]
    [InlineData("talks on June 3-7, 2025 in Osh", DateExpressionKind.Absolute, 2025, 6, 3)]
    [InlineData("shots on the night of 20 to 21 June", DateExpressionKind.MonthDay, null, 6, 20)]
    public void Days_of_one_month_and_a_night_are_dated_by_their_first_day(string text, DateExpressionKind kind, int? year, int month, int? day)
    {
        var e = DateRules.Default.Finder.Find(text).Single();
        e.Kind.ShouldBe(kind);
        (e.Year, e.Month, e.Day).ShouldBe((year, month, day));
    }

    [Fact]
    public void A_decade_is_no_year_and_a_plan_for_a_year_is_a_term()
    {
        DateRules.Default.Finder.Find("mines laid in the 1990s").ShouldBeEmpty();
        DateRules.Default.Finder.Find("they signed the plan of joint patrols for 2027").Single().Governor.ShouldBe(DateGovernor.Target);
    }

    [Theory]
    // Two weekdays: the first of them (date33).
    [InlineData("Villagers saw convoys heading to the border on Friday and Saturday.", "2026-06-05")]
    [InlineData("Villagers saw new watchtowers on the ridge in recent days.", "2026-06")]
    [InlineData("The ministers, meeting in Osh on Monday, signed a plan under which guards will share radios.", "2026-06-08")]
    public void Two_days_give_the_first_recent_days_the_month_and_a_look_ahead_elsewhere_leaves_a_weekday_past(string text, string expected)
    {
        var (sentences, context) = Read(text, PartialDate.OfDay(2026, 6, 10));
        SentenceAt(sentences, context, text[..12]).Date.ToString().ShouldBe(expected);
    }

    private const string Log = """
        Monitoring report, March 2026

        Date

        Description

        2 Mar

        Guards detained two herders near the canal.

        4-6 Mar

        Border units held an exercise on the range.

        late Mar

        Posts claimed that armed men crossed the river.

        The ministry said on 30 March that engineers would mark the pasture.
        """;

    [Fact]
    public void A_logs_rows_dated_by_a_span_take_its_first_day_by_part_of_a_month_the_month_and_a_later_day_stays_in_the_reports_year()
    {
        var (sentences, context) = Read(Log, PartialDate.OfDay(2026, 4, 2));
        // A row of a span of days: its first day (date33).
        context.At(IndexOf(sentences, "held an exercise")).Reference.ShouldBe(D("2026-03-04"));
        context.At(IndexOf(sentences, "armed men crossed")).Reference.ShouldBe(D("2026-03"));
        context.At(IndexOf(sentences, "detained two herders")).Reference.ShouldBe(D("2026-03-02"));
        SentenceAt(sentences, context, "engineers would mark").Date.ShouldBe(D("2026-03-30"));
    }
}
