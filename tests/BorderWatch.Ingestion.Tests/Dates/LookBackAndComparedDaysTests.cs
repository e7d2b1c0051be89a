using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Pipeline;
using Shouldly;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// date33 (review32 findings 1 and 9): a present progressive that looks back at a past act ("Police are investigating a
/// shooting at the post on Sunday 29 November") does not give the page that act's day; a count of days compared with a
/// plan ("two days earlier than planned") counts back from no day. Texts of their own, in no corpus.
/// </summary>
public sealed class LookBackAndComparedDaysTests
{
    private static readonly PartialDate Received = PartialDate.OfDay(2026, 12, 9);

    private static DateContext Opening(string opening)
    {
        var text = opening + "\n\nResidents of the village gathered outside the district office.\n\nThe governor promised answers.";
        return DateRules.Default.Resolver.ContextFor(text, TextSegmenter.Sentences(text), PartialDate.Unknown, Received);
    }

    [Theory]
    [InlineData("Police are investigating a shooting at the Kara-Bak post on Sunday 29 November.")]
    [InlineData("Prosecutors in Osh are probing the death of a herder near the canal on Saturday, 28 November.")]
    [InlineData("Both border services are looking into an exchange of fire at the Jany-Jer bridge on Friday 27 November.")]
    public void A_progressive_that_looks_back_gives_the_page_no_day(string opening) =>
        (Opening(opening).Note ?? "").ShouldNotStartWith("the page's own day");

    [Theory]
    // Progressives of the occasion itself still give the page its day.
    [InlineData("Deputies are hearing the border commander on Monday 7 December, in the council hall.", 2026, 12, 7)]
    [InlineData("The two commissions are inspecting the canal today, Tuesday 8 December.", 2026, 12, 8)]
    public void A_progressive_of_the_occasion_still_does(string opening, int y, int m, int d) =>
        Opening(opening).Reference.ShouldBe(PartialDate.OfDay(y, m, d));

    [Theory]
    [InlineData("The bridge at Kyzyl-Kiya reopened on 6 March 2025, two days earlier than planned.", 2025, 3, 6)]
    [InlineData("Engineers finished the new fence on 6 March 2025, a week earlier than expected.", 2025, 3, 6)]
    [InlineData("The joint patrol set out on 6 March 2025, three days later than agreed.", 2025, 3, 6)]
    public void A_count_compared_with_a_plan_dates_nothing(string text, int y, int m, int d)
    {
        var (sentences, context) = DateTexts.Read(text, PartialDate.OfDay(2025, 3, 12));
        DateTexts.SentenceAt(sentences, context, "2025").Date.ShouldBe(PartialDate.OfDay(y, m, d));
    }

    [Theory]
    [InlineData("two days earlier than planned")]
    [InlineData("a week earlier than expected")]
    [InlineData("three days later than agreed")]
    public void The_finder_reads_no_day_in_a_comparison(string text) =>
        DateRules.Default.Finder.Find(text).ShouldBeEmpty();

    [Theory]
    // Without "than" the counts still count.
    [InlineData("Two days earlier the road was shut.", DateExpressionKind.Anaphoric)]
    [InlineData("Three days later the road was shut.", DateExpressionKind.Anaphoric)]
    [InlineData("The road was shut two days ago.", DateExpressionKind.Relative)]
    public void Counts_without_a_comparison_still_count(string text, DateExpressionKind kind) =>
        DateRules.Default.Finder.Find(text).ShouldHaveSingleItem().Kind.ShouldBe(kind);
}

/// <summary>
/// date33: a span of days dates its incident by its first day, but it is no day of writing ("Period covered: 1-30 April
/// 2026" in a bulletin's header is its month) and no day "the same day" points back to. Texts of their own, in no corpus.
/// </summary>
public sealed class DaySpanTests
{
    [Theory]
    [InlineData("Kyrgyz and Kazakh units rehearsed a river crossing near Kyzyl-Bel on 14-16 April 2026.", 2026, 4, 14)]
    [InlineData("Observers from both sides walked the Isfana section from 8 to 11 April 2026.", 2026, 4, 8)]
    public void A_span_of_days_is_dated_by_its_first_day(string text, int y, int m, int d)
    {
        var (sentences, context) = DateTexts.Read(text, PartialDate.OfDay(2026, 4, 30));
        DateTexts.SentenceAt(sentences, context, text[..20]).Date.ShouldBe(PartialDate.OfDay(y, m, d));
    }

    // mend33b (review33 finding 5): a span of a week or more is a period counted over, dated by its month.
    [Theory]
    [InlineData("Between 3 and 27 April 2026 Tajik guards turned back 164 people at the Guliston post.", 2026, 4)]
    [InlineData("From 2 to 9 April 2026 Kyrgyz customs officers seized eleven lorries of undeclared flour.", 2026, 4)]
    public void A_span_of_a_week_or_more_is_dated_by_its_month(string text, int y, int m)
    {
        var (sentences, context) = DateTexts.Read(text, PartialDate.OfDay(2026, 4, 30));
        DateTexts.SentenceAt(sentences, context, text[..20]).Date.ShouldBe(PartialDate.OfMonth(y, m));
    }

    [Fact]
    public void A_periods_span_in_a_header_is_its_month_and_the_issue_day_is_the_day_of_writing()
    {
        var text = "Field Monitoring Digest No. 4\n\nPeriod covered: 1-30 April 2026 · Issued: 7 May 2026\n\n" +
                   "On 12 April guards at the Kyzyl-Bel post turned back a minibus of traders.";
        var (_, context) = DateTexts.Read(text);
        context.Reference.ShouldBe(PartialDate.OfDay(2026, 5, 7));
    }

    [Fact]
    public void The_same_day_does_not_point_back_to_a_span()
    {
        var text = "On 2 May 2026 the two governors opened a market at the Kara-Bak post. " +
                   "From 20 to 24 April 2026, customs officers from both sides had trained together in Osh. " +
                   "On the same day as the opening, the two commandants gathered at the post to agree its hours.";
        var (sentences, context) = DateTexts.Read(text, PartialDate.OfDay(2026, 5, 6));
        DateTexts.SentenceAt(sentences, context, "the two commandants gathered").Date.ShouldBe(PartialDate.OfDay(2026, 5, 2));
    }
}
