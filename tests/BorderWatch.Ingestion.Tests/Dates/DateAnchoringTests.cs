using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;

using static BorderWatch.Ingestion.Tests.Dates.DateTexts;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// Anchoring rules for dates without a year of their own and for phrases that count from the event before.
/// Sentences of their own, in no corpus.
/// </summary>
public class DateAnchoringTests
{
    [Fact]
    public void A_year_written_first_with_the_month_in_words_is_a_full_date()
    {
        var e = DateRules.Default.Finder.Find("Archive/2019 October 3").Single();
        e.Kind.ShouldBe(DateExpressionKind.Absolute);
        (e.Year, e.Month, e.Day).ShouldBe((2019, 10, 3));
    }

    [Theory]
    [InlineData("The Peace Shield-2022 drill began near Osh.")]
    [InlineData("Troops rehearsed for Steppe Eagle-2019 at Iliysky.")]
    public void A_year_joined_to_a_name_dates_nothing(string sentence) =>
        DateRules.Default.Finder.Find(sentence).ShouldNotContain(e => e.Kind == DateExpressionKind.Year);

    [Fact]
    public void A_year_after_a_modifier_keeps_its_year() =>
        DateRules.Default.Finder.Find("Talks resumed in mid-2017.").ShouldContain(e => e.Year == 2017);

    [Theory]
    [InlineData("this evening", 0)]
    [InlineData("this morning", 0)]
    [InlineData("this afternoon", 0)]
    public void Parts_of_today_are_today(string phrase, int offset)
    {
        var e = DateRules.Default.Finder.Find($"The governor spoke {phrase} in Khujand.").Single();
        e.Kind.ShouldBe(DateExpressionKind.Relative);
        (e.Unit, e.Offset).ShouldBe((RelativeUnit.Day, offset));
    }

    [Theory]
    [InlineData("We read on 9 May 2018 that envoys had met in Osh the day before.", "the day before", -1)]
    [InlineData("A herder said that riders had crossed three nights earlier.", "three nights earlier", -3)]
    public void Days_back_from_the_event_before_are_anaphoric(string sentence, string phrase, int offset)
    {
        var e = DateRules.Default.Finder.Find(sentence).Single(x => x.Text == phrase);
        e.Kind.ShouldBe(DateExpressionKind.Anaphoric);
        e.Offset.ShouldBe(offset);
    }

    [Fact]
    public void The_day_before_an_event_named_after_it_is_no_anaphor() =>
        DateRules.Default.Finder.Find("Guards were put on alert the day before the election.")
            .ShouldNotContain(e => e.Kind == DateExpressionKind.Anaphoric);

    [Fact]
    public void Two_nights_earlier_counts_from_the_day_told_before()
    {
        var (sentences, context) = Read("We reached the pass on the morning of 21 July 2017. A guard said riders had crossed two nights earlier.");
        At(sentences, context, "riders had crossed two nights earlier").Date.ShouldBe(PartialDate.OfDay(2017, 7, 19));
    }

    [Fact]
    public void A_month_qualified_by_this_year_takes_that_year_not_a_year_told_before()
    {
        var (sentences, context) = Read("Fighting in April 2019 displaced thousands. In June this year the two governments signed a water deal.",
            PartialDate.OfDay(2021, 11, 2));
        At(sentences, context, "signed a water deal").Date.ShouldBe(PartialDate.OfMonth(2021, 6));
    }

    [Fact]
    public void A_month_told_with_last_year_is_in_the_year_before()
    {
        var (sentences, context) = Read("In May last year guards seized a lorry of rifles.", PartialDate.OfDay(2020, 3, 1));
        At(sentences, context, "seized a lorry").Date.ShouldBe(PartialDate.OfMonth(2019, 5));
    }

    [Fact]
    public void A_past_announcement_of_a_plan_is_dated_in_the_past()
    {
        // The towers are to come; the announcement was made in a November already past.
        var (sentences, context) = Read("The ministry announced in November that ten new towers will be built on the line.", PartialDate.OfMonth(2022, 12));
        At(sentences, context, "announced in November").Date.ShouldBe(PartialDate.OfMonth(2022, 11));
    }

    [Fact]
    public void Last_night_is_the_day_before() =>
        DateRules.Default.Finder.Find("Shells fell near the post last night.").Single().ShouldSatisfyAllConditions(
            e => e.Kind.ShouldBe(DateExpressionKind.Relative), e => e.Offset.ShouldBe(-1));

    [Fact]
    public void A_meeting_to_be_held_in_a_month_already_past_is_next_year()
    {
        var (sentences, context) = Read("The ministers agreed that their next meeting will be held in Termez in April.", PartialDate.OfDay(2019, 12, 2));
        At(sentences, context, "will be held in Termez").Date.ShouldBe(PartialDate.OfMonth(2020, 4));
    }

    [Fact]
    public void A_quoted_night_does_not_date_the_speaker_statement()
    {
        const string text = "“Not a single shell landed on Uzbek soil last night,” a spokesman for the Uzbek border service told reporters in Termez.";
        var article = ArticleAnalysis.AnalyzeCleaned(text, PartialDate.OfDay(2020, 10, 6));
        article.Incidents.ShouldNotBeEmpty();
        article.Incidents.ShouldAllBe(i => i.Date != PartialDate.OfDay(2020, 10, 5));
    }

    [Fact]
    public void A_stated_day_beats_in_recent_days()
    {
        var (sentences, context) = Read("In recent days several sites claimed that guards fired at a bus near Oybek on the night of 2 April.",
            PartialDate.OfDay(2023, 4, 6));
        At(sentences, context, "guards fired at a bus").Date.ShouldBe(PartialDate.OfDay(2023, 4, 2));
    }

    [Fact]
    public void Days_told_after_a_full_date_of_their_month_carry_its_year_on()
    {
        // No publication date: the story runs from 3 July 2019 to 9 July 2019; "5 July" does not push it into 2020.
        var (_, context) = Read("We left Osh on 3 July 2019. On 5 July we reached Sary-Tash. We flew home on 9 July 2019.");
        context.Reference.ShouldBe(PartialDate.OfDay(2019, 7, 9));
    }

    [Fact]
    public void A_run_of_days_after_a_full_date_keeps_its_year_and_moves_the_anchor_on()
    {
        // No publication date: the diary starts on 3 May 2017 and runs on in days without the year.
        var (sentences, context) = Read("On 3 May 2017 we crossed at Dostuk. Guards turned back two lorries on 4 May. Uzbek and Kyrgyz officers met at the post on 6 May.");
        context.Reference.ShouldBe(PartialDate.OfDay(2017, 5, 6));
        At(sentences, context, "turned back two lorries").Date.ShouldBe(PartialDate.OfDay(2017, 5, 4));
    }

    [Fact]
    public void A_date_of_issue_line_is_the_document_date()
    {
        var (_, context) = Read("RELIEF BULLETIN No. 9\n\nDate of issue: 4 February 2021 | Period: 28 January-3 February 2021\n\nOn 1 February guards turned back 300 returnees.");
        context.Reference.ShouldBe(PartialDate.OfDay(2021, 2, 4));
    }
}
