using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Incidents;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>Weekday pairs, recent stretches, counted days and chained days, as typed values. Sentences of their own, in no corpus.</summary>
public class RelativeCountTests
{
    private static DateExpression Only(string text) => DateRules.Default.Finder.Find(text).ShouldHaveSingleItem();

    [Theory]
    // date33: a pair of weekdays is dated by its first day, as a span of days is (the score compares at the gold's
    // precision, so a gold record keeping the month is met by it too).
    // Wednesday 2 December 2026: Saturday and Sunday were 28 and 29 November.
    [InlineData("Guards exchanged fire on Saturday and Sunday.", "2026-12-02", "2026-11-28")]
    // Monday 30 November and Tuesday 1 December: two months, dated by the Monday.
    [InlineData("Guards exchanged fire on Monday and Tuesday.", "2026-12-02", "2026-11-30")]
    // Tuesday 31 December 2024 and Wednesday 1 January 2025: two years, dated by the Tuesday.
    [InlineData("Guards exchanged fire on Tuesday and Wednesday.", "2025-01-01", "2024-12-31")]
    public void A_pair_of_weekdays_is_dated_by_its_first_day(string text, string reference, string? expected)
    {
        var e = Only(text);
        e.LastWeekday.ShouldNotBeNull();
        var date = RelativeDates.Resolve(e, DateTexts.D(reference));
        if (expected is null) date.IsKnown.ShouldBeFalse();
        else date.ShouldBe(DateTexts.D(expected));
    }

    [Theory]
    [InlineData("Herders reported new fences in recent days.", RelativeUnit.RecentDays)]
    [InlineData("Herders reported new fences over the past few days.", RelativeUnit.RecentDays)]
    [InlineData("Herders reported new fences in recent weeks.", RelativeUnit.RecentPeriod)]
    [InlineData("Herders reported new fences in the past day.", RelativeUnit.RecentPeriod)]
    public void A_recent_stretch_knows_whether_it_counts_days(string text, RelativeUnit unit) => Only(text).Unit.ShouldBe(unit);

    [Fact]
    public void Recent_days_inside_the_reference_month_give_that_month()
    {
        var e = Only("Herders reported new fences in recent days.");
        RelativeDates.Resolve(e, PartialDate.OfDay(2024, 9, 20)).ShouldBe(PartialDate.OfMonth(2024, 9));
        RelativeDates.Resolve(e, PartialDate.OfDay(2024, 9, 3)).ShouldBe(PartialDate.OfYear(2024));
    }

    [Theory]
    [InlineData("Talks resumed two days after the shooting.", 2)]
    [InlineData("Talks resumed the day after the shooting.", 1)]
    [InlineData("Talks resumed three weeks after the shooting.", 21)]
    [InlineData("Talks resumed fourteen days later.", 14)]
    public void Counted_days_point_back_to_an_event(string text, int offset)
    {
        var e = Only(text);
        e.Kind.ShouldBe(DateExpressionKind.Anaphoric);
        e.Scope.ShouldBe(AnaphoraScope.Day);
        e.Offset.ShouldBe(offset);
        e.NamesAntecedent.ShouldBe(text.Contains(" after the ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Troops began drills on 3 May.", false)]
    [InlineData("The five-day drills ended on 3 May.", true)]
    [InlineData("The 10-day course closed on 3 May.", true)]
    [InlineData("The one-day visit took place on 3 May.", false)]
    [InlineData("The mountain drills wound up on 3 May.", true)]
    [InlineData("The rehearsal comes to an end on 3 May.", true)]
    [InlineData("Guards kicked off a ten-day exercise on 3 May.", false)]
    [InlineData("At the end of the drills on 3 May the troops went home.", false)]
    public void An_event_of_several_days_is_dated_by_its_month(string sentence, bool spans) =>
        new EventDating(Lexicon.Default, new Coreference(Lexicon.Default), DateRules.Default).SpansDays(sentence, IncidentType.Exercise).ShouldBe(spans);

    [Theory]
    [InlineData("The plan sets out joint patrols for the coming year.", "2019-06-12", "2020")]
    [InlineData("Talks on the canal are due in the coming month.", "2019-06-12", "2019-07")]
    public void The_coming_period_is_the_next_one(string text, string reference, string expected)
    {
        var e = Only(text);
        RelativeDates.Resolve(e, DateTexts.D(reference), future: true).ShouldBe(DateTexts.D(expected));
    }

    [Fact]
    public void The_same_day_reaches_past_a_stretch_of_undated_detail()
    {
        const string text = "The Uzbek and Afghan governors met at the Termez bridge on 4 March 2022. They discussed the night hours of the bridge. "
            + "They spoke of lorry queues. They spoke of the rail link. They praised the customs officers. They thanked the engineers. "
            + "They agreed to meet again. On the same day, Uzbek guards detained two swimmers near the bridge.";
        var (sentences, context) = DateTexts.Read(text);
        DateTexts.SentenceAt(sentences, context, "detained two swimmers").Date.ShouldBe(PartialDate.OfDay(2022, 3, 4));
    }
}
