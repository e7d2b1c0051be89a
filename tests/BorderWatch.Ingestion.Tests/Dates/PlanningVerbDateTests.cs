using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;

using static BorderWatch.Ingestion.Tests.Dates.DateTexts;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>
/// A planning verb in the present ("plan a drill", "hope to sign", status.json planningVerbs) looks ahead like "will": a
/// month named after it is the next such month. A past act's date keeps its past when what looks ahead is another clause
/// ("met on Friday to settle how herds will be counted"), a place with its common noun stands between verb and date
/// ("signed at the Dostyk station on Tuesday"), or the date is of telling ("told journalists on Monday it had no plans to
/// ..."). Sentences of their own, in no corpus (date28).
/// </summary>
public class PlanningVerbDateTests
{
    // Thursday 16 October 2031.
    private static readonly PartialDate Written = PartialDate.OfDay(2031, 10, 16);

    [Theory]
    [InlineData("The two rescue services plan a joint flood drill on the river flats in December.", "in December", "2031-12")]
    [InlineData("Both ministries hope to sign a water-sharing accord in January.", "in January", "2032-01")]
    [InlineData("The Kyrgyz side hopes to finish the new fence along the canal in November.", "in November", "2031-11")]
    [InlineData("Engineers of the two railways intend to test the new gauge at the yard in March.", "in March", "2032-03")]
    public void A_month_after_a_present_planning_verb_lies_ahead(string text, string phrase, string expected)
    {
        var (s, c) = Read(text, Written);
        At(s, c, phrase).Date.ShouldBe(D(expected));
    }

    [Theory]
    // The infinitive of a past meeting's purpose.
    [InlineData("The officers met on Tuesday to plan the spring patrols.", "on Tuesday", "2031-10-14")]
    // A past tense of planning.
    [InlineData("The governors hoped to reach a deal on the grazing fees in September, but none came.", "in September", "2031-09")]
    // The noun, after a determiner.
    [InlineData("Under their plan the two posts were merged in August.", "in August", "2031-08")]
    public void A_planning_word_that_is_no_present_plan_keeps_the_past(string text, string phrase, string expected)
    {
        var (s, c) = Read(text, Written);
        At(s, c, phrase).Date.ShouldBe(D(expected));
    }

    [Fact]
    public void Present_planning_verbs_come_from_the_status_lexicon()
    {
        DateRules.Default.Dating.PlansAhead("Herders plan a new route over the pass.").ShouldBeTrue();
        DateRules.Default.Dating.PlansAhead("Under the plan a new route was opened.").ShouldBeFalse();
        DateRules.Default.Dating.PlansAhead("They hope to meet again.").ShouldBeTrue();
        DateRules.Default.Dating.PlansAhead("There is no hope of a deal.").ShouldBeFalse();
    }

    [Theory]
    [InlineData("Border officials of both sides met at the Torugart gate on Friday to settle how herds will be counted next spring.", "on Friday", "2031-10-10")]
    [InlineData("The governors sat down in Khorog on Monday to decide whether the bridge will open at night.", "on Monday", "2031-10-13")]
    public void A_forward_word_in_a_how_or_whether_clause_leaves_the_meeting_past(string text, string phrase, string expected)
    {
        var (s, c) = Read(text, Written);
        At(s, c, phrase).Date.ShouldBe(D(expected));
    }

    [Fact]
    public void A_place_with_its_common_noun_between_a_past_act_and_its_day()
    {
        var (s, c) = Read("Under a memorandum signed at the Dostyk station on Tuesday, inspectors will weigh every wagon.", Written);
        At(s, c, "on Tuesday").Date.ShouldBe(PartialDate.OfDay(2031, 10, 14));
        var (s2, c2) = Read("The talks will be held at the Dostyk station on Tuesday.", Written);
        At(s2, c2, "on Tuesday").Date.ShouldBe(PartialDate.OfDay(2031, 10, 21));
    }

    [Fact]
    public void A_day_of_telling_people_is_past()
    {
        var (s, c) = Read("The ministry told journalists on Monday it had no plans to close the post this winter.", Written);
        At(s, c, "on Monday").Date.ShouldBe(PartialDate.OfDay(2031, 10, 13));
        var (s2, c2) = Read("A spokesman told reporters on Wednesday that the bridge will reopen.", Written);
        At(s2, c2, "on Wednesday").Date.ShouldBe(PartialDate.OfDay(2031, 10, 15));
        var (s3, c3) = Read("The spokesman will tell reporters on Monday when the bridge reopens.", Written);
        At(s3, c3, "on Monday").Date.ShouldBe(PartialDate.OfDay(2031, 10, 20));
    }
}
