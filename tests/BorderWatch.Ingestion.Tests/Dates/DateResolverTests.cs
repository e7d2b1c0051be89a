using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;

using static BorderWatch.Ingestion.Tests.Dates.DateTexts;

namespace BorderWatch.Ingestion.Tests.Dates;

public class DateResolverTests
{
    // ---- reference date ----

    [Fact]
    public void Metadata_date_wins()
    {
        var (_, context) = Read("Guards said on Monday that 40 fighters crossed in March 2015.", PartialDate.OfDay(2020, 5, 4));
        context.Reference.ShouldBe(PartialDate.OfDay(2020, 5, 4));
        context.Source.ShouldBe(PublishedDateSource.Metadata);
    }

    [Theory]
    [InlineData("Central Asia Monitor\n\nSecurity Review March 2017\n\nThe border was calm on May 3.", "2017-03")]
    [InlineData("Border Bulletin\nPublished: 14 November 2020 10:45\n\nTroops moved.", "2020-11-14")]
    [InlineData("Issue 12.02.2018\n\nA patrol was attacked.", "2018-02-12")]
    public void A_date_line_near_the_top_is_stated(string text, string expected)
    {
        var (_, context) = Read(text);
        context.Source.ShouldBe(PublishedDateSource.StatedInText);
        context.Reference.ShouldBe(D(expected));
    }

    [Fact]
    public void A_caption_with_a_date_is_not_a_date_line()
    {
        var (_, context) = Read("Soldiers marching at a base in December 2018.\n\nThe ministry denied it in 2019.");
        context.Source.ShouldBe(PublishedDateSource.InferredFromText);
        context.Reference.ShouldBe(PartialDate.OfYear(2019));
    }

    [Fact]
    public void Latest_full_date_anchors_the_story()
    {
        var (_, context) = Read("Talks began on 3 March 2020. A second round followed on June 2, 2021. The lease runs until 2040.");
        context.Source.ShouldBe(PublishedDateSource.InferredFromText);
        context.Reference.ShouldBe(PartialDate.OfDay(2021, 6, 2));
        context.Note!.ShouldContain("June 2, 2021");
    }

    [Fact]
    public void Last_named_month_beside_the_same_month_with_a_year_means_the_next_year()
    {
        var (_, context) = Read("In May 2017, gunmen attacked a post. The attack last May was the worst in years.");
        context.Reference.ShouldBe(PartialDate.OfYear(2018));
        context.Note!.ShouldContain("last May");
    }

    [Fact]
    public void Last_month_near_a_dated_event_gives_the_next_month()
    {
        var (_, context) = Read(
            "Officials met in Kabul on March 4, 2022. Late last month, the envoy announced a deal. Tolo reported the terms on March 28.");
        context.Reference.ShouldBe(PartialDate.OfMonth(2022, 4));
    }

    [Fact]
    public void Last_year_said_of_a_dated_year_means_the_next_year()
    {
        var (_, context) = Read("Exports fell in 2013. The floods last year, in 2014, cut the road.");
        context.Reference.ShouldBe(PartialDate.OfYear(2015));
    }

    [Fact]
    public void Undated_days_beside_fully_dated_days_of_that_month_are_in_a_later_year()
    {
        var (_, context) = Read(
            "On March 3, 2016, the then-minister visited. Reporters went to the post on March 9. Guards were calm.");
        context.Reference.ShouldBe(PartialDate.OfYear(2017));
    }

    [Fact]
    public void No_dates_means_unknown()
    {
        var (_, context) = Read("Guards were calm. Nothing happened this week.");
        context.Reference.ShouldBe(PartialDate.Unknown);
        context.Source.ShouldBe(PublishedDateSource.None);
    }

    // ---- resolution ----

    [Fact]
    public void Explicit_date_in_the_span_is_not_inferred()
    {
        var (s, c) = Read("On 12 August 2020, two guards were killed near Panj.");
        var r = At(s, c, "two guards were killed");
        r.Date.ShouldBe(PartialDate.OfDay(2020, 8, 12));
        r.Inferred.ShouldBeFalse();
        r.HasExpression.ShouldBeTrue();
    }

    [Fact]
    public void Expression_inside_the_span_beats_one_elsewhere_in_the_sentence()
    {
        var (s, c) = Read("Kabul joined the pact in 2014, and since 2017 Dushanbe has hosted drills.");
        At(s, c, "since 2017 Dushanbe has hosted drills").Date.ShouldBe(PartialDate.OfYear(2017));
        At(s, c, "Kabul joined the pact in 2014").Date.ShouldBe(PartialDate.OfYear(2014));
    }

    [Fact]
    public void Sentence_without_a_date_has_no_expression()
    {
        var (s, c) = Read("In 2019 the post was built. Troops are stationed there.");
        var r = At(s, c, "Troops are stationed");
        r.HasExpression.ShouldBeFalse();
        r.Date.ShouldBe(PartialDate.Unknown);
    }

    [Fact]
    public void On_a_weekday_keeps_the_precision_of_the_reference()
    {
        var (s, month) = Read("The minister left for Bishkek on Sunday.", PartialDate.OfMonth(2019, 2));
        At(s, month, "left for Bishkek").Date.ShouldBe(PartialDate.OfMonth(2019, 2));

        var day = month with { Reference = PartialDate.OfDay(2019, 2, 6) }; // a Wednesday
        var r = At(s, day, "left for Bishkek");
        r.Date.ShouldBe(PartialDate.OfDay(2019, 2, 3));
        r.Inferred.ShouldBeTrue();
    }

    [Theory]
    [InlineData("A convoy was hit yesterday.", "2021-03-10", "2021-03-09")]
    [InlineData("A convoy was hit two days ago.", "2021-03-01", "2021-02-27")]
    [InlineData("A convoy was hit late last month.", "2021-03-10", "2021-02")]
    [InlineData("A convoy was hit last month.", "2021-01", "2020-12")]
    [InlineData("A convoy was hit last year.", "2021-03", "2020")]
    [InlineData("A convoy was hit last October.", "2021-03", "2020-10")]
    [InlineData("A convoy was hit last October.", "2021-11", "2021-10")]
    [InlineData("A convoy was hit last week.", "2021-03", "2021")]
    [InlineData("A convoy was hit last week.", "2021-03-20", "2021-03")]
    [InlineData("A convoy was hit this week.", "2021", "2021")]
    [InlineData("A convoy was hit this week.", "2024-03-06", "2024-03")]
    [InlineData("A convoy was hit this week.", "2024-03-01", "2024")]
    [InlineData("A convoy was hit this week.", "2024-03", "2024-03")]
    // Wednesday 6 March 2024: the calendar week before runs 26 February - 3 March, so only the year is certain.
    [InlineData("A convoy was hit last week.", "2024-03-06", "2024")]
    [InlineData("A convoy was hit last week.", "2022-01-12", "2022-01")]
    [InlineData("Talks resume next week.", "2023-06-10", "2023-06")]
    [InlineData("A convoy was hit last week.", "2024-03-20", "2024-03")]
    [InlineData("Drills were held last autumn.", "2024-03-06", "2023")]
    [InlineData("Drills were held in the autumn.", "2024-11-06", "2024")]
    [InlineData("Drills were held last summer.", "2024-11", "2024")]
    [InlineData("Districts fell in recent weeks.", "2021-07-09", "2021")]
    public void Relative_phrases_against_the_reference(string text, string reference, string expected)
    {
        var (s, c) = Read(text, D(reference));
        var r = DateRules.Default.Resolver.Resolve(s, 0, s[0].Start, s[0].End, c);
        r.Date.ShouldBe(D(expected));
        r.Inferred.ShouldBeTrue();
        r.Note.ShouldNotBeNull();
    }

    [Fact]
    public void Relative_phrase_without_a_reference_is_unknown_but_found()
    {
        var (s, c) = Read("A convoy was hit last week.");
        var r = DateRules.Default.Resolver.Resolve(s, 0, s[0].Start, s[0].End, c);
        r.HasExpression.ShouldBeTrue();
        r.Date.ShouldBe(PartialDate.Unknown);
    }

    [Fact]
    public void Month_without_a_year_takes_the_latest_such_month_not_after_the_reference()
    {
        var (s, c) = Read("The minister said in April that defences would be reinforced.", PartialDate.OfMonth(2019, 2));
        var r = At(s, c, "said in April");
        r.Date.ShouldBe(PartialDate.OfMonth(2018, 4));
        r.Inferred.ShouldBeTrue();
    }

    [Fact]
    public void Month_without_a_year_borrows_a_recent_explicit_year()
    {
        var (s, c) = Read(
            "The commander warned on 30 September 2017 of attacks. Guards reported a clash on 14 November and the ministry denied it on 16 November.",
            PartialDate.OfYear(2019));
        At(s, c, "ministry denied it").Date.ShouldBe(PartialDate.OfDay(2017, 11, 16));
        At(s, c, "Guards reported a clash").Date.ShouldBe(PartialDate.OfDay(2017, 11, 14));
        At(s, c, "ministry denied it").Note!.ShouldContain("30 September 2017");
    }

    [Fact]
    public void A_since_year_is_not_lent_to_a_later_month()
    {
        var (s, c) = Read("The idea has come up often since he took office in 2016. Most recently, an envoy raised it in early October.",
            PartialDate.OfYear(2019));
        At(s, c, "an envoy raised it").Date.ShouldBe(PartialDate.OfMonth(2019, 10));
    }

    [Fact]
    public void A_distant_year_is_not_borrowed()
    {
        var text = "In 2015 the post opened.\nGuards were calm.\nTrade grew.\nRoads were built.\nSchools opened.\nThe minister visited on June 3.";
        var (s, c) = Read(text, PartialDate.OfMonth(2018, 8));
        At(s, c, "visited on June 3").Date.ShouldBe(PartialDate.OfDay(2018, 6, 3));
    }

    [Fact]
    public void Scheduled_month_is_the_next_one()
    {
        var (s, c) = Read("The president will visit Moscow in March.", PartialDate.OfMonth(2020, 11));
        At(s, c, "will visit").Date.ShouldBe(PartialDate.OfMonth(2021, 3));
    }

    [Fact]
    public void Anaphora_takes_the_previous_dated_sentence()
    {
        var (s, c) = Read(
            "In June 2014, militants shelled a village near the border. Later that month, troops were sent to the area. They withdrew that year.",
            PartialDate.OfYear(2016));
        var later = At(s, c, "troops were sent");
        later.Date.ShouldBe(PartialDate.OfMonth(2014, 6));
        later.Inferred.ShouldBeTrue();
        At(s, c, "They withdrew").Date.ShouldBe(PartialDate.OfYear(2014));
    }

    [Fact]
    public void The_same_day_keeps_the_day()
    {
        var (s, c) = Read("A reporter reached Khorog on 5 May 2022. He met a guard the same day.");
        At(s, c, "He met a guard").Date.ShouldBe(PartialDate.OfDay(2022, 5, 5));
    }

    [Fact]
    public void An_event_year_beats_the_end_of_a_term()
    {
        var (s, c) = Read("The lease of the base was extended until 2042 under a deal signed in 2012.", PartialDate.OfYear(2021));
        At(s, c, "The lease of the base").Date.ShouldBe(PartialDate.OfYear(2012));
    }

    [Fact]
    public void A_future_term_end_alone_does_not_date_a_past_event()
    {
        var (s, c) = Read("The agreement has been extended until 2042.", PartialDate.OfYear(2021));
        At(s, c, "The agreement").HasExpression.ShouldBeFalse();
    }

    [Fact]
    public void A_past_until_dates_the_end()
    {
        var (s, c) = Read("Russian guards were stationed on the river until 2005.", PartialDate.OfYear(2021));
        At(s, c, "stationed").Date.ShouldBe(PartialDate.OfYear(2005));
    }

    [Fact]
    public void Listed_years_give_the_first()
    {
        var (s, c) = Read("Militants seized two districts in 2015 and 2016.");
        At(s, c, "Militants seized").Date.ShouldBe(PartialDate.OfYear(2015));
    }

    [Fact]
    public void A_span_of_years_gives_no_single_date()
    {
        var (s, c) = Read("The movement ruled the valley from 1996 to 2001.", PartialDate.OfYear(2019));
        var r = At(s, c, "ruled the valley");
        r.HasExpression.ShouldBeFalse();
        r.Note!.ShouldContain("1996");
    }

    [Fact]
    public void A_report_date_gives_way_to_the_event_phrase()
    {
        var (s, c) = Read("Gunmen attacked the post last week, AKIpress reported on March 12.", PartialDate.OfDay(2023, 3, 14));
        At(s, c, "Gunmen attacked").Date.ShouldBe(PartialDate.OfMonth(2023, 3));
    }

    [Fact]
    public void A_report_date_alone_dates_the_event_to_its_month()
    {
        var (s, c) = Read("The draft would let troops stay, Interfax reported on January 27.", PartialDate.OfMonth(2019, 2));
        var r = At(s, c, "The draft");
        r.Date.ShouldBe(PartialDate.OfMonth(2019, 1));
        r.Note!.ShouldContain("report");
    }
}
